/// A key the user pressed, decoded by the backend.
public enum Key: Hashable, Sendable {
    case character(Unicode.Scalar)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    /// Ctrl with a letter: `.control("a")` for Ctrl-A.
    case control(Unicode.Scalar)
    case function(Int)
}
