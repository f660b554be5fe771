/// The keys of the article view: defaults, overridden by the config file's `keys` table.
public struct KeyMap: Equatable, Sendable {
    public private(set) var bindings: [Key: Action]

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
        .character("U"): .undo, .character("x"): .export,
    ]

    public init(overrides: [String: String] = [:]) throws {
        bindings = KeyMap.defaults
        for (name, keyName) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let action = Action(rawValue: name) else {
                throw ConfigError("unknown action \"\(name)\" in keys (known: \(Action.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let key = KeyMap.key(named: keyName) else {
                throw ConfigError("unknown key \"\(keyName)\" for \(name) (use a character, \"tab\", \"ctrl-x\", \"f5\", ...)")
            }
            // A rebound action leaves its old keys; the new key leaves its old action.
            bindings = bindings.filter { $0.value != action }
            bindings[key] = action
        }
    }

    public func action(for key: Key) -> Action? { bindings[key] }

    /// The key to name in a message about `action` ("U undoes"), or nil when it is unbound.
    public func firstKey(for action: Action) -> String? {
        keys(for: action).min { ($0.count, $0) < ($1.count, $1) }
    }

    /// The keys bound to an action, named for the help screen.
    public func keys(for action: Action) -> [String] {
        bindings.filter { $0.value == action }.map { KeyMap.name(of: $0.key) }.sorted()
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
