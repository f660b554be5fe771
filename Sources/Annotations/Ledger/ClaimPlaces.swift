/// The places of a ledger's claims as numbers, made once before grouping: splitting a bucket by
/// place compares and unions places of every article in it, which on strings means hashing the
/// same names millions of times.
struct ClaimPlaces: Sendable {
    /// Each claim's place, by number; -1 for none (or a claim without features).
    let placeOfClaim: [Int32]
    /// Each claim's article's set of places (an index into `placeSets`); consecutive claims of one
    /// article share it.
    let placeSetOfClaim: [Int32]
    /// The places each article names, as sorted numbers.
    let placeSets: [[Int32]]
    /// The names, by number.
    let names: [String]

    init(claims: [LedgerClaim]) {
        var numbers: [String: Int32] = [:]
        var names: [String] = []
        func number(_ name: String) -> Int32 {
            if let known = numbers[name] { return known }
            let made = Int32(names.count)
            numbers[name] = made
            names.append(name)
            return made
        }
        var placeOfClaim = [Int32](repeating: -1, count: claims.count)
        var placeSetOfClaim = [Int32](repeating: -1, count: claims.count)
        var placeSets: [[Int32]] = []
        var lastSet: (path: String, places: Set<String>)?
        for index in claims.indices {
            guard let features = claims[index].features else { continue }
            if let place = features.place { placeOfClaim[index] = number(place) }
            // An article's claims carry one set: numbered once per article, not once per claim.
            let path = claims[index].id.path
            if let last = lastSet, last.path == path, last.places == features.articlePlaces {
                placeSetOfClaim[index] = Int32(placeSets.count - 1)
                continue
            }
            placeSets.append(features.articlePlaces.map(number).sorted())
            placeSetOfClaim[index] = Int32(placeSets.count - 1)
            lastSet = (path, features.articlePlaces)
        }
        self.placeOfClaim = placeOfClaim
        self.placeSetOfClaim = placeSetOfClaim
        self.placeSets = placeSets
        self.names = names
    }

    func name(_ number: Int32) -> String? {
        number < 0 ? nil : names[Int(number)]
    }
}
