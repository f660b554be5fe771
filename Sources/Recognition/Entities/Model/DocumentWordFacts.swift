/// What the rest of a document says of a one-word name (the model's "doc=" features): whether the
/// word also occurs in lower case ("Dengue" beside "dengue"), and whether a capitalised occurrence
/// follows a place preposition ("in Mbarazi").
///
/// The first few names look through the document's tokens one by one, which costs nothing to set
/// up; past `scansBeforeTable` names the facts of every word are counted in one pass and looked up,
/// so a text of thousands of unknown names (hostile or generated) stays linear in its length.
final class DocumentWordFacts {
    struct Facts {
        var lowerCase = false
        var afterPlacePreposition = false
    }

    private let tokens: [EntityToken]
    private var scans = 0
    /// Per lower-case word hash: occurrences in lower case, and capitalised ones after a place
    /// preposition (counts, so that the name's own token can be taken out).
    private var counts: [UInt64: (lowerCase: Int32, afterPlacePreposition: Int32)]?
    static let scansBeforeTable = 16

    init(tokens: [EntityToken]) {
        self.tokens = tokens
    }

    /// The facts of the word at `index`, from every other token of the document.
    func facts(ofWordAt index: Int) -> Facts {
        let key = tokens[index].lowerHash
        if counts == nil, scans < Self.scansBeforeTable {
            scans += 1
            return scan(for: key, skipping: index)
        }
        if counts == nil { counts = countAll() }
        guard let count = counts![key] else { return Facts() }
        let own = fact(at: index)
        return Facts(lowerCase: count.lowerCase - (own.lowerCase ? 1 : 0) > 0,
                     afterPlacePreposition: count.afterPlacePreposition - (own.afterPlacePreposition ? 1 : 0) > 0)
    }

    private func scan(for key: UInt64, skipping skipped: Int) -> Facts {
        var facts = Facts()
        for index in tokens.indices where tokens[index].lowerHash == key && index != skipped {
            let fact = fact(at: index)
            facts.lowerCase = facts.lowerCase || fact.lowerCase
            facts.afterPlacePreposition = facts.afterPlacePreposition || fact.afterPlacePreposition
            if facts.lowerCase && facts.afterPlacePreposition { break }
        }
        return facts
    }

    private func countAll() -> [UInt64: (lowerCase: Int32, afterPlacePreposition: Int32)] {
        var counts: [UInt64: (lowerCase: Int32, afterPlacePreposition: Int32)] = [:]
        for index in tokens.indices {
            let fact = fact(at: index)
            guard fact.lowerCase || fact.afterPlacePreposition else { continue }
            counts[tokens[index].lowerHash, default: (0, 0)].lowerCase += fact.lowerCase ? 1 : 0
            counts[tokens[index].lowerHash, default: (0, 0)].afterPlacePreposition += fact.afterPlacePreposition ? 1 : 0
        }
        return counts
    }

    /// What the one token at `index` shows.
    private func fact(at index: Int) -> Facts {
        let token = tokens[index]
        if !token.isCapitalized { return Facts(lowerCase: true) }
        let located = index > 0 && token.joinsPrevious
            && EntityContextCues.shared.cue(tokens[index - 1].lowerHash) == .placePreposition
        return Facts(afterPlacePreposition: located)
    }
}
