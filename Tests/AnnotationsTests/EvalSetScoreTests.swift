import Foundation
import Testing

/// Regression guards on the labelled news sets in eval/ (see eval/README.md): floors a little
/// under the scores measured when they were set, so a change that loses accuracy on any set fails.
/// These are guards, not the targets: the targets are about text nobody has tuned on.
@Suite("Recognition scores on the labelled eval sets")
struct EvalSetScoreTests {
    /// Per set: entity strict F1, claim detection F1, claim strict F1, claim value accuracy.
    static let floors: [String: [String: Double]] = [
        "dev": ["entity_strict_f1": 0.98, "claim_detect_f1": 0.97, "claim_strict_f1": 0.95, "claim_value_accuracy": 0.97],
        "heldout": ["entity_strict_f1": 0.93, "claim_detect_f1": 0.95, "claim_strict_f1": 0.87, "claim_value_accuracy": 0.90],
        "heldout2": ["entity_strict_f1": 0.92, "claim_detect_f1": 0.93, "claim_strict_f1": 0.94, "claim_value_accuracy": 0.95],
        "heldout3": ["entity_strict_f1": 0.93, "claim_detect_f1": 0.95, "claim_strict_f1": 0.95, "claim_value_accuracy": 0.97],
        "heldout4": ["entity_strict_f1": 0.94, "claim_detect_f1": 0.95, "claim_strict_f1": 0.95, "claim_value_accuracy": 0.97],
        "heldout5": ["entity_strict_f1": 0.87, "claim_detect_f1": 0.96, "claim_strict_f1": 0.94, "claim_value_accuracy": 0.97],
        "heldout6": ["entity_strict_f1": 0.95, "claim_detect_f1": 0.96, "claim_strict_f1": 0.945, "claim_value_accuracy": 0.98],
        "heldout7": ["entity_strict_f1": 0.90, "claim_detect_f1": 0.95, "claim_strict_f1": 0.93, "claim_value_accuracy": 0.99],
        "heldout8": ["entity_strict_f1": 0.845, "claim_detect_f1": 0.93, "claim_strict_f1": 0.9, "claim_value_accuracy": 0.98],
        "heldout9": ["entity_strict_f1": 0.86, "claim_detect_f1": 0.95, "claim_strict_f1": 0.93, "claim_value_accuracy": 0.98],
        "heldout10": ["entity_strict_f1": 0.84, "claim_detect_f1": 0.95, "claim_strict_f1": 0.91, "claim_value_accuracy": 0.98],
        "heldout11": ["entity_strict_f1": 0.91, "claim_detect_f1": 0.97, "claim_strict_f1": 0.91, "claim_value_accuracy": 0.97],
    ]

    @Test(arguments: ["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11"])
    func scoresStayAboveTheFloors(set: String) throws {
        let folder = TestPaths.packageRoot + "/eval/" + set
        let scores = try EvalScorer.scores(texts: folder + "/texts", gold: folder + "/gold")
        for (metric, floor) in EvalSetScoreTests.floors[set] ?? [:] {
            let score = try #require(scores[metric], "\(metric) missing")
            #expect(score >= floor, "\(set): \(metric) = \(score), floor \(floor)")
        }
    }
}
