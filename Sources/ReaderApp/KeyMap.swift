/// Every screen's keys, one table per mode (as helix keeps a keymap per mode): defaults,
/// overridden by the config file's `keys` table. The help lists keys from the same tables.
public struct KeyMap: Equatable, Sendable {
    public private(set) var tables: [KeyMode: [Key: Action]]

    /// The article view's keys.
    public var bindings: [Key: Action] { tables[.article] ?? [:] }

    /// The article list's keys, in the order the help names them.
    public static let listDefaults: [(Key, Action)] = [
        (.character("j"), .listDown), (.character("k"), .listUp), (.up, .listUp), (.down, .listDown),
        (.character(" "), .listPageDown), (.pageDown, .listPageDown), (.character("b"), .listPageUp), (.pageUp, .listPageUp),
        (.character("g"), .listFirst), (.character("G"), .listLast), (.home, .listFirst), (.end, .listLast),
        (.enter, .open), (.character("l"), .open), (.right, .open), (.character("s"), .cycleListSort),
        (.character("/"), .filterList), (.escape, .clearFilter), (.character("S"), .searchCorpus),
        (.character("L"), .ledgerPanel), (.character("q"), .quit), (.character("?"), .help),
    ]

    /// Every panel's keys.
    public static let panelDefaults: [Key: Action] = [
        .escape: .close, .character("q"): .close,
        .character("j"): .panelDown, .down: .panelDown, .tab: .panelDown,
        .character("k"): .panelUp, .up: .panelUp, .backTab: .panelUp,
        .pageDown: .panelPageDown, .character(" "): .panelPageDown,
        .pageUp: .panelPageUp, .character("b"): .panelPageUp,
        .character("g"): .panelFirst, .home: .panelFirst,
        .character("G"): .panelLast, .end: .panelLast,
        .enter: .choose, .character("l"): .choose, .right: .choose,
    ]

    /// Keys of one kind of panel, looked up before the panel table's.
    public static let panelKindDefaults: [KeyMode: [Key: Action]] = [
        // In the layers, Space shows or hides a layer instead of paging.
        .layersPanel: [.character(" "): .choose, .character("E"): .toggleEntities, .character("C"): .toggleClaims],
        .annotationsPanel: [.character("e"): .editAnnotation, .character("d"): .deleteAnnotation,
                            .delete: .deleteAnnotation, .character("U"): .undo],
        .entitiesPanel: [.character("a"): .mentionsAcrossCorpus],
        .ledgerPanel: [.character("v"): .nextVerdict, .character("V"): .previousVerdict, .character("U"): .undo,
                       .character("e"): .verdictEvidence, .character("n"): .verdictNote],
    ]

    /// The keys that choose a span to annotate.
    public static let selectionDefaults: [Key: Action] = [
        .escape: .cancelSelection, .character("q"): .cancelSelection, .character("v"): .cancelSelection,
        .character("a"): .annotate, .enter: .annotate,
        .character("w"): .selectWordForward, .character("e"): .selectWordForward, .character("b"): .selectWordBack,
        .character("l"): .selectLetterForward, .right: .selectLetterForward,
        .character("h"): .selectLetterBack, .left: .selectLetterBack,
        .character("j"): .selectLineDown, .down: .selectLineDown, .character("k"): .selectLineUp, .up: .selectLineUp,
        .character("o"): .selectOtherEnd,
    ]

    /// Keys of the key list, the search prompt and the note editor; other keys close the help or are typed.
    public static let overlayDefaults: [KeyMode: [Key: Action]] = [
        .help: [.character("j"): .helpDown, .down: .helpDown, .character("k"): .helpUp, .up: .helpUp,
                .character(" "): .helpPageDown, .pageDown: .helpPageDown, .character("b"): .helpPageUp, .pageUp: .helpPageUp],
        .prompt: [.enter: .runSearch, .escape: .cancelPrompt, .control("c"): .cancelPrompt, .control("g"): .cancelPrompt],
        .editor: [.control("s"): .saveAnnotation, .function(2): .saveAnnotation, .escape: .cancelEditor,
                  .tab: .completeTagOrSwitchField, .backTab: .switchField],
    ]

    /// The article view's keys.
    public static let defaults: [Key: Action] = [
        .character("q"): .back, .escape: .back,
        .character("j"): .lineDown, .down: .lineDown,
        .character("k"): .lineUp, .up: .lineUp,
        .character(" "): .pageDown, .pageDown: .pageDown, .control("f"): .pageDown,
        .character("b"): .pageUp, .pageUp: .pageUp, .control("b"): .pageUp,
        // d/u scroll half a page as in less and vi; undo is U, clear of them.
        .character("d"): .halfPageDown, .control("d"): .halfPageDown,
        .character("u"): .halfPageUp, .control("u"): .halfPageUp,
        .character("g"): .top, .home: .top,
        .character("G"): .bottom, .end: .bottom,
        .character("]"): .nextArticle, .character(">"): .nextArticle,
        .character("["): .previousArticle, .character("<"): .previousArticle,
        .character("/"): .search, .character("n"): .nextMatch, .character("N"): .previousMatch,
        .tab: .nextHighlight, .backTab: .previousHighlight,
        .character("e"): .entityPanel, .character("c"): .claimPanel, .character("h"): .layersPanel,
        .character("E"): .toggleEntities, .character("C"): .toggleClaims,
        .character("a"): .annotate, .character("v"): .visualSelect, .character("A"): .annotationPanel,
        .character("U"): .undo, .character("x"): .export, .character("L"): .ledgerPanel,
        .character("?"): .help,
    ]

    public init(overrides: [String: String] = [:]) throws {
        tables = KeyMap.panelKindDefaults.merging(KeyMap.overlayDefaults) { kind, _ in kind }.merging(
            [.article: KeyMap.defaults, .list: Dictionary(KeyMap.listDefaults, uniquingKeysWith: { first, _ in first }),
             .panel: KeyMap.panelDefaults, .selection: KeyMap.selectionDefaults]) { kind, _ in kind }
        for (name, keyName) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let action = Action(rawValue: name) else {
                throw ConfigError("unknown action \"\(name)\" in keys (known: \(Action.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let key = KeyMap.key(named: keyName) else {
                throw ConfigError("unknown key \"\(keyName)\" for \(name) (use a character, \"tab\", \"ctrl-x\", \"f5\", ...)")
            }
            // A rebound action leaves its old keys; the new key leaves its old action.
            for mode in action.modes {
                var table = tables[mode] ?? [:]
                table = table.filter { $0.value != action }
                table[key] = action
                tables[mode] = table
            }
        }
    }

    /// What a key does in the article view.
    public func action(for key: Key) -> Action? { action(for: key, in: .article) }

    public func action(for key: Key, in mode: KeyMode) -> Action? { tables[mode]?[key] }

    /// The key to name in a message about `action` ("U undoes"), or nil when it is unbound.
    public func firstKey(for action: Action) -> String? {
        keys(for: action).min { ($0.count, $0) < ($1.count, $1) }
    }

    /// The keys bound to an action, named for the help screen.
    public func keys(for action: Action) -> [String] {
        keys(for: action, in: action.modes[0]).map(KeyMap.name(of:)).sorted()
    }

    /// The keys bound to an action in a mode: the default keys in the order declared, then any others.
    public func keys(for action: Action, in mode: KeyMode) -> [Key] {
        let bound = (tables[mode] ?? [:]).filter { $0.value == action }.map(\.key)
        let declared = mode == .list ? KeyMap.listDefaults.map(\.0) : []
        return bound.sorted { left, right in
            let (l, r) = (declared.firstIndex(of: left) ?? declared.count, declared.firstIndex(of: right) ?? declared.count)
            return (l, KeyMap.name(of: left)) < (r, KeyMap.name(of: right))
        }
    }

    /// Parses a key as the config file names it: "x", "tab", "shift-tab", "ctrl-x", "f5", "pgdn"…
    public static func key(named name: String) -> Key? {
        let scalars = Array(name.unicodeScalars)
        if scalars.count == 1 { return .character(scalars[0]) }
        let lower = name.lowercased()
        let named: [String: Key] = [
            "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "enter": .enter, "return": .enter,
            "esc": .escape, "escape": .escape, "space": .character(" "), "backspace": .backspace,
            "delete": .delete, "up": .up, "down": .down, "left": .left, "right": .right,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
            "home": .home, "end": .end,
        ]
        if let key = named[lower] { return key }
        if lower.hasPrefix("ctrl-"), lower.unicodeScalars.count == 6, let letter = lower.unicodeScalars.last,
           ("a"..."z").contains(letter) {
            return .control(letter)
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) { return .function(number) }
        return nil
    }

    public static func name(of key: Key) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let scalar): String(scalar)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .control(let letter): "Ctrl-" + String(letter).uppercased()
        case .function(let number): "F\(number)"
        }
    }
}
