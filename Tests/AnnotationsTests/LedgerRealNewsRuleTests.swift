@testable import Annotations
import Testing

/// Rules read off real news (the blind ledger sets' misses), each on invented sentences: sources
/// named beside an acronym, in a relative clause, before a participle, as data or media; sentences
/// that end after a decimal or without a space; a change of a sum apart from the sum; places joined
/// only on more than one article's word.
@Suite("Claim ledger rules from real news")
struct LedgerRealNewsRuleTests {
    static func source(of claim: String, in body: String) -> ClaimAttribution? {
        AttributionTests.source(of: claim, in: body)
    }

    static func claimFound(_ claim: String, in body: String) -> Bool {
        let text = "Title\n\n" + body + "\n"
        return Recognizer().analyze(text).claims.contains { $0.text == claim }
    }

    @Test func theNameBeforeAnAcronymInBracketsIsTheSource() throws {
        let body = "The death toll has climbed to 42, the National Flood Relief Council (NFRC) said on Thursday."
        let found = try #require(Self.source(of: "42", in: body))
        #expect(found.source.contains("National Flood Relief Council") || found.source == "NFRC")
        let lowercase = "The department of rural works and housing (DRWH) confirmed that 300 bridges were damaged."
        #expect(Self.source(of: "300 bridges", in: lowercase)?.source == "DRWH")
    }

    @Test func aRelativeClauseSpeaksForTheNameBeforeItsComma() {
        let body = "Norvale Mining, which last month reported a 12% drop in output, is cutting 300 jobs."
        #expect(Self.source(of: "12%", in: body)?.source == "Norvale Mining")
        #expect(Self.source(of: "300 jobs", in: body) == nil, "the main clause after the relative one is not reported")
    }

    @Test func aParticipleAfterASpeechVerbSpeaksForItsSource() {
        let body = "As of Monday, 29 towns were flooded, the council noted, adding that $2 million had been released."
        #expect(Self.source(of: "$2 million", in: body)?.source == "council")
    }

    @Test func aPoliticianIsASource() {
        let body = "More than 300 people have been killed in a landslide, a politician has said."
        #expect(Self.source(of: "More than 300 people", in: body)?.source == "politician")
    }

    @Test func estimatesThatIsAVerb() {
        let body = "The Disaster Office estimates that 80 percent of homes were damaged."
        #expect(Self.source(of: "80 percent", in: body)?.source == "Disaster Office")
    }

    @Test func dataAndMediaAreSources() {
        #expect(Self.source(of: "56%", in: "In the capital, government data show 56% of users live downtown.")?.source == "government data")
        #expect(Self.source(of: "2,400 people", in: "In all, 2,400 people were injured, state television reported.")?.source == "state television")
        let count = "According to the most recent NDRRMC count, almost 930,000 families were affected."
        #expect(Self.source(of: "almost 930,000 families", in: count)?.source.contains("NDRRMC") == true)
        #expect(Self.source(of: "6.2", in: "The US Geological Survey is putting the tremor at 6.2 on Friday.")?.source == "US Geological Survey")
    }

    @Test func aParticipleAfterItsSubjectReportsOnlyWhatFollows() {
        let body = "The official toll stands at eight, but some aid agencies are reporting as many as 45 deaths."
        #expect(Self.source(of: "as many as 45 deaths", in: body)?.source == "aid agencies")
        #expect(Self.source(of: "eight", in: body) == nil)
    }

    @Test func anAgeBeforeTheSpeakerIsPassedOverAndIsNotTheSpeakersClaim() {
        let body = "\"We lost 12 goats,\" said 72-year-old Omar Haddad."
        #expect(Self.source(of: "12 goats", in: body)?.source == "Omar Haddad")
        #expect(Self.source(of: "72-year-old", in: body) == nil)
    }

    @Test func aCapitalisedWordOpeningTheSentenceIsNoSource() {
        #expect(Self.source(of: "about 100 people", in: "Early estimates put the toll at about 100 people.") == nil)
        let body = "From reports gathered on the ground, the landslide buried more than 300 people, Governor Amos Kele said."
        #expect(Self.source(of: "more than 300 people", in: body)?.source == "Amos Kele")
    }

    @Test func aSentenceEndsAfterADecimalNumber() {
        let body = "A shallow quake of magnitude 3.9 occurred in Canterbury at 11.07pm. GeoNet says the tremor was shallow."
        #expect(Self.source(of: "magnitude 3.9", in: body) == nil)
        let second = "The survey measured the tremor at 6.2. The centre was 60km offshore, GeoNet said."
        #expect(Self.source(of: "6.2", in: second) == nil)
    }

    @Test func aSentenceEndsAtAStopWithoutASpace() {
        let body = "Fares rose from 1,250 won to 1,400 won early in the month.The city government said fares would rise again."
        #expect(Self.source(of: "1,250 won", in: body) == nil)
        let text = LedgerText(scalars: Array("It rose in the month.The city said so. The U.S.A is big. See example.com now.".unicodeScalars))
        #expect(text.sentenceRanges.count == 4)
    }

    @Test func aChangeOfASumGroupsApartFromTheSum() {
        let ledger = LedgerGroupingRuleTests.ledger([
            ("a.txt", "Seoul fares\n\nSubway fares in Seoul will increase by 150 won to 1,550 won, the city said. Seoul agreed.\n"),
            ("b.txt", "Seoul fare rise\n\nSeoul agreed to raise the subway fare for the region by 150 won, from 1,400 won. Seoul voted.\n"),
        ])
        #expect(LedgerGroupingRuleTests.features(of: "150 won", in: ledger)?.event == "change")
        let changes = ledger.claims.filter { $0.claim.text == "150 won" }
        #expect(changes.count == 2)
        #expect(changes.count == 2 && ledger.group(of: changes[0].id)?.id == ledger.group(of: changes[1].id)?.id)
        #expect(!LedgerGroupingRuleTests.sameGroup("150 won", "1,550 won", in: ledger), "an increase is not the fare")
        #expect(!LedgerGroupingRuleTests.sameGroup("150 won", "1,400 won", in: ledger))
    }

    @Test func onlyOneArticleNamingTwoPlacesDoesNotJoinTheirStories() {
        let ledger = LedgerGroupingRuleTests.ledger([
            // Two stories on Vanuatu, one on Papua New Guinea; the Pacific is named in a Vanuatu story and in one on Papua New Guinea.
            ("a.txt", "Cyclone in Vanuatu\n\nThe cyclone killed 24 people in Vanuatu. Across the Pacific, 30 people were killed by storms this week. The Pacific is wide. Vanuatu mourns.\n"),
            ("b.txt", "Landslide in Papua New Guinea\n\nThe landslide killed 300 people in Papua New Guinea. Across the Pacific, 310 people were killed this week. The Pacific is wide. Papua New Guinea mourns.\n"),
            ("d.txt", "Papua New Guinea landslide\n\nMore than 320 people were killed in Papua New Guinea on Friday. Papua New Guinea mourns.\n"),
        ])
        #expect(!LedgerGroupingRuleTests.sameGroup("30 people", "More than 320 people", in: ledger),
                "only b.txt names both the Pacific and Papua New Guinea")
        #expect(LedgerGroupingRuleTests.sameGroup("300 people", "More than 320 people", in: ledger))
    }

    @Test func aRegionNamedOnlyInAStoryAboutItsCountryJoinsTheCountry() {
        let ledger = LedgerGroupingRuleTests.ledger([
            ("a.txt", "Quake in Morocco\n\nThe quake killed 632 people in Al Haouz on Friday. The quake in Al Haouz, Morocco, killed 640 people, officials said later. Morocco mourns.\n"),
            ("b.txt", "Morocco quake\n\nThe quake killed 820 people in Morocco, officials said. Morocco mourns.\n"),
        ])
        #expect(LedgerGroupingRuleTests.features(of: "632 people", in: ledger)?.place == "Al Haouz")
        #expect(LedgerGroupingRuleTests.sameGroup("632 people", "820 people", in: ledger),
                "every claim about Al Haouz comes from an article with claims about Morocco")
    }

    @Test func theInjuredGroupApartFromTheDeadAndBothArePeople() {
        let ledger = LedgerGroupingRuleTests.ledger([
            ("a.txt", "Quake in Morocco\n\nThe quake killed 120 people in Morocco. Another 300 people were injured in Morocco.\n"),
            ("b.txt", "Morocco quake\n\nThe quake in Morocco left 125 dead, officials said. Rescuers counted 310 injured in Morocco.\n"),
        ])
        #expect(!LedgerGroupingRuleTests.sameGroup("120 people", "300 people", in: ledger), "the dead are not the injured")
        #expect(LedgerGroupingRuleTests.sameGroup("120 people", "125 dead", in: ledger))
        #expect(LedgerGroupingRuleTests.sameGroup("300 people", "310 injured", in: ledger))
    }

    @Test func aDistanceFromANamedPlaceGroupsWithDistancesFromThatPlace() {
        let ledger = LedgerGroupingRuleTests.ledger([
            ("a.txt", "Quake in New Zealand\n\nThe quake was centred 60km south of Wellington and 170km north of Christchurch. Wellington shook. Christchurch shook.\n"),
            ("b.txt", "New Zealand quake\n\nThe epicentre lay 65km south of Wellington, GeoNet said. Wellington shook. Christchurch shook.\n"),
        ])
        #expect(LedgerGroupingRuleTests.features(of: "60km", in: ledger)?.subject == "distance from Wellington")
        #expect(LedgerGroupingRuleTests.sameGroup("60km", "65km", in: ledger))
        #expect(!LedgerGroupingRuleTests.sameGroup("60km", "170km", in: ledger), "a distance from Christchurch is another distance")
    }

    @Test func speedsInKilometresAnHourGroupWhateverTheSentenceSaysHappened() {
        let ledger = LedgerGroupingRuleTests.ledger([
            ("a.txt", "Cyclone hits Vanuatu\n\nWinds reached 270 km/h as the cyclone left Vanuatu. Vanuatu is battered.\n"),
            ("b.txt", "Vanuatu cyclone\n\nWinds of up to 250 kilometres an hour damaged homes in Vanuatu. Vanuatu is battered.\n"),
        ])
        #expect(LedgerGroupingRuleTests.features(of: "270 km/h", in: ledger)?.family == "measure:length per hour")
        #expect(LedgerGroupingRuleTests.sameGroup("270 km/h", "up to 250 kilometres an hour", in: ledger))
    }

    @Test func magnitudesAreComparedOnTheirLogarithmicScale() {
        let ledger = LedgerGroupingRuleTests.ledger([
            ("a.txt", "Quake in Taranaki\n\nA quake of magnitude 7 struck Taranaki on Monday. Later a quake of magnitude 3.9 struck Taranaki.\n"),
            ("b.txt", "Taranaki quake\n\nA quake of magnitude 6.2 struck Taranaki on Monday, the survey said. Taranaki shook.\n"),
            ("c.txt", "Taranaki homes damaged\n\nThe quake of magnitude 6.5 damaged homes in Taranaki on Monday. Taranaki shook.\n"),
        ])
        #expect(LedgerGroupingRuleTests.sameGroup("magnitude 7", "magnitude 6.5", in: ledger), "a magnitude is the quake's, whatever it damaged")
        #expect(LedgerGroupingRuleTests.sameGroup("magnitude 7", "magnitude 6.2", in: ledger))
        #expect(!LedgerGroupingRuleTests.sameGroup("magnitude 7", "magnitude 3.9", in: ledger), "a thousandfold weaker quake is another quake")
    }

    @Test func theUSInCapitalsIsTheCountryNotThePronoun() {
        let body = "The ministry said the toll rose. The quake struck at a depth of nearly 26km, according to the US Geological Survey."
        #expect(Self.source(of: "nearly 26km", in: body)?.source == "US Geological Survey",
                "not the ministry of the sentence before, as a first-person \"us\" would make it")
    }

    @Test func aSourceOpeningAClauseAfterAndSpeaksOnlyForThatClause() {
        let body = "Fares were increased from 1,250 won to 1,400 won in October, and the city government had said a further 150 won increase would come."
        #expect(Self.source(of: "1,250 won", in: body) == nil)
        #expect(Self.source(of: "150 won", in: body)?.source == "city government")
        let parenthetical = "Three people died, and 40 were injured, the ministry said."
        #expect(Self.source(of: "Three people", in: parenthetical)?.source == "ministry", "a source set off by a comma speaks for the whole sentence")
    }

    @Test func declaringMourningReportsNoFigure() {
        #expect(Self.source(of: "three days", in: "Authorities have declared three days of national mourning.") == nil)
    }

    @Test func aSentenceEndsAtAStopAfterAYearOrBeforeAQuoteWithoutASpace() {
        let body = "A further 150 won rise would come in 2024.The government did not follow through.\"We will raise the fare,\" an official said."
        #expect(Self.source(of: "150 won", in: body) == nil)
        let text = LedgerText(scalars: Array("It came in 2024.The city agreed.\"We agree,\" she said. It cost 3.50 dollars.".unicodeScalars))
        #expect(text.sentenceRanges.count == 4)
    }
}
