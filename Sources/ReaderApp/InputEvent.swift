import Annotations

/// Everything that can happen to the app: a key, the mouse, a new terminal size, a paste, an
/// article's analysis finished in the background, or a tick of the clock when nothing else happened.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    case paste(String)
    case analyzed(index: Int, analysis: Analysis)
    /// An article's annotations were read or written, or could not be.
    case annotations(index: Int, update: AnnotationUpdate)
    /// Something the outside world wants the user to read (where an export went, say).
    case notice(String)
    /// The articles a corpus search found, best first.
    case corpusSearchResults(query: String, hits: [CorpusSearchHit])
    case tick
}
