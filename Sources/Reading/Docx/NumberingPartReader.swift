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
    /// What each element taken and still open is.
    private var open: [Kind] = []
    /// The definitions being read: at most one of each kind is open at a time
    /// (`w:abstractNum/w:lvl`, `w:num/w:lvlOverride/w:lvl`).
    private var abstract: (id: String, value: NumberingDefinitions.Abstract, sawStyleLink: Bool)?
    private var instance: (id: String, abstractID: String??, value: NumberingDefinitions.Instance)?
    private var override: (level: Int, start: Int??, replacement: ListLevel?, sawLevel: Bool)?
    private var level: (number: Int, settings: LevelSettings)?

    private enum Kind {
        case root, passed, abstract, instance, override, level
    }

    func wants(_ name: XMLName, depth: Int) -> Bool {
        guard let parent = open.last else { return true }
        let local = name.local
        let read: Bool
        switch parent {
        case .root: read = local == "abstractNum" || local == "num"
        case .passed: read = false
        case .abstract: read = local == "numStyleLink" || local == "lvl"
        case .instance: read = local == "abstractNumId" || local == "lvlOverride"
        case .override: read = local == "startOverride" || local == "lvl"
        case .level: read = LevelSettings.reads(local)
        }
        // The short local name first: most elements declined are told apart by it alone.
        return read && WordNamespace.isMain(name.namespace)
    }

    mutating func take(_ event: XMLEvent) {
        switch event {
        case .startElement(let tag): start(tag)
        case .endElement: end()
        case .text: break
        }
    }

    private mutating func start(_ tag: XMLStartTag) {
        guard let parent = open.last else {
            open.append(.root)
            return
        }
        var kind = Kind.passed
        switch parent {
        case .root:
            if tag.isWord("abstractNum"), let id = tag.wordAttribute("abstractNumId") {
                abstract = (id, NumberingDefinitions.Abstract(), false)
                kind = .abstract
            } else if tag.isWord("num"), let id = tag.wordAttribute("numId") {
                instance = (id, nil, NumberingDefinitions.Instance(abstractID: ""))
                kind = .instance
            }
        case .passed:
            break
        case .abstract:
            if tag.isWord("numStyleLink"), abstract?.sawStyleLink == false {
                abstract?.value.numberingStyleLink = tag.wordAttribute("val")
                abstract?.sawStyleLink = true
            } else if tag.isWord("lvl") {
                level = (Self.levelNumber(tag), LevelSettings())
                kind = .level
            }
        case .instance:
            if tag.isWord("abstractNumId"), instance?.abstractID == nil {
                instance?.abstractID = .some(tag.wordAttribute("val"))
            } else if tag.isWord("lvlOverride") {
                override = (Self.levelNumber(tag), nil, nil, false)
                kind = .override
            }
        case .override:
            if tag.isWord("startOverride"), override?.start == nil {
                override?.start = .some(tag.wordAttribute("val").flatMap(WordNamespace.integer))
            } else if tag.isWord("lvl"), override?.sawLevel == false {
                override?.sawLevel = true
                level = (Self.levelNumber(tag), LevelSettings())
                kind = .level
            }
        case .level:
            if WordNamespace.isMain(tag.name.namespace) { level?.settings.take(tag) }
        }
        open.append(kind)
    }

    private mutating func end() {
        switch open.popLast() {
        case .abstract?:
            if let abstract { definitions.define(abstract.value, id: abstract.id) }
            abstract = nil
        case .instance?:
            if let instance, let abstractID = instance.abstractID ?? nil {
                var value = instance.value
                value.abstractID = abstractID
                definitions.define(value, id: instance.id)
            }
            instance = nil
        case .level?:
            guard let level else { return }
            if open.last == .override {
                override?.replacement = level.settings.level
            } else {
                abstract?.value.levels[level.number] = level.settings.level
            }
            self.level = nil
        case .override?:
            if let override {
                if let start = override.start ?? nil { instance?.value.startOverrides[override.level] = start }
                if let replacement = override.replacement { instance?.value.levelOverrides[override.level] = replacement }
            }
            override = nil
        case .root?, .passed?, nil:
            break
        }
    }

    /// `w:ilvl` of a `w:lvl` or `w:lvlOverride` (0 when missing or not a number).
    private static func levelNumber(_ tag: XMLStartTag) -> Int {
        Int(tag.wordAttribute("ilvl") ?? "0") ?? 0
    }
}

/// The first `w:val` of each child of a `w:lvl` that `ListLevel` holds (outer nil: no such child;
/// inner nil: a child without `w:val`).
private struct LevelSettings {
    var start: String??
    var format: String??
    var text: String??
    var restart: String??
    var legal: String??
    var style: String??

    /// Whether a child of `w:lvl` with this local name is read.
    static func reads(_ local: String) -> Bool {
        switch local {
        case "start", "numFmt", "lvlText", "lvlRestart", "isLgl", "pStyle": return true
        default: return false
        }
    }

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
