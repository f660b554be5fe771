import Testing
@testable import Annotations
@testable import Recognition

/// The entity rule table's examples test themselves: every rule's invented sentence, read as an
/// article's body (after a one-word headline line), gives the example's span and type with the
/// rule's id among the rules recorded on it. A rule whose example does not fire fails here.
@Suite struct EntityRuleExampleTests {
    static let recognizer = EntityRecognizer(modelSwitch: .on)

    /// The explanation of the example's sentence, read as an article's body after a one-word headline.
    static func explanation(_ sentence: String) -> EntityExplanation {
        recognizer.explanation(of: "Report\n\n" + sentence)
    }

    @Test(arguments: EntityRule.allCases)
    func theExampleFiresTheRule(_ rule: EntityRule) throws {
        let entry = rule.entry
        let explanation = Self.explanation(entry.example.sentence)
        // "TYPE:text [rule ids]" of every entity and passed-over span, for failure messages.
        let shown = explanation.entities.map { "\($0.entity.type.rawValue):\($0.entity.text) \($0.rules.map(\.id))" }
            + explanation.passedOver.map { "-:\($0.text) \($0.rules.map(\.id))" }
        if let type = entry.example.type {
            let mention = try #require(explanation.entities.first { $0.entity.text == entry.example.span && $0.entity.start > 6 },
                                       "\(entry.id): no entity \"\(entry.example.span)\" in \(shown)")
            #expect(mention.entity.type == type, "\(entry.id): \(shown)")
            #expect(mention.rules.contains(rule), "\(entry.id): \(shown)")
        } else {
            // A rule that passes words over or drops them: the span is passed over by it, and no entity covers it.
            let passed = try #require(explanation.passedOver.first { $0.text == entry.example.span && $0.start > 6 && $0.rules.contains(rule) },
                                      "\(entry.id): \"\(entry.example.span)\" not passed over in \(shown)")
            #expect(!explanation.entities.contains { $0.entity.start < passed.end && passed.start < $0.entity.end }, "\(entry.id): \(shown)")
        }
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
