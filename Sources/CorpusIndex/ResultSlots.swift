import Foundation

/// Results of work done on several threads at once, each written to its own slot, read back in
/// slot order once all are done (the refresh's outcomes, a feed's items, texts for search, and
/// `reader analyze`'s batches).
public final class ResultSlots<Value>: @unchecked Sendable {
    // Guarded by `lock`: each thread writes one slot; the slots are read once the work is done.
    private var slots: [Value?]
    private let lock = NSLock()

    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    public func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// The values written, in slot order; slots never written are left out.
    public var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
