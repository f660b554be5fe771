import Foundation

/// Results of work done on several threads at once, each written to its own slot, read back in
/// slot order once all are done.
final class ResultSlots<Value>: @unchecked Sendable {
    // Guarded by `lock`: each thread writes one slot, and the reader reads after concurrentPerform returns.
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.compactMap { $0 } }
}
