import Annotations
import Foundation
import Testing

/// The ledger against the hand-labelled groups and attributions of eval/ledger/ (the seeds, and
/// five related articles written for the set). Targets: pairwise precision and recall ≥ 0.85,
/// attribution accuracy ≥ 0.85 on the claims that have a source.
@Suite("Claim ledger evaluation")
struct LedgerEvalTests {
    static func ledger(for gold: LedgerEvalScorer.Gold) throws -> ClaimLedger {
        let corpus = ArticleLoader.load(paths: [TestPaths.packageRoot + "/" + gold.texts])
        #expect(corpus.problems.isEmpty)
        let recognizer = Recognizer()
        return ClaimLedger(articles: corpus.articles.map { LedgerArticle(article: $0, analysis: recognizer.analyze($0.text)) })
    }

    struct ScorerCase: Sendable, CustomTestStringConvertible {
        var gold: [[String]]
        var predicted: [[String]]
        var precision: Double
        var recall: Double
        var testDescription: String { "\(gold) vs \(predicted)" }
    }

    static let scorerCases: [ScorerCase] = [
        ScorerCase(gold: [["a", "b", "c"]], predicted: [["a", "b"], ["c"]], precision: 1, recall: 1.0 / 3),
        ScorerCase(gold: [["a", "b"], ["c"]], predicted: [["a", "b", "c"]], precision: 1.0 / 3, recall: 1),
        ScorerCase(gold: [["a", "b"], ["c", "d"]], predicted: [["a", "c"], ["b", "d"]], precision: 0, recall: 0),
    ]

    @Test("Scorer: pairs are counted as labelled", arguments: scorerCases)
    func scorer(_ example: ScorerCase) {
        let score = LedgerEvalScorer.score(gold: example.gold, predicted: example.predicted)
        #expect(abs(score.precision - example.precision) < 1e-9)
        #expect(abs(score.recall - example.recall) < 1e-9)
    }

    @Test("Groups and attributions meet the targets", arguments: ["seeds.json", "related.json", "heldout.json"])
    func meetsTargets(file: String) throws {
        let gold = try LedgerEvalScorer.load(TestPaths.packageRoot + "/eval/ledger/" + file)
        let ledger = try Self.ledger(for: gold)
        let groups = LedgerEvalScorer.scoreGroups(gold, ledger: ledger)
        let attributions = LedgerEvalScorer.scoreAttributions(gold, ledger: ledger)
        print("ledger eval \(file): pairwise precision \(String(format: "%.3f", groups.precision)) "
              + "(\(groups.truePairs)/\(groups.predictedPairs)), recall \(String(format: "%.3f", groups.recall)) "
              + "(\(groups.truePairs)/\(groups.goldPairs)); attribution accuracy \(String(format: "%.3f", attributions.accuracy)) "
              + "(\(attributions.correct)/\(attributions.attributed)), spurious \(attributions.spurious)")
        for line in attributions.wrong { print("  attribution: \(line)") }
        #expect(groups.missing.isEmpty, "gold claims the recogniser no longer finds: \(groups.missing)")
        #expect(groups.precision >= 0.85)
        #expect(groups.recall >= 0.85)
        #expect(attributions.accuracy >= 0.85, "\(attributions.wrong)")
    }
}
