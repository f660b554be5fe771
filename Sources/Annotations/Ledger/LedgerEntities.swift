/// An article's entities, sorted, with the counts the ledger asks about: which entity covers a
/// token, how often a place is named, which place the article is mostly about.
struct LedgerEntities: Sendable {
    let entities: [Entity]
    let placeCounts: [String: Int]
    /// The place named most often (ties to the first named), the article's default scene.
    let mainPlace: String?

    init(_ entities: [Entity]) {
        let sorted = entities.sorted { $0.start < $1.start }
        self.entities = sorted
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        for (index, entity) in sorted.enumerated() where entity.type == .place {
            counts[entity.canonical, default: 0] += 1
            if firstSeen[entity.canonical] == nil { firstSeen[entity.canonical] = index }
        }
        placeCounts = counts
        mainPlace = counts.max { left, right in
            left.value != right.value ? left.value < right.value : firstSeen[left.key]! > firstSeen[right.key]!
        }?.key
    }

    /// The entity that covers the scalar offset, if any.
    func entity(covering offset: Int) -> Entity? {
        var low = 0
        var high = entities.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let entity = entities[middle]
            if offset < entity.start {
                high = middle - 1
            } else if offset >= entity.end {
                low = middle + 1
            } else {
                return entity
            }
        }
        return nil
    }

    /// The entities starting inside a scalar range, in order.
    func entities(in range: Range<Int>) -> ArraySlice<Entity> {
        var low = 0
        var high = entities.count
        while low < high {
            let middle = (low + high) / 2
            if entities[middle].start < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < entities.count, entities[end].start < range.upperBound { end += 1 }
        return entities[low..<end]
    }
}
