import XMLStreaming

/// Reads `numbering.xml` one list at a time: each `w:abstractNum` and `w:num` is built on its own, with only
/// the elements a list's numbers depend on (`elementsRead`), read into `NumberingDefinitions`, and let go.
/// Pandoc writes one list per paragraph, so that this part can be three times the size of the document;
/// everything else in it (indents, tabs, fonts) is passed over unbuilt, with all it holds.
///
/// Lists are `w:abstractNum` with `w:abstractNumId` and `w:num` with `w:numId` and a `w:abstractNumId`
/// child; each single-valued setting comes from the first child of its name, and a later definition of
/// the same id replaces an earlier one.
struct NumberingPartReader {
    private(set) var definitions = NumberingDefinitions()

    /// The depth of the lists in the part (the root is depth 1).
    static let listDepth = 2

    /// The local names of the elements built: the lists and what is read of them.
    static let elementsRead: Set<String> = [
        "abstractNum", "num", "numStyleLink", "lvl", "abstractNumId", "lvlOverride", "startOverride",
        "start", "numFmt", "lvlText", "lvlRestart", "isLgl", "pStyle",
    ]

    /// Reads one child of the part's root.
    mutating func read<Element: XMLReadableElement>(_ list: Element) {
        if list.isWord("abstractNum"), let id = list.wordAttribute("abstractNumId") {
            definitions.define(Self.abstract(list), id: id)
        } else if list.isWord("num"), let id = list.wordAttribute("numId"), let instance = Self.instance(list) {
            definitions.define(instance, id: id)
        }
    }

    private static func abstract<Element: XMLReadableElement>(_ list: Element) -> NumberingDefinitions.Abstract {
        var abstract = NumberingDefinitions.Abstract()
        var sawStyleLink = false
        for child in list.childElements {
            if child.isWord("numStyleLink"), !sawStyleLink {
                abstract.numberingStyleLink = child.wordAttribute("val")
                sawStyleLink = true
            } else if child.isWord("lvl") {
                abstract.levels[levelNumber(child)] = level(child)
            }
        }
        return abstract
    }

    /// The list instance `list`, nil without an abstract list (no `w:abstractNumId`, or one without `w:val`).
    private static func instance<Element: XMLReadableElement>(_ list: Element) -> NumberingDefinitions.Instance? {
        var abstractID: String??
        var instance = NumberingDefinitions.Instance(abstractID: "")
        for child in list.childElements {
            if child.isWord("abstractNumId"), abstractID == nil {
                abstractID = .some(child.wordAttribute("val"))
            } else if child.isWord("lvlOverride") {
                let number = levelNumber(child)
                var start: Int??
                var replacement: ListLevel?
                var sawLevel = false
                for setting in child.childElements {
                    if setting.isWord("startOverride"), start == nil {
                        start = .some(setting.wordAttribute("val").flatMap(WordNamespace.integer))
                    } else if setting.isWord("lvl"), !sawLevel {
                        sawLevel = true
                        replacement = level(setting)
                    }
                }
                if let start = start ?? nil { instance.startOverrides[number] = start }
                if let replacement { instance.levelOverrides[number] = replacement }
            }
        }
        guard let abstractID = abstractID ?? nil else { return nil }
        instance.abstractID = abstractID
        return instance
    }

    private static func level<Element: XMLReadableElement>(_ element: Element) -> ListLevel {
        var settings = LevelSettings()
        for child in element.childElements where WordNamespace.isMain(child.namespace) {
            settings.take(child.localName, child.wordAttribute("val"))
        }
        return settings.level
    }

    /// `w:ilvl` of a `w:lvl` or `w:lvlOverride` (0 when missing or not a number).
    private static func levelNumber<Element: XMLReadableElement>(_ element: Element) -> Int {
        Int(element.wordAttribute("ilvl") ?? "0") ?? 0
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

    mutating func take(_ local: String, _ value: String?) {
        switch local {
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
