/// What a key does in the article view. Keys map to actions through a `KeyMap`, which the
/// config file can change; the names are the ones the config file uses.
public enum Action: String, CaseIterable, Sendable, Codable {
    case back, lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case nextArticle, previousArticle
    case search, nextMatch, previousMatch
    case nextHighlight, previousHighlight
    case entityPanel, claimPanel, layersPanel
    case toggleEntities, toggleClaims
    case annotate, visualSelect, annotationPanel, undo, export
}
