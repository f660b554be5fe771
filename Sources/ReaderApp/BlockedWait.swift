/// What the loop offers the world while one of its commands blocks (a save waiting for another
/// process's folder lock): a way to say so on the screen and to ask whether the user still wants
/// to wait, so the reader never freezes without a word and Esc always gets the user out.
public struct BlockedWait {
    /// Shows `message` in the status line and reads the keyboard once (up to the terminal's input
    /// timeout); false when the user gave up with Esc or a stop signal arrived.
    public let keepWaiting: (_ message: String) -> Bool

    public init(keepWaiting: @escaping (_ message: String) -> Bool) {
        self.keepWaiting = keepWaiting
    }
}
