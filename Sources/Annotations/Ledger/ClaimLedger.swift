import Foundation

/// The claim ledger of a corpus: every claim with its sentence and source, and the groups of
/// claims that count or measure the same thing.
///
/// Built from `LedgerArticle`s only (a path, the text, the analysis), so it can be fed from files
/// analysed on the spot or from a corpus index. Grouping is by key, not by comparing every pair:
/// claims with the same family of values, class of subject, event, place and period fall into one
/// group, then a group is split where its dates are more than `dateWindowDays` apart. That keeps
/// it linear in the number of claims and every group explainable by its key.
public struct ClaimLedger: Sendable {
    /// Claims more days apart than this are not the same report of the same thing.
    public static let dateWindowDays = 3
    /// The version of the rules that read one article's claims (sentences, attributions, features):
    /// claims stored with another version (in a corpus index) are read again. Raise it whenever
    /// what `LedgerArticle.ledgerClaims()` returns for an article can change.
    public static let readerVersion = 3

    /// Every claim, in corpus order (articles as given, claims by offset).
    public let claims: [LedgerClaim]
    /// The groups, largest first, then by the position of their first claim.
    public let groups: [ClaimGroup]
    /// For each claim (by position), the index of its group, -1 for none.
    private let groupOfClaimPosition: [Int32]
    /// Claims' positions by id, made on the first look-up by id.
    private let claimPositions = ClaimPositions()
    /// How each bucket split, by the bucket key's text, for a later ledger to reuse; empty when
    /// the ledger was made without stamps.
    public let bucketGroupings: [String: ClaimBucketGrouping]
    /// The buckets split by this ledger (the others' groups were taken as stored).
    public let regroupedBuckets: Set<String>

    public init(articles: [LedgerArticle]) {
        // Articles are read apart from each other, so in parallel; the claims keep the articles' order.
        let read = LedgerArticle.ledgerClaims(of: articles)
        var claims: [LedgerClaim] = []
        claims.reserveCapacity(read.reduce(0) { $0 + $1.count })
        for articleClaims in read { claims.append(contentsOf: articleClaims) }
        self.init(claims: claims)
    }

    /// Groups claims already read (a corpus index may store them). Buckets are split apart from
    /// each other, so in parallel, largest first; the result does not depend on the order they finish.
    public init(claims: [LedgerClaim]) {
        self.init(claims: claims, stamps: nil, reusing: [:])
    }

    /// Groups claims, taking each bucket's groups from `stored` (by the bucket key's text) when the
    /// bucket holds the same claims as when they were made, and splitting only the other buckets:
    /// after a few articles change, only the buckets their old or new claims fall in are split
    /// again. The groups equal those of `init(claims:)` on the same claims.
    /// - Parameters:
    ///   - stamps: for each claim (by position), a number that changes when its article's claims
    ///     do (see `ClaimBucketGrouping.stamp`); nil keeps no groupings (`bucketGroupings` is empty).
    ///   - stored: groupings kept from an earlier ledger, by bucket.
    public init(claims: [LedgerClaim], stamps: [UInt64]?, reusing stored: [String: ClaimBucketGrouping]) {
        precondition(stamps == nil || stamps!.count == claims.count, "one stamp per claim")
        self.claims = claims
        var buckets: [ClaimGroupKey: [Int]] = [:]
        for index in claims.indices {
            guard let key = claims[index].features?.groupKey else { continue }
            buckets[key, default: []].append(index)
        }
        let work = buckets.sorted { $0.value.count > $1.value.count }
        buckets = [:]
        let names = work.map(\.key.text)
        var signatureOf = [UInt64](repeating: 0, count: work.count)
        var reusedOf = [ClaimBucketGrouping?](repeating: nil, count: work.count)
        if let stamps {
            for (position, bucket) in work.enumerated() {
                signatureOf[position] = ClaimBucketGrouping.signature(stamps: bucket.value.lazy.map { stamps[$0] })
                if let kept = stored[names[position]], kept.signature == signatureOf[position],
                   kept.groups.allSatisfy({ group in !group.members.isEmpty && group.members.allSatisfy { $0 >= 0 && Int($0) < bucket.value.count } }) {
                    reusedOf[position] = kept
                }
            }
        }
        let signatures = signatureOf
        let reused = reusedOf
        // Numbering places costs a pass over every claim: only when some bucket is split.
        let places = reused.contains { $0 == nil } ? ClaimPlaces(claims: claims) : nil
        let keepsGroupings = stamps != nil
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<[(group: ClaimGroup, positions: [Int])]>.allocate(capacity: work.count)
        results.initialize(repeating: [])
        nonisolated(unsafe) let groupings = UnsafeMutableBufferPointer<ClaimBucketGrouping?>.allocate(capacity: work.count)
        groupings.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
            _ = groupings.deinitialize()
            groupings.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: work.count) { position in
            let bucket = work[position].value
            if let kept = reused[position] {
                results[position] = kept.groups.map { group in
                    let members = group.members.map { bucket[Int($0)] }
                    return (ClaimGroup(id: group.id, key: group.key, members: members.map { claims[$0] }), members)
                }
                groupings[position] = kept
                return
            }
            let split = ClaimLedger.groups(ofBucket: bucket, key: work[position].key, claims: claims, places: places!)
            results[position] = split
            if keepsGroupings {
                groupings[position] = ClaimBucketGrouping(signature: signatures[position], groups: split.map { entry in
                    ClaimBucketGrouping.Group(id: entry.group.id, key: entry.group.key,
                                              members: entry.positions.map { Int32(Self.position(of: $0, in: bucket)) })
                })
            }
        }
        var kept: [String: ClaimBucketGrouping] = [:]
        var regrouped = Set<String>()
        if keepsGroupings {
            kept.reserveCapacity(work.count)
            for position in work.indices {
                kept[names[position]] = groupings[position]
                if reused[position] == nil { regrouped.insert(names[position]) }
            }
        }
        bucketGroupings = kept
        regroupedBuckets = regrouped
        var unsorted: [ClaimGroup] = []
        var positions: [[Int]] = []
        unsorted.reserveCapacity(results.reduce(0) { $0 + $1.count })
        positions.reserveCapacity(unsorted.capacity)
        for result in results {
            for entry in result {
                unsorted.append(entry.group)
                positions.append(entry.positions)
            }
        }
        // Sorted by number, not by moving groups about: comparing two numbers copies nothing.
        let order = positions.indices.sorted { left, right in
            positions[left].count != positions[right].count
                ? positions[left].count > positions[right].count : positions[left][0] < positions[right][0]
        }
        self.groups = order.map { unsorted[$0] }
        // By claim position rather than by id: no string is hashed for the millions of claims.
        var groupIndex = [Int32](repeating: -1, count: claims.count)
        for (index, group) in order.enumerated() {
            for member in positions[group] { groupIndex[member] = Int32(index) }
        }
        groupOfClaimPosition = groupIndex
    }

    /// Where `claim` (a position in the corpus) stands in `bucket` (ascending positions, holding it).
    static func position(of claim: Int, in bucket: [Int]) -> Int {
        var low = 0
        var high = bucket.count - 1
        while low < high {
            let middle = (low + high) / 2
            if bucket[middle] < claim { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The groups one bucket (claims sharing a key) splits into by place, event and date, each with
    /// its members' positions in `claims`.
    static func groups(ofBucket bucket: [Int], key: ClaimGroupKey, claims: [LedgerClaim],
                       places: ClaimPlaces) -> [(group: ClaimGroup, positions: [Int])] {
        var groups: [(group: ClaimGroup, positions: [Int])] = []
        for (placeKey, placeMembers) in splitByPlace(bucket, claims: claims, places: places) {
            for (event, members) in splitByEvent(placeMembers, claims: claims) {
                let runs = splitByDate(members, claims: claims).flatMap { splitByMagnitude($0, claims: claims) }
                var groupKey = key
                groupKey.place = placeKey.place
                groupKey.direction = placeKey.direction
                groupKey.event = event
                for (runIndex, run) in runs.enumerated() {
                    let id = runs.count == 1 ? groupKey.text : groupKey.text + "#\(runIndex + 1)"
                    groups.append((ClaimGroup(id: id, key: groupKey, members: run.map { claims[$0] }), run))
                }
            }
        }
        return groups
    }

    /// The group of the claim at `position` in `claims`, if its kind is grouped.
    public func group(ofClaimAt position: Int) -> ClaimGroup? {
        let index = groupOfClaimPosition[position]
        return index < 0 ? nil : groups[Int(index)]
    }

    /// The group a claim belongs to, if its kind is grouped.
    public func group(of claim: LedgerClaim.ID) -> ClaimGroup? {
        claimPositions.position(of: claim, in: claims).flatMap { group(ofClaimAt: $0) }
    }

    /// The group with this id.
    public func group(id: String) -> ClaimGroup? {
        groups.first { $0.id == id }
    }

    /// The groups with more than one claim: the ones where reports can disagree.
    public var sharedGroups: [ClaimGroup] {
        groups.filter { $0.members.count > 1 }
    }

    /// A place with the side of it the claims name ("east" of Aleppo), the unit claims are sorted
    /// into before related places are joined.
    struct PlaceKey: Hashable {
        var place: String?
        var direction: String?
    }

    /// A place by number (-1 for none) with the side of it, as `splitByPlace` sorts claims.
    struct PlaceNumberKey: Hashable {
        var place: Int32
        var direction: String?
    }

    /// Splits a bucket by place. Claims about one place join unless they name different sides of
    /// it (a share of eastern Mosul is not one of western Mosul); a claim that names no side joins
    /// the side when only one is named. Claims about two places join when each place is named in
    /// the other's articles (Sindh and Pakistan in reports on the same floods); Aleppo and Mosul,
    /// never named together, stay apart. The group is known by its commonest place.
    static func splitByPlace(_ bucket: [Int], claims: [LedgerClaim], places: ClaimPlaces) -> [(PlaceKey, [Int])] {
        var byPlace: [PlaceNumberKey: [Int]] = [:]
        var directions: [Int32: Set<String>] = [:]
        for index in bucket {
            let place = places.placeOfClaim[index]
            let direction = claims[index].features?.direction
            if place >= 0, let direction { directions[place, default: []].insert(direction) }
            byPlace[PlaceNumberKey(place: place, direction: direction), default: []].append(index)
        }
        // One side named: the claims that name none are on it.
        for (place, sides) in directions where sides.count == 1 {
            guard let undirected = byPlace.removeValue(forKey: PlaceNumberKey(place: place, direction: nil)) else { continue }
            byPlace[PlaceNumberKey(place: place, direction: sides.first!), default: []].append(contentsOf: undirected)
        }
        let keys = Array(byPlace.keys)
        func named(_ key: PlaceNumberKey) -> PlaceKey { PlaceKey(place: places.name(key.place), direction: key.direction) }
        guard keys.count > 1 else { return keys.map { (named($0), byPlace[$0]!.sorted()) } }
        // For each key, the places its articles name, each with the first two articles naming it:
        // one article whose claims fall under both places (a story on one place that names another
        // in passing) is no evidence that the two places' stories are one.
        // The articles of each key: a place whose claims all come from articles that also have
        // claims about the other place (a region named in one story about its country) joins it.
        var articlesOfKey: [Set<Int32>] = keys.map { key in
            var articles = Set<Int32>()
            for index in byPlace[key]! where places.placeSetOfClaim[index] >= 0 { articles.insert(places.placeSetOfClaim[index]) }
            return articles
        }
        var articlePlaces: [[Int32: ArticlePair]] = keys.map { key in
            var namers: [Int32: ArticlePair] = [:]
            var lastSet: Int32 = -1
            for index in byPlace[key]! where places.placeSetOfClaim[index] != lastSet {
                // Claims of one article share its places: one pass per article.
                lastSet = places.placeSetOfClaim[index]
                guard lastSet >= 0 else { continue }
                for place in places.placeSets[Int(lastSet)] { namers[place, default: ArticlePair()].add(lastSet) }
            }
            return namers
        }
        var parent = Array(keys.indices)
        func root(_ index: Int) -> Int {
            var current = index
            while parent[current] != current {
                parent[current] = parent[parent[current]]
                current = parent[current]
            }
            return current
        }
        var keysOfPlace: [Int32: [Int]] = [:]
        for (position, key) in keys.enumerated() where key.place >= 0 { keysOfPlace[key.place, default: []].append(position) }
        for (position, key) in keys.enumerated() where key.place >= 0 {
            for (other, namers) in articlePlaces[position] where other != key.place {
                for otherPosition in keysOfPlace[other] ?? [] {
                    guard let back = articlePlaces[otherPosition][key.place] else { continue }
                    guard namers.differs(from: back) || articlesOfKey[position].isSubset(of: articlesOfKey[otherPosition])
                            || articlesOfKey[otherPosition].isSubset(of: articlesOfKey[position]) else { continue }
                    // Two sides of one place never join, even through a third.
                    parent[root(otherPosition)] = root(position)
                }
            }
        }
        articlePlaces = []
        articlesOfKey = []
        var components: [Int: [Int]] = [:]
        for position in keys.indices { components[root(position), default: []].append(position) }
        return components.values.map { positions in
            let members = positions.flatMap { byPlace[keys[$0]]! }.sorted()
            var counts: [PlaceKey: Int] = [:]
            for position in positions { counts[named(keys[position]), default: 0] += byPlace[keys[position]]!.count }
            let commonest = counts.max { $0.value != $1.value ? $0.value < $1.value : ($0.key.place ?? "") > ($1.key.place ?? "") }!.key
            return (commonest, members)
        }
    }

    /// Up to two distinct articles (by their place-set number), enough to tell whether two places
    /// are named by different articles.
    struct ArticlePair {
        var first: Int32 = -1
        var second: Int32 = -1

        mutating func add(_ article: Int32) {
            if first < 0 { first = article } else if second < 0, article != first { second = article }
        }

        /// Whether an article of this pair and one of `other` can be two different articles.
        func differs(from other: ArticlePair) -> Bool {
            second >= 0 || other.second >= 0 || first != other.first
        }
    }

    /// Splits claims about one place by event ("evacuated", "killed"); claims whose sentences name
    /// no event are a group of their own, since nothing says they report the same thing.
    static func splitByEvent(_ members: [Int], claims: [LedgerClaim]) -> [(String?, [Int])] {
        var byEvent: [String?: [Int]] = [:]
        for index in members { byEvent[claims[index].features?.event, default: []].append(index) }
        return byEvent.map { ($0.key, $0.value.sorted()) }.sorted { ($0.0 ?? "") < ($1.0 ?? "") }
    }

    /// Splits a bucket where consecutive dates are more than the window apart; claims without a
    /// date join the largest run (they cannot say they are elsewhere in time).
    static func splitByDate(_ members: [Int], claims: [LedgerClaim]) -> [[Int]] {
        var dated: [(Int, Int)] = []
        var undated: [Int] = []
        for index in members {
            if let day = claims[index].features?.date.flatMap(ClaimLedger.dayNumber) { dated.append((index, day)) } else { undated.append(index) }
        }
        guard !dated.isEmpty, dated.count > 1 || dated.count < members.count else { return [members] }
        let sorted = dated.sorted { $0.1 < $1.1 }
        var runs: [[Int]] = [[sorted[0].0]]
        for position in 1..<max(1, sorted.count) where sorted.count > 1 {
            if sorted[position].1 - sorted[position - 1].1 > dateWindowDays {
                runs.append([sorted[position].0])
            } else {
                runs[runs.count - 1].append(sorted[position].0)
            }
        }
        if !undated.isEmpty, let largest = runs.indices.max(by: { runs[$0].count < runs[$1].count }) {
            runs[largest].append(contentsOf: undated)
        }
        return runs.map { $0.sorted() }
    }

    /// Reports of one figure differ, but not by orders of magnitude: values more than this many
    /// times apart count different things ("one bird" signed by the prime minister, "120 million birds" folded).
    public static let magnitudeRatio = 10.0

    /// Splits claims where consecutive values (in the family's base unit) are more than
    /// `magnitudeRatio` apart; claims without a value join the largest run.
    static func splitByMagnitude(_ members: [Int], claims: [LedgerClaim]) -> [[Int]] {
        guard members.count > 1 else { return [members] }
        // A quake's magnitude is a logarithm: 7 and 3.9 are a thousandfold apart, 7 and 6.2 are not.
        if claims[members[0]].features?.family == "measure:magnitude" {
            return splitByMagnitude(members, claims: claims) { pow(10, $0) }
        }
        return splitByMagnitude(members, claims: claims) { $0 }
    }

    static func splitByMagnitude(_ members: [Int], claims: [LedgerClaim], scale: (Double) -> Double) -> [[Int]] {
        // Most groups' values lie close together: nothing to split, nothing to allocate.
        var smallest = Double.infinity
        var largest = 0.0
        for index in members {
            guard let value = claims[index].features?.baseValue.map(scale), value > 0 else { continue }
            smallest = min(smallest, value)
            largest = max(largest, value)
        }
        if largest <= smallest * magnitudeRatio { return [members] }
        var valued: [(Int, Double)] = []
        var unvalued: [Int] = []
        for index in members {
            if let value = claims[index].features?.baseValue.map(scale), value > 0 { valued.append((index, value)) } else { unvalued.append(index) }
        }
        guard valued.count > 1 else { return [members] }
        valued.sort { $0.1 < $1.1 }
        var runs: [[Int]] = [[valued[0].0]]
        for position in 1..<valued.count {
            if valued[position].1 > valued[position - 1].1 * magnitudeRatio {
                runs.append([valued[position].0])
            } else {
                runs[runs.count - 1].append(valued[position].0)
            }
        }
        if !unvalued.isEmpty, let largest = runs.indices.max(by: { runs[$0].count < runs[$1].count }) {
            runs[largest].append(contentsOf: unvalued)
        }
        return runs.map { $0.sorted() }
    }

    /// Days since 1970-01-01 of a "YYYY-MM-DD" date, nil if it is not one.
    static func dayNumber(_ date: String) -> Int? {
        // Read from the UTF-8 bytes (no array made): this runs for every grouped claim of a corpus.
        var year = 0, month = 0, day = 0
        var field = 0
        var digits = 0
        for byte in date.utf8 {
            if byte == UInt8(ascii: "-") {
                guard digits > 0, field < 2 else { return nil }
                field += 1
                digits = 0
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 9 {
                let digit = Int(byte - UInt8(ascii: "0"))
                switch field {
                case 0: year = year * 10 + digit
                case 1: month = month * 10 + digit
                default: day = day * 10 + digit
                }
                digits += 1
            } else {
                return nil
            }
        }
        guard field == 2, digits > 0 else { return nil }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        year -= month <= 2 ? 1 : 0
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
