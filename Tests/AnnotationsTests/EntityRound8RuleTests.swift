import Testing
@testable import Annotations

/// Round 8 rules: a known city before a capitalised plural nickname (or a singular common word
/// right before a score) is a sports team; the nickname
/// alone links to it, and so does the city in a game sentence, while the city in other sentences and
/// a city that is also a given name before a surname stay what they were. Every sentence is invented;
/// a headline line comes first so that the sentence under test reads as body text.
@Suite struct EntityRound8RuleTests {
    let recognizer = EntityRecognizer()

    func spans(_ body: String) -> [String] {
        let text = "Report\n\n" + body
        return recognizer.entities(in: text).filter { $0.start > 6 }.map { "\($0.type.rawValue):\($0.text)" }
    }

    @Test func cityBeforePluralNicknameIsATeam() {
        #expect(spans("The Chicago Falcons beat the Seattle Gold Miners 5-3 on Friday.")
            == ["ORG:Chicago Falcons", "ORG:Seattle Gold Miners"])
    }

    @Test func singularNicknameBeforeAScoreIsATeam() {
        #expect(spans("The Phoenix Falcons edged the Kansas City Thunder 98-97. The Thunder had won five in a row.")
            == ["ORG:Phoenix Falcons", "ORG:Kansas City Thunder", "ORG:Thunder"])
        #expect(spans("The storm hit Kansas City on Monday.") == ["PLACE:Kansas City"])
    }

    @Test func nicknameAndCityInGameSentencesLinkToTheTeam() {
        #expect(spans("The Chicago Falcons won again. The Falcons have won six straight. Chicago led 3-1 after two periods.")
            == ["ORG:Chicago Falcons", "ORG:Falcons", "ORG:Chicago"])
    }

    @Test func cityOutsideGameSentencesStaysAPlace() {
        #expect(spans("The Chicago Falcons won again. Traffic in Chicago was heavy after the storm.")
            == ["ORG:Chicago Falcons", "PLACE:Chicago"])
        #expect(spans("Chicago led the nation in rainfall last year.") == ["PLACE:Chicago"])
    }

    @Test func givenNameCityBeforeSurnameIsAPerson() {
        #expect(spans("The report was written by Carolina Vasquez-Reyes and Carolina Fuentes.")
            == ["PERSON:Carolina Vasquez-Reyes", "PERSON:Carolina Fuentes"])
    }

    @Test func languageCommunitiesArePeoples() {
        #expect(spans("Schools in the Anglophone regions reopened, and Francophones welcomed it.")
            == ["NORP:Anglophone", "NORP:Francophones"])
        #expect(spans("Call the Telephone Helpline for details.").allSatisfy { !$0.hasPrefix("NORP") })
    }

    @Test func hyphenatedTitleIsNoPartOfTheName() {
        #expect(spans("The plan was backed by Director-General Tafari Mesfin Gebremariam on Monday.") == ["PERSON:Tafari Mesfin Gebremariam"])
    }

    @Test func streetAndRoadNamesArePlaces() {
        #expect(spans("She works on Rue Sainte-Catherine in the old town.") == ["PLACE:Rue Sainte-Catherine"])
        #expect(spans("Trucks drove along Route Nationale 7 to the port.") == ["PLACE:Route Nationale 7"])
    }
}
