/// A screen or overlay with its own key table in the KeyMap: keys mean different things on the
/// list, in an article and in a panel. A panel of a kind with keys of its own looks in its kind's
/// table first, then in the panel table.
public enum KeyMode: String, CaseIterable, Sendable {
    case list, article
    case panel, layersPanel, annotationsPanel, entitiesPanel
    /// Choosing a span to annotate.
    case selection
    /// The key list, the search prompt and the note editor: keys that are not text.
    case help, prompt, editor
}
