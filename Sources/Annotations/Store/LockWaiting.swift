/// How a save waits when another process holds the folder lock: how long, whom to tell, and how
/// the user gives up. The default waits as long as it takes, silently.
public struct LockWaiting: Sendable {
    /// The longest to wait; nil waits until the lock is free or `keepWaiting` answers false.
    public var timeout: Duration?
    /// Called once, as soon as the lock is found taken, with the folder and who holds it.
    public var onWait: @Sendable (_ folder: String, _ holder: LockHolder) -> Void
    /// Asked at every retry while waiting; false gives up (the reader's Esc, say).
    public var keepWaiting: @Sendable () -> Bool
    /// How often the lock is tried again.
    public var retryInterval: Duration

    public init(timeout: Duration? = nil, retryInterval: Duration = .milliseconds(20),
                onWait: @escaping @Sendable (_ folder: String, _ holder: LockHolder) -> Void = { _, _ in },
                keepWaiting: @escaping @Sendable () -> Bool = { true }) {
        self.timeout = timeout
        self.retryInterval = retryInterval
        self.onWait = onWait
        self.keepWaiting = keepWaiting
    }

    /// Waits until the lock is free, telling no one.
    public static let forever = LockWaiting()
}
