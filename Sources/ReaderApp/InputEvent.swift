/// Everything that can happen to the app: a key, the mouse, a new terminal size, or a tick of
/// the clock when nothing else happened (for work done in the background).
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    case paste(String)
    case tick
}
