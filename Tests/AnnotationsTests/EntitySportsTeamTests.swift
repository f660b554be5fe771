import Testing
@testable import Annotations

/// Sports teams: a known city before a nickname is one organisation; the nickname alone, and the city
/// in a game sentence, link to it; the city elsewhere, and a city that is a given name before a
/// surname, stay what they were.
/// Every sentence is invented (see `EntitySpans`).
@Suite struct EntitySportsTeamTests {
    @Test func cityBeforePluralNicknameIsATeam() {
        #expect(EntitySpans.inBody("The Chicago Falcons beat the Seattle Gold Miners 5-3 on Friday.")
            == ["ORG:Chicago Falcons", "ORG:Seattle Gold Miners"])
    }

    @Test func singularNicknameBeforeAScoreIsATeam() {
        #expect(EntitySpans.inBody("The Phoenix Falcons edged the Kansas City Thunder 98-97. The Thunder had won five in a row.")
            == ["ORG:Phoenix Falcons", "ORG:Kansas City Thunder", "ORG:Thunder"])
        #expect(EntitySpans.inBody("The storm hit Kansas City on Monday.") == ["PLACE:Kansas City"])
    }

    @Test func nicknameAndCityInGameSentencesLinkToTheTeam() {
        #expect(EntitySpans.inBody("The Chicago Falcons won again. The Falcons have won six straight. Chicago led 3-1 after two periods.")
            == ["ORG:Chicago Falcons", "ORG:Falcons", "ORG:Chicago"])
    }

    @Test func cityOutsideGameSentencesStaysAPlace() {
        #expect(EntitySpans.inBody("The Chicago Falcons won again. Traffic in Chicago was heavy after the storm.")
            == ["ORG:Chicago Falcons", "PLACE:Chicago"])
        #expect(EntitySpans.inBody("Chicago led the nation in rainfall last year.") == ["PLACE:Chicago"])
    }

    @Test func givenNameCityBeforeSurnameIsAPerson() {
        #expect(EntitySpans.inBody("The report was written by Carolina Vasquez-Reyes and Carolina Fuentes.")
            == ["PERSON:Carolina Vasquez-Reyes", "PERSON:Carolina Fuentes"])
    }
}
