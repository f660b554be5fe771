/// A stop signal read while the loop waited inside a command (see `BlockedWait`), kept so that the
/// loop acts on it as soon as the command returns instead of losing it.
final class SignalStash {
    var signal: Int32 = 0

    /// The kept signal, or 0, leaving none kept.
    func take() -> Int32 {
        defer { signal = 0 }
        return signal
    }
}
