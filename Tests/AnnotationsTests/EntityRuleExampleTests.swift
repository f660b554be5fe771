import Testing
@testable import Annotations

/// The entity rule table's examples test themselves: every rule's invented sentence, read as an
/// article's body (after a one-word headline line), gives the example's span and type with the
/// rule's id among the rules recorded on it. A rule whose example does not fire fails here.
@Suite struct EntityRuleExampleTests {
    static let recognizer = EntityRecognizer(modelSwitch: .on)

    /// "TYPE:text [rule ids]" of every entity of the example's sentence, for failure messages.
    static func explained(_ sentence: String) -> [ExplainedEntity] {
        let text = "Report\n\n" + sentence
        return recognizer.explainedEntities(in: text).filter { $0.entity.start > 6 }
    }

    @Test(arguments: EntityRule.allCases)
    func theExampleFiresTheRule(_ rule: EntityRule) throws {
        let entry = rule.entry
        let found = Self.explained(entry.example.sentence)
        let shown = found.map { "\($0.entity.type.rawValue):\($0.entity.text) \($0.rules.map(\.id))" }
        let mention = try #require(found.first { $0.entity.text == entry.example.span },
                                   "\(entry.id): no entity \"\(entry.example.span)\" in \(shown)")
        #expect(mention.entity.type == entry.example.type, "\(entry.id): \(shown)")
        #expect(mention.rules.contains(rule), "\(entry.id): \(shown)")
    }

    @Test func idsAreKebabCaseAndUnique() {
        let ids = EntityRule.allCases.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0 == "-" || ("a"..."z").contains($0) }, "\(id)")
            #expect(!id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--"), "\(id)")
        }
        for rule in EntityRule.allCases { #expect(EntityRule(id: rule.id) == rule) }
        #expect(EntityRule(id: "no-such-rule") == nil)
    }

    @Test func aTraceKeepsEightRulesInOrder() {
        var trace = EntityRuleTrace()
        #expect(trace.rules.isEmpty)
        let rules = Array(EntityRule.allCases.prefix(10))
        for rule in rules { trace.record(rule) }
        #expect(trace.rules == Array(rules.prefix(EntityRuleTrace.capacity)))
        // The first rule (raw value 0) is stored as 1: it is no empty slot.
        #expect(EntityRuleTrace(rules[0]).rules == [rules[0]])
        #expect(EntityRuleTrace(rules[0]).adding(rules[3]).rules == [rules[0], rules[3]])
    }
}
