import Annotations

/// Everything that can happen to the app: a key, the mouse, a new terminal size, a paste, an
/// article's analysis finished in the background, or a tick of the clock when nothing else happened.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    case paste(String)
    case analyzed(index: Int, analysis: Analysis)
    case tick
}
