import Annotations
import Testing

/// Who a sentence attributes a claim to, pattern by pattern.
@Suite("Claim attribution")
struct AttributionTests {
    static func source(of claimText: String, in body: String) -> ClaimAttribution? {
        let text = "Title\n\n" + body + "\n"
        let ledger = ClaimLedger(articles: [LedgerArticle(article: Article(path: "a.txt", text: text), analysis: Recognizer().analyze(text))])
        return ledger.claims.first { $0.claim.text == claimText }?.attribution
    }

    @Test("Patterns", arguments: [
        ("Some 4,000 people fled, according to the United Nations.", "Some 4,000 people", "United Nations", "according to"),
        ("The Red Cross said about 300 families were stranded.", "about 300 families", "Red Cross", "said"),
        ("\"We counted 120 trucks,\" said Defence Minister Sergei Shoigu.", "120 trucks", "Sergei Shoigu", "said"),
        ("The Turkish foreign minister, Mevlut Cavusoglu, said 7,000 civilians had left.", "7,000 civilians", "Mevlut Cavusoglu", "said"),
        ("The Iraqi migration ministry earlier said 12,000 people fled.", "12,000 people", "Iraqi migration ministry", "said"),
        ("Zakaria Malahifji, an official in the rebel group told Reuters that about 50 buses were used.", "about 50 buses", "Zakaria Malahifji", "told"),
        ("A state inquiry, the Harlow Commission, listed 1,200 complaints.", "1,200 complaints", "Harlow Commission", "listed"),
        ("Northwind chief executive Mara Quint, speaking to reporters, promised 400 new jobs.", "400 new jobs", "Mara Quint", "promised"),
    ] as [(String, String, String, String)])
    func pattern(body: String, claim: String, source: String, cue: String) throws {
        let found = try #require(Self.source(of: claim, in: body))
        #expect(found.source == source)
        #expect(found.cue == cue)
    }

    @Test func aQuotationTakesTheSpeakerOfTheNextSentence() throws {
        let found = try #require(Self.source(of: "200 wounded", in: "\"There are 200 wounded in the basement.\" The hospital director, Ahmad Khalil, said the lights were out."))
        #expect(found.source == "Ahmad Khalil")
        #expect(found.place == .nextSentence)
    }

    @Test func aFirstPersonSentenceSpeaksForTheSourceBefore() throws {
        let body = "Mevlut Cavusoglu said on Twitter that the convoys had left. We have evacuated more than 7000 civilians."
        let found = try #require(Self.source(of: "more than 7000 civilians", in: body))
        #expect(found.source == "Mevlut Cavusoglu")
        #expect(found.place == .previousSentence)
    }

    @Test func heIsTheLastPersonNamed() throws {
        let body = "Jan Egeland visited the camp. He said 500 children needed help."
        #expect(Self.source(of: "500 children", in: body)?.source == "Jan Egeland")
    }

    @Test func theAuthorityIsTheBodyNamedBefore() throws {
        let body = "The National Disaster Management Authority issued a warning. More than 33 million people have been affected, the authority said."
        #expect(Self.source(of: "More than 33 million people", in: body)?.source == "National Disaster Management Authority")
    }

    @Test func itIsTheOrganisationNamedBefore() throws {
        let body = "The Red Cross visited the camp on Monday. It estimated that 300 families had no shelter."
        #expect(Self.source(of: "300 families", in: body)?.source == "Red Cross")
    }

    @Test func anEstimatePutAtAFigure() throws {
        let found = try #require(Self.source(of: "$2 billion", in: "The Red Cross put the cost of the damage at $2 billion."))
        #expect(found.source == "Red Cross")
        #expect(found.cue == "put")
    }

    @Test func accordingToItsReport() throws {
        let found = try #require(Self.source(of: "5,000 people", in: "Harbor Foods employs 5,000 people, according to its annual report."))
        #expect(found.source.contains("annual report"))
    }

    @Test func aSpeakerInsideARelativeClauseSpeaksOnlyForIt() {
        let body = "Police arrested 40 people at the rally, which organisers said was peaceful."
        #expect(Self.source(of: "40 people", in: body) == nil)
    }

    @Test func anApostropheIsNoQuotation() {
        let body = "The merger, approved by both companies' boards, creates a chain of 900 stores. \"This is a good day,\" said Mara Quint."
        #expect(Self.source(of: "900 stores", in: body) == nil)
    }

    @Test func aSentenceWithoutACueHasNoSource() {
        #expect(Self.source(of: "about 85 percent", in: "Government troops have captured about 85 percent of the city.") == nil)
        #expect(Self.source(of: "two villages", in: "It added that two villages were cut off.") == nil, "a bare pronoun names no one")
    }
}
