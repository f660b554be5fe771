import Foundation
import Testing
@testable import Annotations
@testable import Recognition

/// The claim rule table's examples test themselves: every rule's invented sentence gives the
/// example's claim (text, kind, value) with the rule's id among the rules recorded on it. A rule
/// whose example does not fire fails here. Explaining changes no claim, and every claim of the
/// eval dev set's explanation has a rule.
@Suite struct ClaimRuleExampleTests {
    static let recognizer = ClaimRecognizer()

    @Test(arguments: ClaimRule.allCases)
    func theExampleFiresTheRule(_ rule: ClaimRule) throws {
        let entry = rule.entry
        let explained = Self.recognizer.explanation(of: entry.example.sentence)
        let shown = explained.map { "\($0.claim.kind.rawValue):\($0.claim.text)=\($0.claim.value.map { "\($0)" } ?? $0.claim.normalized ?? "-") \($0.rules.map(\.id))" }
        let claim = try #require(explained.first { $0.claim.text == entry.example.text },
                                 "\(entry.id): no claim \"\(entry.example.text)\" in \(shown)")
        #expect(claim.claim.kind == entry.example.kind, "\(entry.id): \(shown)")
        if let value = entry.example.value {
            let found = try #require(claim.claim.value, "\(entry.id): no value in \(shown)")
            #expect(abs(found - value) <= abs(value) * 1e-9, "\(entry.id): \(shown)")
        } else {
            #expect(claim.claim.value == nil, "\(entry.id): \(shown)")
        }
        if let normalized = entry.example.normalized { #expect(claim.claim.normalized == normalized, "\(entry.id): \(shown)") }
        #expect(claim.rules.contains(rule), "\(entry.id): \(shown)")
    }

    @Test func idsAreKebabCaseAndUnique() {
        let ids = ClaimRule.allCases.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0 == "-" || ("a"..."z").contains($0) }, "\(id)")
            #expect(!id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--"), "\(id)")
        }
        for rule in ClaimRule.allCases { #expect(ClaimRule(id: rule.id) == rule) }
        #expect(ClaimRule(id: "no-such-rule") == nil)
        // Claim ids and entity ids share `reader analyze --explain`'s output: none is both.
        #expect(Set(ids).isDisjoint(with: EntityRule.allCases.map(\.id)))
    }

    @Test func aTraceKeepsEightRulesInOrder() {
        var trace = ClaimRuleTrace()
        #expect(trace.rules.isEmpty)
        let rules = Array(ClaimRule.allCases.prefix(10))
        for rule in rules { trace.record(rule) }
        #expect(trace.rules == Array(rules.prefix(ClaimRuleTrace.capacity)))
    }

    /// The texts of the seeds folder and the eval dev set, each file one article.
    static func texts(under folder: String) -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = root.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.sorted().compactMap { name in
            guard name.hasSuffix(".txt") || name.hasSuffix(".md") else { return nil }
            return try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
    }

    @Test func explainingChangesNoClaimOnTheSeeds() throws {
        let texts = Self.texts(under: "seeds")
        try #require(!texts.isEmpty, "no seed texts")
        var claims = 0
        for text in texts {
            let plain = Self.recognizer.claims(in: text)
            let explained = Self.recognizer.explanation(of: text)
            #expect(explained.map(\.claim) == plain)
            claims += plain.count
        }
        #expect(claims > 30)
    }

    @Test func everyClaimOfTheDevSetHasARule() throws {
        let texts = Self.texts(under: "eval/dev/texts")
        try #require(texts.count >= 5, "no eval dev texts")
        var claims = 0
        for text in texts {
            for explained in Self.recognizer.explanation(of: text) {
                claims += 1
                #expect(!explained.rules.isEmpty, "no rule for \"\(explained.claim.text)\" (\(explained.claim.kind.rawValue))")
            }
        }
        #expect(claims > 30)
    }
}
