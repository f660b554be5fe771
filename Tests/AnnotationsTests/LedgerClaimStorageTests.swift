@testable import Annotations
import Foundation
import Testing

/// LedgerClaim keeps its fields in one box shared by copies: it must still behave as a value, and
/// a group's agreement, found by a sweep that gathers its members once, must be the largest set of
/// ranges that share a value.
@Suite("Ledger claim storage and agreement")
struct LedgerClaimStorageTests {
    static func claim(_ text: String, start: Int = 0) -> LedgerClaim {
        LedgerClaim(id: .init(path: "a.txt", start: start, end: start + text.unicodeScalars.count), articleTitle: "A",
                    claim: Claim(text: text, kind: .count, value: 8_000, unit: "people", start: start, end: start + 5),
                    sentence: "About \(text) left.", attribution: nil,
                    features: ClaimFeatures(family: "count", subject: "people", subjectWord: "people"))
    }

    @Test func aChangedCopyLeavesTheOriginalAsItWas() {
        let original = Self.claim("8,000 people")
        var copy = original
        #expect(copy == original)
        copy.features?.place = "Aleppo"
        copy.sentence = "Another sentence."
        copy.id.start = 7
        #expect(original.features?.place == nil)
        #expect(original.sentence == "About 8,000 people left.")
        #expect(original.id.start == 0)
        #expect(copy.features?.place == "Aleppo" && copy.id.start == 7)
        #expect(copy != original)
    }

    @Test func equalFieldsInTwoBoxesAreEqualAndHashAlike() {
        let first = Self.claim("8,000 people")
        let second = Self.claim("8,000 people")
        #expect(first == second)
        #expect(Set([first, second]).count == 1)
        #expect(first != Self.claim("8,000 people", start: 3))
    }

    @Test func codableRoundTripKeepsEveryField() throws {
        var claim = Self.claim("8,000 people")
        claim.attribution = ClaimAttribution(source: "Lavrov", phrase: "Lavrov", cue: "said", entityType: .person,
                                             place: .sameSentence, start: 20, end: 26)
        let data = try JSONEncoder().encode(claim)
        #expect(try JSONDecoder().decode(LedgerClaim.self, from: data) == claim)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["id", "articleTitle", "claim", "sentence", "attribution", "features"])
    }

    /// Against trying every range end as the common value: the sweep finds as many members, and
    /// they all overlap.
    @Test func largestAgreementIsTheLargestOverlappingSet() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let count = Int.random(in: 0...40, using: &generator)
            let ranges: [ClaimValueRange?] = (0..<count).map { _ in
                if Int.random(in: 0..<8, using: &generator) == 0 { return nil }
                let lower = Double(Int.random(in: 0...50, using: &generator))
                let upper = Int.random(in: 0..<6, using: &generator) == 0 ? Double.infinity : lower + Double(Int.random(in: 0...20, using: &generator))
                return ClaimValueRange(lower: lower, upper: upper)
            }
            let found = ClaimGroup.largestAgreement(of: ranges)
            let points = ranges.compactMap { $0?.lower }
            let best = points.map { point in ranges.filter { $0.map { $0.lower <= point && point <= $0.upper } ?? false }.count }.max() ?? 0
            #expect(found.count == best)
            #expect(found == found.sorted())
            for first in found { for second in found { #expect(ranges[first]!.isCompatible(with: ranges[second]!)) } }
        }
    }

    @Test func aLargeAgreeingGroupKeepsEveryMember() {
        let ranges: [ClaimValueRange?] = (0..<20_000).map { ClaimValueRange(lower: Double($0 % 7), upper: 100) }
        #expect(ClaimGroup.largestAgreement(of: ranges).count == 20_000)
    }
}
