/// The screen and keyboard the app loop runs on: curses in the `reader` executable, a scripted fake
/// in the tests. It draws Frames and turns what the user does into InputEvents; it knows nothing
/// of the app's state.
public protocol Terminal: AnyObject {
    /// The size in cells now.
    var size: Size { get }
    var colorMode: ColorMode { get }
    /// Shows a whole frame.
    func draw(_ frame: Frame)
    /// Waits for the next event; `.tick` when nothing happened within the input timeout
    /// (100 ms for curses), so signals and background work are seen without a key press.
    func nextEvent() -> InputEvent
    /// The stop signal (SIGINT, SIGTERM, SIGHUP) received since the last call, or 0.
    func takeSignal() -> Int32
    /// The bytes a paste keeps at most.
    var pasteLimit: Int { get }
    /// Characters the last paste left out because it was longer than `pasteLimit`.
    var charactersLeftOutOfLastPaste: Int { get }
    /// Whether more input has arrived that `nextEvent` has not returned yet (keys typed ahead).
    var hasPendingInput: Bool { get }
}

extension Terminal {
    /// A terminal that cannot tell says no: every key is then answered as it comes.
    public var hasPendingInput: Bool { false }
}
