/// Something shown over the screen that takes the keys before it. The app keeps them in one stack
/// (`AppState.overlays`): the top one gets each key first, opening one pushes it, closing pops it.
///
/// A new overlay is a case here (with its state) and in `Kind`; its keys are a `KeyMode` with a
/// default table in `KeyMap` and `Action` cases; its update and drawing go in
/// `AppState+NAMEOverlay.swift` (`handleNAMEKey`, `renderNAME(_:in:into:)`), named in the two
/// switches of AppState+Overlays; an action in a screen's table opens it with `open(.name(...))`.
/// A new panel needs less: a `Panel.Kind`, a function that builds its rows, and an opening action.
public enum Overlay: Equatable, Sendable {
    /// A list over the article: entities, claims, layers, an entity across the corpus, annotations.
    case panel(Panel)
    /// A span being chosen for an annotation, word by word or letter by letter.
    case selection(Selection)
    /// The search prompt in the status line.
    case prompt(LineEditor)
    /// The tag and note editor.
    case editor(AnnotationEditor)
    /// The key list, scrolled to its first line shown.
    case help(top: Int)

    /// Which overlay this is, without its state: at most one of each kind is open.
    public enum Kind: Equatable, Sendable {
        case panel, selection, prompt, editor, help
    }

    public var kind: Kind {
        switch self {
        case .panel: .panel
        case .selection: .selection
        case .prompt: .prompt
        case .editor: .editor
        case .help: .help
        }
    }

    /// Overlays drawn over the status line (the help box) come after it; the others before, so a
    /// long message stays readable over a panel or the editor.
    var drawsOverStatusLine: Bool { kind == .help }

    /// A click or the wheel goes to the top overlay that takes the mouse, else to the screen.
    var takesMouse: Bool { kind == .help || kind == .panel }

    /// A paste goes to the top overlay that takes text; with none, it is dropped.
    var takesText: Bool { kind == .editor || kind == .prompt }
}
