import Foundation
import Testing
@testable import Annotations

/// A regression guard: the claim scores on the hand-labelled seeds, by the project's own scorer.
@Suite("Claim scores on the labelled seeds")
struct ClaimScoreTests {
    /// Floors a little under the measured scores (all 1.000 when set), so a regression fails.
    static let floors: [String: Double] = [
        "claim_detect_f1": 0.95, "claim_strict_f1": 0.90, "claim_kind_f1": 0.95, "claim_value_accuracy": 0.95,
    ]

    @Test func seedsScoreAboveFloors() throws {
        let scores = try EvalScorer.scores(texts: TestPaths.seeds, gold: TestPaths.shared + "/eval/gold")
        for (metric, floor) in Self.floors {
            let score = try #require(scores[metric], "\(metric) missing")
            #expect(score >= floor, "\(metric) = \(score), floor \(floor)")
        }
    }
}
