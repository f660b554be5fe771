/// An article's entities, sorted, with the counts the ledger asks about: which entity covers a
/// token, how often a place is named, which place the article is mostly about.
struct LedgerEntities: Sendable {
    let entities: [Entity]
    let placeCounts: [String: Int]
    /// The place named most often (ties to the first named), the article's default scene. A
    /// dateline ("NEW YORK (Reuters) -") says where the story was filed, not what it is about, so its
    /// places are passed over while the text names another.
    let mainPlace: String?

    init(_ entities: [Entity], scalars: [Unicode.Scalar] = []) {
        var sorted = entities.sorted { $0.start < $1.start }
        // "U.S." and "US" are one place, however an article writes it.
        for index in sorted.indices where sorted[index].type == .place && sorted[index].canonical.utf8.contains(UInt8(ascii: ".")) {
            sorted[index].canonical = LedgerEntities.withoutDots(sorted[index].canonical)
        }
        self.entities = sorted
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        var datelinePlaces: [String] = []
        for (index, entity) in sorted.enumerated() where entity.type == .place {
            counts[entity.canonical, default: 0] += 1
            if LedgerEntities.isInDateline(entity, scalars: scalars) { datelinePlaces.append(entity.canonical) }
            if firstSeen[entity.canonical] == nil { firstSeen[entity.canonical] = index }
        }
        placeCounts = counts
        // The places as named in the text, the dateline's mentions taken away (most articles have none).
        var sceneCounts = counts
        for place in datelinePlaces {
            sceneCounts[place, default: 1] -= 1
            if sceneCounts[place] == 0 { sceneCounts[place] = nil }
        }
        // Only a dateline's places named: the story's scene is not known (nil), and its claims
        // group with others that name none.
        mainPlace = sceneCounts.max { left, right in
            left.value != right.value ? left.value < right.value : firstSeen[left.key]! > firstSeen[right.key]!
        }?.key
    }

    static func withoutDots(_ name: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in name.unicodeScalars where scalar != "." { view.append(scalar) }
        return String(view)
    }

    /// Whether a place stands in a dateline: it opens a line, and before the line's first words of
    /// text comes a "(" (an agency: "(Reuters)") or a dash ("BANGKOK –", "-- ", "—").
    static func isInDateline(_ entity: Entity, scalars: [Unicode.Scalar]) -> Bool {
        // A dateline opens the story, under its title: only the first lines are looked at.
        guard entity.start < min(scalars.count, 400) else { return false }
        var lineStart = entity.start
        while lineStart > 0, scalars[lineStart - 1] != "\n" {
            lineStart -= 1
            // Only the line's first words can be a dateline ("Santiago, Chile, Jan. 5 (UPI) --").
            if entity.start - lineStart > 40 { return false }
        }
        // Before the place, only capitalised names ("Santiago, Chile"): not a sentence's words.
        var wordStart = true
        for scalar in scalars[lineStart..<entity.start] {
            if wordStart, scalar.properties.isLowercase { return false }
            wordStart = scalar == " " || scalar == ","
        }
        var index = entity.end
        let limit = min(scalars.count, entity.end + 40)
        while index < limit, scalars[index] != "\n" {
            let scalar = scalars[index]
            if scalar == "(" || scalar == "\u{2013}" || scalar == "\u{2014}" { return true }
            if scalar == "-", index + 1 < scalars.count, scalars[index + 1] == " " || scalars[index + 1] == "-" { return true }
            index += 1
        }
        return false
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
