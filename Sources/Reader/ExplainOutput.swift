import ArgumentParser
import Annotations
import CorpusIndex
import Foundation

/// `reader analyze --explain [--json] PATH...`: per entity, its text, span and type, and the rules
/// (`EntityRule`) that gave it that span and type, in the order they fired, with the word lists
/// each reads. The entities are those `reader analyze` prints, from the same recogniser.
///
/// Capitalised words a rule passed over on purpose (a headline's word, a date's month, a storm's
/// name) follow, typed "-", with their rule. Then the claims of `reader analyze`, each with its kind,
/// value and the rules (`ClaimRule`, stage "claims") that gave it its kind, span and value.
///
/// JSON shape (one array, one object per article):
/// `[{"file": "a.txt", "item": "…"?, "entities": [{"text", "type", "start", "end", "canonical",
///   "rules": [{"id", "stage", "summary", "lists": ["list:titles", …]}]}],
///   "passedOver": [{"text", "start", "end", "rules": [the same]}],
///   "claims": [{"text", "kind", "start", "end", "value"?, "normalized"?, "qualifier"?, "unit"?,
///   "rules": [the same, stage "claims", lists empty]}]}]`.
enum ExplainOutput {
    struct ArticleLine: Encodable {
        var file: String
        var item: String?
        var entities: [ExplainedLine]
        var passedOver: [PassedLine]
        var claims: [ClaimLine]
    }

    struct ClaimLine: Encodable {
        var text: String
        var kind: String
        var start: Int
        var end: Int
        var value: Double?
        var normalized: String?
        var qualifier: String?
        var unit: String?
        var rules: [RuleLine]
    }

    struct PassedLine: Encodable {
        var text: String
        var start: Int
        var end: Int
        var rules: [RuleLine]
    }

    struct ExplainedLine: Encodable {
        var text: String
        var type: String
        var start: Int
        var end: Int
        var canonical: String
        var rules: [RuleLine]
    }

    struct RuleLine: Encodable {
        var id: String
        var stage: String
        var summary: String
        var lists: [String]
    }

    static func run(paths: [String], options: LoadOptions, json: Bool) throws {
        let scan = CorpusScanner.scan(paths: paths.filter { $0 != "-" })
        for problem in scan.problems { printError("reader: \(problem)") }
        var failed = !scan.problems.isEmpty
        let recognizer = EntityRecognizer()
        let claimRecognizer = ClaimRecognizer()
        var articles: [Article] = []
        if paths.contains("-") {
            let piped = ArticleLoader.loadStandardInput(options: options)
            for problem in piped.problems { printError("reader: \(problem)") }
            failed = failed || !piped.problems.isEmpty
            articles = piped.articles
        }
        let named = Set(paths)
        let files = scan.files.filter { named.contains($0.path) || !ArticleLoader.isXMLThatIsNoFeed($0.path) }
        var reported = 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if json { AnalyzeCommand.writeAll(Array("[".utf8)) }
        func report(_ article: Article) throws {
            let explanation = recognizer.explanation(of: article.text)
            let line = ArticleLine(file: article.path, item: article.itemID, entities: explanation.entities.map(explained),
                                   passedOver: explanation.passedOver.map {
                                       PassedLine(text: $0.text, start: $0.start, end: $0.end, rules: $0.rules.map(ruleLine))
                                   },
                                   claims: claimRecognizer.explanation(of: article.text).map(explained))
            if json {
                let encoded = String(decoding: try encoder.encode(line), as: UTF8.self)
                AnalyzeCommand.writeAll(Array(((reported > 0 ? ",\n" : "\n") + TerminalText.escapingControls(inJSON: encoded)).utf8))
            } else {
                if reported > 0 { print("") }
                print(render(line))
            }
            reported += 1
        }
        for article in articles { try report(article) }
        for file in files {
            let contents = ArticleLoader.loadSource(file.path, options: options)
            for problem in contents.problems {
                printError("reader: \(problem)")
                failed = true
            }
            for article in contents.articles { try report(article) }
        }
        if json { AnalyzeCommand.writeAll(Array((reported > 0 ? "\n]\n" : "]\n").utf8)) }
        if reported == 0 || failed { throw ExitCode(1) }
    }

    static func explained(_ explained: ExplainedEntity) -> ExplainedLine {
        let entity = explained.entity
        return ExplainedLine(text: entity.text, type: entity.type.rawValue, start: entity.start, end: entity.end,
                             canonical: entity.canonical, rules: explained.rules.map(ruleLine))
    }

    static func explained(_ explained: ExplainedClaim) -> ClaimLine {
        let claim = explained.claim
        return ClaimLine(text: claim.text, kind: claim.kind.rawValue, start: claim.start, end: claim.end, value: claim.value,
                         normalized: claim.normalized, qualifier: claim.qualifier, unit: claim.unit,
                         rules: explained.rules.map(ruleLine))
    }

    static func ruleLine(_ rule: ClaimRule) -> RuleLine {
        let entry = rule.entry
        return RuleLine(id: entry.id, stage: "claims", summary: entry.summary, lists: [])
    }

    static func ruleLine(_ rule: EntityRule) -> RuleLine {
        let entry = rule.entry
        return RuleLine(id: entry.id, stage: entry.stage.rawValue, summary: entry.summary, lists: entry.lists.map(\.id))
    }

    /// Readable lines: the article, then per entity its type, span and text, and under it one line
    /// per rule: its id, what it does and the lists it reads. Every control character made visible.
    static func render(_ article: ArticleLine) -> String {
        let name = TerminalText.visible(article.file) + (article.item.map { " [" + TerminalText.visible($0) + "]" } ?? "")
        var lines = ["\(name): \(article.entities.count) entities"]
        for entity in article.entities {
            let canonical = entity.canonical == entity.text ? "" : "  → \(TerminalText.visible(entity.canonical))"
            lines.append("  \(AnalysisTable.pad(entity.type, 9))\(AnalysisTable.pad("\(entity.start)-\(entity.end)", 12))"
                         + TerminalText.visible(entity.text) + canonical)
            lines += ruleLines(entity.rules)
        }
        for passed in article.passedOver {
            lines.append("  \(AnalysisTable.pad("-", 9))\(AnalysisTable.pad("\(passed.start)-\(passed.end)", 12))" + TerminalText.visible(passed.text))
            lines += ruleLines(passed.rules)
        }
        lines.append("  \(article.claims.count) claims")
        for claim in article.claims {
            let value = claim.normalized
                ?? claim.value.map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int64($0)) : String($0) } ?? "-"
            lines.append("  \(AnalysisTable.pad(claim.kind, 9))\(AnalysisTable.pad("\(claim.start)-\(claim.end)", 12))"
                         + TerminalText.visible(claim.text) + "  = " + TerminalText.visible(value))
            lines += ruleLines(claim.rules)
        }
        return lines.joined(separator: "\n")
    }

    static func ruleLines(_ rules: [RuleLine]) -> [String] {
        if rules.isEmpty { return ["      (no rule recorded)"] }
        return rules.map { rule in
            let lists = rule.lists.isEmpty ? "" : "  [" + rule.lists.joined(separator: ", ") + "]"
            return "      \(rule.id) (\(rule.stage)): \(rule.summary)\(lists)"
        }
    }
}
