/// One node of a parsed HTML document: an element or a run of text (entities already decoded).
public enum HTMLNode: Sendable {
    case element(HTMLElement)
    case text(String)
}
