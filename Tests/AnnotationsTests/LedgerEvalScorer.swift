import Annotations
import Foundation

/// Scores the claim ledger against a hand-labelled file of eval/ledger/: pairwise precision and
/// recall of the groups, and the accuracy of attributions on the claims that have one.
struct LedgerEvalScorer {
    struct GoldClaim: Codable, Hashable {
        var file: String
        var start: Int
        var text: String
    }
    struct GoldGroup: Codable {
        var label: String
        var claims: [GoldClaim]
    }
    struct GoldAttribution: Codable {
        var file: String
        var start: Int
        var text: String
        /// Acceptable names of the source; empty when the claim is attributed to no one.
        var sources: [String]
    }
    struct Gold: Codable {
        var texts: String
        var groups: [GoldGroup]
        var attributions: [GoldAttribution]
    }

    struct GroupScore {
        var precision: Double
        var recall: Double
        var truePairs: Int
        var predictedPairs: Int
        var goldPairs: Int
        /// Gold claims the recogniser did not find (they make no pairs).
        var missing: [GoldClaim]
    }

    struct AttributionScore {
        var correct: Int
        var attributed: Int
        /// Claims with no source in the gold that were given one.
        var spurious: Int
        var wrong: [String]
        var accuracy: Double { attributed == 0 ? 0 : Double(correct) / Double(attributed) }
    }

    static func load(_ path: String) throws -> Gold {
        try JSONDecoder().decode(Gold.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The claim's key as the gold writes it: file name and start offset.
    static func key(_ id: LedgerClaim.ID) -> String {
        "\((id.path as NSString).lastPathComponent)@\(id.start)"
    }

    static func pairs<S: Sequence>(of groups: S) -> Set<[String]> where S.Element == [String] {
        var result = Set<[String]>()
        for group in groups {
            let members = group.sorted()
            for first in members.indices {
                for second in members.indices where second > first { result.insert([members[first], members[second]]) }
            }
        }
        return result
    }

    static func scoreGroups(_ gold: Gold, ledger: ClaimLedger) -> GroupScore {
        let found = Set(ledger.claims.map { key($0.id) })
        var missing: [GoldClaim] = []
        var labelled = Set<String>()
        var goldGroups: [[String]] = []
        for group in gold.groups {
            var members: [String] = []
            for claim in group.claims {
                let claimKey = "\(claim.file)@\(claim.start)"
                if found.contains(claimKey) { members.append(claimKey); labelled.insert(claimKey) } else { missing.append(claim) }
            }
            goldGroups.append(members)
        }
        let predictedGroups = ledger.groups.map { $0.members.map { key($0.id) }.filter(labelled.contains) }
        return score(gold: goldGroups, predicted: predictedGroups, missing: missing)
    }

    static func score(gold: [[String]], predicted: [[String]], missing: [GoldClaim] = []) -> GroupScore {
        let goldPairs = pairs(of: gold)
        let predictedPairs = pairs(of: predicted)
        let truePairs = goldPairs.intersection(predictedPairs).count
        return GroupScore(precision: predictedPairs.isEmpty ? 1 : Double(truePairs) / Double(predictedPairs.count),
                          recall: goldPairs.isEmpty ? 1 : Double(truePairs) / Double(goldPairs.count),
                          truePairs: truePairs, predictedPairs: predictedPairs.count, goldPairs: goldPairs.count,
                          missing: missing)
    }

    static func normalized(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    }

    static func scoreAttributions(_ gold: Gold, ledger: ClaimLedger) -> AttributionScore {
        var byKey: [String: LedgerClaim] = [:]
        for claim in ledger.claims { byKey[key(claim.id)] = claim }
        var score = AttributionScore(correct: 0, attributed: 0, spurious: 0, wrong: [])
        for item in gold.attributions {
            let predicted = byKey["\(item.file)@\(item.start)"]?.attribution?.source
            if item.sources.isEmpty {
                if predicted != nil { score.spurious += 1 }
                continue
            }
            score.attributed += 1
            if let predicted, item.sources.contains(where: { normalized(predicted).contains(normalized($0)) }) {
                score.correct += 1
            } else {
                score.wrong.append("\(item.file)@\(item.start) \"\(item.text)\": expected \(item.sources[0]), got \(predicted ?? "none")")
            }
        }
        return score
    }
}
