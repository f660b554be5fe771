/// Why the app loop stopped.
public enum LoopExit: Equatable, Sendable {
    /// The user quit.
    case quit
    /// A stop signal arrived (its number): the caller keeps any unsaved note and exits with 128 + it.
    case signal(Int32)
}
