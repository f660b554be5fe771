/// The qualifiers that bound a number, as word sequences, with the bound each sets.
enum ClaimQualifier {
    /// Longest first, so that "no more than" wins over "more than". "as much as" and "as little as" are
    /// not among them: GUIDELINES.md lists "as many as" and "as few as" only, and news writes the others
    /// as part of the verb ("shares fell as much as 3.4%").
    static let phrases: [([String], ClaimBound)] = {
        let list: [(String, ClaimBound)] = [
            ("more than", .lower), ("over", .lower), ("at least", .lower), ("in excess of", .lower),
            ("just over", .lower), ("well over", .lower), ("upwards of", .lower), ("upward of", .lower),
            ("no fewer than", .lower), ("no less than", .lower), ("as few as", .lower),
            ("slightly more than", .lower), ("slightly over", .lower), ("a little over", .lower), ("a little more than", .lower),
            ("greater than", .lower),
            ("less than", .upper), ("fewer than", .upper), ("under", .upper), ("at most", .upper), ("up to", .upper),
            ("as many as", .upper), ("no more than", .upper), ("not more than", .upper),
            ("just under", .upper), ("well under", .upper), ("nearly", .upper), ("almost", .upper),
            ("close to", .upper), ("just shy of", .upper), ("slightly less than", .upper), ("slightly under", .upper),
            ("about", .approximate), ("around", .approximate), ("roughly", .approximate),
            ("approximately", .approximate), ("some", .approximate), ("an estimated", .approximate),
            ("nearer", .approximate), ("circa", .approximate), ("approx", .approximate), ("just about", .approximate),
        ]
        return list.map { (phrase, bound) in (phrase.split(separator: " ").map(String.init), bound) }
            .sorted { $0.0.count > $1.0.count }
    }()
}
