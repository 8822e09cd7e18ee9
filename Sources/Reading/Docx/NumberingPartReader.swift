import XMLStreaming

/// Reads `numbering.xml` straight from the parser's events into `NumberingDefinitions`, without
/// an element tree: pandoc writes one list per paragraph, so that this part can be three times
/// the size of the document, and only a few elements of each list matter. Everything else
/// (indents, tabs, fonts) is declined before its attributes are read.
///
/// As when read from a tree: lists are `w:abstractNum` with `w:abstractNumId` and `w:num` with
/// `w:numId` and a `w:abstractNumId` child, each single-valued setting comes from the first child
/// of its name, and a later definition of the same id replaces an earlier one.
struct NumberingPartReader: XMLEventSink {
    private(set) var definitions = NumberingDefinitions()
    /// One frame per element taken and still open.
    private var open: [Frame] = []

    private enum Frame {
        case root
        /// An element whose content is not read.
        case passed
        case abstract(id: String, NumberingDefinitions.Abstract, sawStyleLink: Bool)
        case instance(id: String, abstractID: String??, NumberingDefinitions.Instance)
        case override(level: Int, start: Int??, replacement: ListLevel?, sawLevel: Bool)
        case level(Int, LevelSettings)
    }

    /// The first `w:val` of each child of a `w:lvl` (outer nil: no such child; inner nil: a child without `w:val`).
    private struct LevelSettings {
        var start: String??
        var format: String??
        var text: String??
        var restart: String??
        var legal: String??
        var style: String??

        mutating func take(_ tag: XMLStartTag) {
            let value = tag.wordAttribute("val")
            switch tag.name.local {
            case "start" where start == nil: start = .some(value)
            case "numFmt" where format == nil: format = .some(value)
            case "lvlText" where text == nil: text = .some(value)
            case "lvlRestart" where restart == nil: restart = .some(value)
            case "isLgl" where legal == nil: legal = .some(value)
            case "pStyle" where style == nil: style = .some(value)
            default: break
            }
        }

        var level: ListLevel {
            var level = ListLevel()
            level.start = (start ?? nil).flatMap(WordNamespace.integer) ?? 0
            level.format = NumberFormat(format ?? nil)
            level.text = (text ?? nil) ?? ""
            level.restartAfter = (restart ?? nil).flatMap(WordNamespace.integer)
            level.isLegal = legal.map { $0.map { $0 == "1" || $0 == "true" } ?? true } ?? false
            level.styleID = style ?? nil
            return level
        }
    }

    private static let levelSettings: Set<String> = ["start", "numFmt", "lvlText", "lvlRestart", "isLgl", "pStyle"]

    func wants(_ name: XMLName, depth: Int) -> Bool {
        guard let parent = open.last else { return true }
        guard WordNamespace.isMain(name.namespace) else { return false }
        switch parent {
        case .root: return name.local == "abstractNum" || name.local == "num"
        case .passed: return false
        case .abstract: return name.local == "numStyleLink" || name.local == "lvl"
        case .instance: return name.local == "abstractNumId" || name.local == "lvlOverride"
        case .override: return name.local == "startOverride" || name.local == "lvl"
        case .level: return Self.levelSettings.contains(name.local)
        }
    }

    mutating func take(_ event: XMLEvent) {
        switch event {
        case .startElement(let tag): start(tag)
        case .endElement: end()
        case .text: break
        }
    }

    private mutating func start(_ tag: XMLStartTag) {
        guard let parent = open.popLast() else {
            open.append(.root)
            return
        }
        var child = Frame.passed
        switch parent {
        case .root:
            if tag.isWord("abstractNum"), let id = tag.wordAttribute("abstractNumId") {
                child = .abstract(id: id, NumberingDefinitions.Abstract(), sawStyleLink: false)
            } else if tag.isWord("num"), let id = tag.wordAttribute("numId") {
                child = .instance(id: id, abstractID: nil, NumberingDefinitions.Instance(abstractID: ""))
            }
            open.append(parent)
        case .passed:
            open.append(parent)
        case .abstract(let id, var abstract, let sawStyleLink):
            if tag.isWord("numStyleLink"), !sawStyleLink {
                abstract.numberingStyleLink = tag.wordAttribute("val")
                open.append(.abstract(id: id, abstract, sawStyleLink: true))
            } else {
                if tag.isWord("lvl") { child = .level(Self.levelNumber(tag), LevelSettings()) }
                open.append(.abstract(id: id, abstract, sawStyleLink: sawStyleLink))
            }
        case .instance(let id, let abstractID, let instance):
            if tag.isWord("abstractNumId"), abstractID == nil {
                open.append(.instance(id: id, abstractID: .some(tag.wordAttribute("val")), instance))
            } else {
                if tag.isWord("lvlOverride") { child = .override(level: Self.levelNumber(tag), start: nil, replacement: nil, sawLevel: false) }
                open.append(parent)
            }
        case .override(let level, let start, let replacement, let sawLevel):
            if tag.isWord("startOverride"), start == nil {
                open.append(.override(level: level, start: .some(tag.wordAttribute("val").flatMap(WordNamespace.integer)),
                                      replacement: replacement, sawLevel: sawLevel))
            } else if tag.isWord("lvl"), !sawLevel {
                child = .level(Self.levelNumber(tag), LevelSettings())
                open.append(.override(level: level, start: start, replacement: replacement, sawLevel: true))
            } else {
                open.append(parent)
            }
        case .level(let number, var settings):
            if tag.isWord(tag.name.local), Self.levelSettings.contains(tag.name.local) { settings.take(tag) }
            open.append(.level(number, settings))
        }
        open.append(child)
    }

    private mutating func end() {
        guard let done = open.popLast() else { return }
        switch done {
        case .abstract(let id, let abstract, _):
            definitions.define(abstract, id: id)
        case .instance(let id, let abstractID, var instance):
            guard let abstractID = abstractID ?? nil else { return }
            instance.abstractID = abstractID
            definitions.define(instance, id: id)
        case .level(let number, let settings):
            switch open.popLast() {
            case .abstract(let id, var abstract, let sawStyleLink):
                abstract.levels[number] = settings.level
                open.append(.abstract(id: id, abstract, sawStyleLink: sawStyleLink))
            case .override(let level, let start, _, let sawLevel):
                open.append(.override(level: level, start: start, replacement: settings.level, sawLevel: sawLevel))
            case let other?:
                open.append(other)
            case nil:
                break
            }
        case .override(let level, let start, let replacement, _):
            guard case .instance(let id, let abstractID, var instance)? = open.popLast() else { return }
            if let start = start ?? nil { instance.startOverrides[level] = start }
            if let replacement { instance.levelOverrides[level] = replacement }
            open.append(.instance(id: id, abstractID: abstractID, instance))
        case .root, .passed:
            break
        }
    }

    /// `w:ilvl` of a `w:lvl` or `w:lvlOverride` (0 when missing or not a number).
    private static func levelNumber(_ tag: XMLStartTag) -> Int {
        Int(tag.wordAttribute("ilvl") ?? "0") ?? 0
    }
}
