@testable import Annotations
import Foundation
import Testing

/// Grouping, value compatibility and the model the ledger panel reads.
@Suite("Claim ledger")
struct ClaimLedgerTests {
    static func ledger(_ texts: [(String, String)], published: [String?]? = nil) -> ClaimLedger {
        let recognizer = Recognizer()
        return ClaimLedger(articles: texts.enumerated().map { index, item in
            let article = Article(path: item.0, text: item.1)
            return LedgerArticle(article: article, analysis: recognizer.analyze(item.1), published: published?[index])
        })
    }

    static func seedLedger() -> ClaimLedger {
        let corpus = ArticleLoader.load(paths: [TestPaths.seeds])
        let recognizer = Recognizer()
        return ClaimLedger(articles: corpus.articles.map { LedgerArticle(article: $0, analysis: recognizer.analyze($0.text)) })
    }

    static func group(in ledger: ClaimLedger, containing text: String) -> ClaimGroup? {
        ledger.claims.first { $0.claim.text == text }.flatMap { ledger.group(of: $0.id) }
    }

    @Test func seedEvacuationFiguresFormOneGroupWithTheirSources() throws {
        let ledger = Self.seedLedger()
        let group = try #require(Self.group(in: ledger, containing: "8,000 evacuees"))
        let sources = Dictionary(group.members.map { ($0.claim.text, $0.attribution?.source ?? "-") }, uniquingKeysWith: { first, _ in first })
        #expect(sources["8,000 evacuees"] == "Sergei Lavrov")
        #expect(sources["more than 6,400 people"] == "Russia’s defence ministry")
        #expect(sources["nearer 8,000"] == "Turkey")
        #expect(sources["more than 7,000 civilians"] == "Mevlut Cavusoglu")
        #expect(sources["up to 80,000 Syrian refugees"] == "Mehmet Simsek")
        #expect(sources["about 50,000"] == "Igor Konashenkov")
        #expect(group.members.filter { $0.claim.text == "More than 20,000 civilians" }.count == 2)
        #expect(group.members.count == 9)
        #expect(group.label == "civilians evacuated from eastern Aleppo")
        #expect(ledger.groups.first?.id == group.id, "the largest group comes first")
        // Claims of other events stay out: the war's toll, the civilians killed.
        let texts = Set(group.members.map(\.claim.text))
        #expect(!texts.contains("more than 300,000 people"))
        #expect(!texts.contains("at least 82 civilians"))
        #expect(!texts.contains("over 1,200 rebels"))
    }

    @Test func kilometresAndMilesJoinAsOneMeasure() throws {
        let ledger = Self.seedLedger()
        let group = try #require(Self.group(in: ledger, containing: "five kilometers"))
        #expect(group.members.map(\.claim.text) == ["five kilometers", "three miles"])
        #expect(group.key.family == "measure:length")
        #expect(group.isConsistent, "three miles is five kilometres rounded")
        #expect(group.reasons.contains { $0.contains("kilometers, miles") })
    }

    @Test func sharesOfDifferentThingsStayApart() throws {
        let ledger = Self.ledger([
            ("a.txt", "Hospitals in Aleppo\n\nAbout 85 percent of hospitals in Aleppo have been damaged, the World Health Organization said. Aleppo is under siege.\n"),
            ("b.txt", "Aleppo falls\n\nSyrian authorities control 93 per cent of the city today, the ministry said. Aleppo is quiet.\n"),
        ])
        let hospitals = try #require(Self.group(in: ledger, containing: "About 85 percent"))
        let city = try #require(Self.group(in: ledger, containing: "93 per cent"))
        #expect(hospitals.id != city.id)
        #expect(hospitals.key.subject == "hospitals")
        #expect(city.key.subject == "territory")
    }

    @Test func qualifiersDecideWhichValuesAgree() {
        let moreThan6400 = ClaimValueRange(value: 6400, bound: .lower)!
        let nearer8000 = ClaimValueRange(value: 8000, bound: .approximate)!
        let exact8000 = ClaimValueRange(value: 8000, bound: nil)!
        let moreThan20000 = ClaimValueRange(value: 20000, bound: .lower)!
        let exact20000 = ClaimValueRange(value: 20000, bound: nil)!
        let upTo80000 = ClaimValueRange(value: 80000, bound: .upper)!
        #expect(moreThan6400.isCompatible(with: nearer8000))
        #expect(!exact8000.isCompatible(with: exact20000))
        #expect(!exact8000.isCompatible(with: moreThan20000))
        #expect(moreThan20000.isCompatible(with: upTo80000))
        #expect(ClaimValueRange.roundingMargin(of: 8000) == 500)
        #expect(ClaimValueRange.roundingMargin(of: 6400) == 50)
        #expect(ClaimValueRange.roundingMargin(of: 3) == 0.5)
    }

    @Test func theLargestAgreementAndItsDissenters() throws {
        let group = try #require(Self.group(in: Self.seedLedger(), containing: "8,000 evacuees"))
        let agreeing = Set(group.largestAgreement.map { group.members[$0].claim.text })
        #expect(agreeing.contains("More than 20,000 civilians"))
        #expect(!agreeing.contains("8,000 evacuees"))
        #expect(!group.isConsistent)
        let lavrov = try #require(group.members.firstIndex { $0.claim.text == "8,000 evacuees" })
        let turkey = try #require(group.members.firstIndex { $0.claim.text == "nearer 8,000" })
        let russia = try #require(group.members.firstIndex { $0.claim.text == "more than 6,400 people" })
        let ministry = try #require(group.members.firstIndex { $0.claim.text == "More than 20,000 civilians" })
        #expect(group.areCompatible(russia, turkey))
        #expect(group.areCompatible(lavrov, turkey))
        #expect(!group.areCompatible(lavrov, ministry))
        let span = try #require(group.valueSpan)
        #expect(span.minimum == 6400 && span.maximum == 80000)
    }

    static let evacuation = "Exodus\n\nMore than 5,000 civilians left eastern Aleppo on Friday, the ministry said.\n"

    @Test func datesFarApartSplitAGroup() {
        let near = Self.ledger([("a.txt", Self.evacuation), ("b.txt", Self.evacuation)], published: ["2016-12-15", "2016-12-17"])
        #expect(near.sharedGroups.count == 1)
        let far = Self.ledger([("a.txt", Self.evacuation), ("b.txt", Self.evacuation)], published: ["2016-12-15", "2017-03-01"])
        #expect(far.sharedGroups.isEmpty)
        #expect(far.groups.count == 2)
        #expect(Set(far.groups.map(\.id)).count == 2, "ids stay unique")
    }

    @Test func placesNeverNamedTogetherStayApart() {
        let mosul = "Exodus\n\nMore than 5,000 civilians left western Mosul on Friday, the ministry said. Mosul is empty.\n"
        let ledger = Self.ledger([("a.txt", Self.evacuation), ("b.txt", mosul)])
        #expect(ledger.sharedGroups.isEmpty)
        let both = "Exodus\n\nMore than 6,000 civilians left Mosul, and more fled Aleppo, the ministry said. Aleppo and Mosul are empty.\n"
        let joined = Self.ledger([("a.txt", Self.evacuation + "Mosul is next.\n"), ("b.txt", both)])
        #expect(joined.sharedGroups.count == 1, "each place is named in the other's article")
    }

    @Test func aGroupIsExplainedByItsReasons() throws {
        let group = try #require(Self.group(in: Self.seedLedger(), containing: "8,000 evacuees"))
        #expect(group.reasons.contains("all are counts"))
        #expect(group.reasons.contains { $0.hasPrefix("what is counted: people (") && $0.contains("civilians ×4") })
        #expect(group.reasons.contains { $0.hasPrefix("event: displacement") })
        #expect(group.reasons.contains { $0.hasPrefix("place: Aleppo") })
        #expect(group.reasons.contains { $0.contains("the claim before") && $0.contains("more than 6,400 people") })
    }

    @Test func theLedgerIsDeterministic() {
        let first = Self.seedLedger()
        let second = Self.seedLedger()
        #expect(first.groups == second.groups)
        #expect(first.claims == second.claims)
    }

    @Test func thePlainTextViewShowsValuesSourcesAndAgreement() throws {
        let text = LedgerTextRenderer().renderGroups(Self.seedLedger())
        #expect(text.hasPrefix("1. civilians evacuated from eastern Aleppo  (9 claims)\n   values: 6,400–80,000, spread ×12.50\n"))
        #expect(text.contains("   ≠ 8,000 evacuees  — Sergei Lavrov (said)  · "))
        #expect(text.contains("   = more than 6,400 people  — Russia’s defence ministry (said)  · "))
        #expect(text.contains("distance travelling from Aleppo  (2 claims)"))
    }
}

/// The rows a ledger panel lists for a group.
@Suite("Claim ledger rows")
struct LedgerRowTests {
    @Test func rowsCarrySourceArticleAgreementAndVerdict() throws {
        let ledger = ClaimLedgerTests.seedLedger()
        let group = try #require(ClaimLedgerTests.group(in: ledger, containing: "8,000 evacuees"))
        let lavrov = try #require(group.members.first { $0.claim.text == "8,000 evacuees" })
        var annotation = Annotation(created: "2026", modified: "2026", target: AnnotationTarget(
            quote: TextQuoteSelector(exact: "8,000 evacuees", prefix: "", suffix: ""),
            position: TextPositionSelector(start: lavrov.id.start, end: lavrov.id.end)))
        annotation.verdict = ClaimVerdict(status: .disputed, date: "2026-01-01T00:00:00.000Z")
        var verdicts = LedgerVerdicts()
        verdicts.add([AnchoredAnnotation(annotation: annotation, state: .anchored, range: lavrov.id.start..<lavrov.id.end)],
                     articlePath: lavrov.id.path)
        let rows = group.rows(verdicts: verdicts)
        #expect(rows.count == 9)
        let first = rows[0]
        #expect(first.text == "8,000 evacuees")
        #expect(first.source == "Sergei Lavrov" && first.cue == "said")
        #expect(first.articleTitle == "Aleppo hospital hit by Assad regime airstrikes")
        #expect(first.agrees == false)
        #expect(first.verdict?.status == .disputed)
        #expect(rows.filter { $0.agrees == true }.count == 7)
        #expect(rows.dropFirst().allSatisfy { $0.verdict == nil })
        let single = try #require(ClaimLedgerTests.group(in: ledger, containing: "two villages"))
        #expect(single.rows().first?.agrees == nil, "nothing to compare a lone claim with")
    }

    @Test("Dates are read as day numbers, and anything else is not a date",
          arguments: [("1970-01-01", 0), ("2016-12-15", 17150), ("2000-02-29", 11016), ("1969-12-31", -1),
                      ("2016-13-01", nil), ("2016-12", nil), ("2016-12-1x", nil), ("", nil), ("2016--12-15", nil)] as [(String, Int?)])
    func dayNumbers(date: String, expected: Int?) {
        #expect(ClaimLedger.dayNumber(date) == expected)
    }
}
