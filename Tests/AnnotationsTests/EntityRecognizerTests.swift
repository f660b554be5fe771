import Testing
@testable import Annotations

/// Focused checks of the entity recogniser against GUIDELINES.md's span rules.
@Suite struct EntityRecognizerTests {
    let recognizer = EntityRecognizer()

    func spans(_ text: String) -> [String] {
        recognizer.entities(in: text).map { "\($0.type.rawValue):\($0.text)" }
    }

    @Test func titlesAreNotPartOfPersons() {
        let found = spans("The talks ended, said Russian Foreign Minister Sergei Lavrov after meeting U.S. Secretary of State John Kerry.")
        #expect(found == ["NORP:Russian", "PERSON:Sergei Lavrov", "PLACE:U.S.", "PERSON:John Kerry"])
        #expect(spans("In Washington, White House spokesman Josh Earnest said so.")
            == ["PLACE:Washington", "ORG:White House", "PERSON:Josh Earnest"])
    }

    @Test func possessiveIsExcluded() {
        #expect(spans("Sergei Lavrov met Kerry. Lavrov's announcement came later.")
            == ["PERSON:Sergei Lavrov", "ORG:Kerry", "PERSON:Lavrov"])
        #expect(spans("It is Syria's war.") == ["PLACE:Syria"])
    }

    @Test func directionsBeforePlacesAreDropped() {
        #expect(spans("Civilians left eastern Aleppo on Saturday.") == ["PLACE:Aleppo"])
    }

    @Test func lowercaseBodiesKeepOnlyTheNationality() {
        #expect(spans("The Turkish foreign ministry said the deal held.") == ["NORP:Turkish"])
        #expect(spans("The Syrian Observatory for Human Rights said so.") == ["ORG:Syrian Observatory for Human Rights"])
    }

    @Test func sentenceInitialCapitalsAreNotNames() {
        #expect(spans("Rebels seized the town. Air strikes ceased. Plea for safe passage.").isEmpty)
    }

    @Test func shortFormsLinkToTheFullName() {
        let entities = recognizer.entities(in: "Syrian President Bashar al-Assad spoke. Assad said victory was near.")
        let persons = entities.filter { $0.type == .person }
        #expect(persons.map(\.text) == ["Bashar al-Assad", "Assad"])
        #expect(persons.allSatisfy { $0.canonical == "Bashar al-Assad" })
    }

    @Test func hyphenatedNames() {
        #expect(spans("Fighters of the former Al-Nusra Front left.") == ["ORG:Al-Nusra Front"])
        #expect(spans("They met at the al-Hawoz street roundabout.") == ["PLACE:al-Hawoz street"])
        #expect(spans("He led the UN-backed taskforce.") == ["ORG:UN"])
        #expect(spans("The talks were chaired by Ban Ki-moon yesterday.") == ["PERSON:Ban Ki-moon"])
    }

    @Test func noBreakSpacesStayInsideNames() {
        let entities = recognizer.entities(in: "ministry spokesman Igor\u{A0}Konashenkov said.")
        #expect(entities.map(\.text) == ["Igor\u{A0}Konashenkov"])
        #expect(entities.first?.canonical == "Igor Konashenkov")
        #expect(entities.first?.start == 19 && entities.first?.end == 35)
    }

    @Test func creditGluedToCaption() {
        #expect(spans("Aleppo hospital hit by airstrikesReuters\n") == ["PLACE:Aleppo", "ORG:Reuters"])
    }

    @Test func offsetsAreUnicodeScalarOffsets() {
        let text = "naïve “café” talk in Paris"
        let entity = recognizer.entities(in: text).first
        #expect(entity?.text == "Paris")
        #expect(entity?.start == 21 && entity?.end == 26)
    }
}
