import Testing
@testable import Annotations

/// Round 6 rules: peoples before people nouns, plural demonyms of places, titles and suffixes around
/// person names, Vietnamese place names, acronym-led bodies, money with a currency code, travel and
/// dateline context for unknown places, and prose lines that look like headlines. Every sentence is
/// invented; a headline line comes first so that the sentence under test reads as body text.
@Suite struct EntityRound6RuleTests {
    let recognizer = EntityRecognizer()

    func spans(_ body: String) -> [String] {
        let text = "Report\n\n" + body
        return recognizer.entities(in: text).filter { $0.start > 6 }.map { "\($0.type.rawValue):\($0.text)" }
    }

    @Test func namesBeforePeopleNounsArePeoples() {
        #expect(spans("Most of the newcomers are Borana and Gabra herders looking for water.")
            == ["NORP:Borana", "NORP:Gabra"])
        #expect(spans("The hills are sacred to the Kulin Wurru and Tanbarra peoples, the council said.")
            == ["NORP:Kulin Wurru", "NORP:Tanbarra"])
        // A common word before "people" counts them.
        #expect(spans("Twelve people were hurt when the bridge fell.") == [])
    }

    @Test func pluralDemonymsOfKnownPlacesAreNationalities() {
        #expect(spans("Many Victorians stayed home, and Londoners queued for hours.") == ["NORP:Victorians", "NORP:Londoners"])
    }

    @Test func titlesAndPositionsStayOutsidePersonNames() {
        #expect(spans("The case was led by Det Supt Arvo Kettunen of the national police.") == ["PERSON:Arvo Kettunen"])
        #expect(spans("Winger Tevita Naqelevuki scored twice before the break.") == ["PERSON:Tevita Naqelevuki"])
        #expect(spans("The ceremony was opened by Ratu Josaia Vakalalabure on Sunday.") == ["PERSON:Josaia Vakalalabure"])
    }

    @Test func nameSuffixesAndParticlesStayInside() {
        #expect(spans("The order was signed by Harold T. Whitcombe, Jr. on Monday.") == ["PERSON:Harold T. Whitcombe, Jr."])
        #expect(spans("The mayor, Ahmedou ould Sidi Brahim, visited the camp.") == ["PERSON:Ahmedou ould Sidi Brahim"])
    }

    @Test func vietnameseNamesWithoutAFamilyNameArePlaces() {
        #expect(spans("Salt water reached Mỏ Cày and the farms of Nguyễn Văn Tâm this week.")
            == ["PLACE:Mỏ Cày", "PERSON:Nguyễn Văn Tâm"])
    }

    @Test func acronymBeforeAWordIsABody() {
        #expect(spans("Reporters can write to the NSRA Pressroom for the full text.") == ["ORG:NSRA Pressroom"])
    }

    @Test func currencyCodesGluedToAmountsAreNoEntities() {
        #expect(spans("Rice now sells for VND12,000 a kilo, up from INR40 last year.") == [])
    }

    @Test func spanishFirstSurnameLinksToTheFullName() {
        #expect(spans("Rodrigo Elizondo Cantú won the vote. Elizondo thanked his supporters.")
            == ["PERSON:Rodrigo Elizondo Cantú", "PERSON:Elizondo"])
    }

    @Test func travelAndDatelineContextMakePlaces() {
        #expect(spans("The squad will travel to Valbrekka next month.") == ["PLACE:Valbrekka"])
        #expect(spans("Water levels at Tarnobi in Cambodia fell again.") == ["PLACE:Tarnobi", "PLACE:Cambodia"])
        #expect(spans("Ouadrikoro (Mali) (AFP) - Fighting between the army and the rebels resumed on Sunday near the old river crossing.").first == "PLACE:Ouadrikoro")
    }

    @Test func sitesParksAndFlightsMakePlaces() {
        #expect(spans("Crews cleared the Velmora site before dawn.") == ["PLACE:Velmora"])
        #expect(spans("The council closed the Tarvasco national park after the fire.") == ["PLACE:Tarvasco"])
        #expect(spans("The plane lost contact on a short flight to Kelbori on Monday.") == ["PLACE:Kelbori"])
    }

    @Test func aLineWithASentenceBreakIsNotAHeadline() {
        // Capital-heavy caption with a sentence break after a number: body text, so the full name stays.
        #expect(spans("FILE PHOTO: A flag flies outside the International Atomic Energy Agency in Vienna, Austria, March 4, 2024. REUTERS/Anna Berg")
            .contains("ORG:International Atomic Energy Agency"))
    }
}
