import Foundation

/// Texts of a batch read on several threads, each into its own slot.
final class SearchTextSlots: @unchecked Sendable {
    private var slots: [SearchText?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ text: SearchText) {
        lock.lock()
        slots[index] = text
        lock.unlock()
    }

    var values: [SearchText] { slots.compactMap { $0 } }
}
