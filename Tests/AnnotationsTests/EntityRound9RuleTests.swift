import Testing
@testable import Annotations

/// Round 9 rules: an unknown word before "mine", "field" or "hills" is a place throughout the
/// article, and in a list of names joined by commas and a last "and"/"or", one known place makes
/// the unknown words places too. Every sentence is invented; a headline line comes first so that
/// the sentence under test reads as body text.
@Suite struct EntityRound9RuleTests {
    let recognizer = EntityRecognizer()

    func spans(_ body: String) -> [String] {
        let text = "Report\n\n" + body
        return recognizer.entities(in: text).filter { $0.start > 6 }.map { "\($0.type.rawValue):\($0.text)" }
    }

    @Test func wordBeforeMineOrFieldIsAPlace() {
        #expect(spans("Workers at the Quebradilla mine went on strike. Quebradilla produced less copper this year.")
            == ["PLACE:Quebradilla", "PLACE:Quebradilla"])
        #expect(spans("The Tarkovan field holds much of the gas.") == ["PLACE:Tarkovan"])
        #expect(spans("Fire crews fought a blaze in the Velmonte hills. Velmonte was evacuated.")
            == ["PLACE:Velmonte", "PLACE:Velmonte"])
    }

    @Test func knownPlaceInAListMakesTheOthersPlaces() {
        #expect(spans("The worst-hit areas are Dornavka, Kelmir, Tibet and Ostravan.")
            == ["PLACE:Dornavka", "PLACE:Kelmir", "PLACE:Tibet", "PLACE:Ostravan"])
    }

    @Test func listWithoutAKnownPlaceOrWithoutAndStaysAsItWas() {
        #expect(spans("Dornavka, Kelmir and Ostravan reported higher profits.")
            == ["ORG:Dornavka", "ORG:Kelmir", "ORG:Ostravan"])
        #expect(spans("In Paris, Velcorp said profits rose.") == ["PLACE:Paris", "ORG:Velcorp"])
    }
}
