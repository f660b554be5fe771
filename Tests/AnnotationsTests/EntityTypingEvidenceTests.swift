import Testing
@testable import Annotations

/// Round-4 categories: evidence that types names the gazetteers do not know, and names that are
/// no entities (events, model codes, dates). Sentences written for these tests.
@Suite struct EntityTypingEvidenceTests {
    let recognizer = EntityRecognizer()

    func spans(_ text: String) -> [String] {
        recognizer.entities(in: text).map { "\($0.type.rawValue):\($0.text)" }
    }

    @Test func titleAfterAnOrganisationEndsIt() {
        #expect(spans("The visit was led by Department of Energy Counselor Maria Voss on Friday.")
            == ["ORG:Department of Energy", "PERSON:Maria Voss"])
    }

    @Test func stopWordTitlesStillIntroducePersons() {
        #expect(spans("The ruling was backed by Lord Brackenridge on Monday.") == ["PERSON:Brackenridge"])
    }

    @Test func unnamedRunsWithoutGivenNames() {
        // A common English word ends a body's name; a place word inside makes a place.
        #expect(spans("Analysts at Dravenmoor Ratings cut the bond.") == ["ORG:Dravenmoor Ratings"])
        #expect(spans("Barges moved along the Quillon River Delta all week.") == ["PLACE:Quillon River Delta"])
        #expect(spans("The operator, Tarnwell Water plc, was fined.") == ["ORG:Tarnwell Water plc"])
    }

    @Test func placePossessiveIntroducesPersons() {
        #expect(spans("The final pits Norway's Joran Sinner against a qualifier.") == ["PLACE:Norway", "PERSON:Joran Sinner"])
    }

    @Test func firstNamesLinkToTheFullName() {
        let found = spans("Chairman Qiao Weiming spoke on Sunday. Qiao, 58, founded the firm.")
        #expect(found == ["PERSON:Qiao Weiming", "PERSON:Qiao"])
    }

    @Test func lowercasePlaceNounsTypeUnknownWords() {
        #expect(spans("Drivers queued in the Garuvo district and later near Garuvo.") == ["PLACE:Garuvo", "PLACE:Garuvo"])
        #expect(spans("The plane crashed between the Tarvani and Meshuru massifs.") == ["PLACE:Tarvani", "PLACE:Meshuru"])
    }

    @Test func acronymsInBracketsAfterAnOrganisation() {
        #expect(spans("The Dock Workers Union (DWU) called a strike.") == ["ORG:Dock Workers Union", "ORG:DWU"])
    }

    @Test func pluralNationalities() {
        #expect(spans("Among the dead were seven Nepalis.") == ["NORP:Nepalis"])
    }

    @Test func eventsModelCodesAndDatesAreNoNames() {
        #expect(spans("She won the Australian Open and lifted the Brennan Memorial Cup.").isEmpty)
        #expect(spans("The DHC-6 Twin Otter and an ATR 72 were grounded.").isEmpty)
        #expect(spans("Shares fell to HK$0.62 on Jan 25 at 7.30pm AEDT.").isEmpty)
    }

    @Test func foreignOrganisationCues() {
        #expect(spans("A report by the Fundación Tierra Nueva and Institut Marceau said so.")
            == ["ORG:Fundación Tierra Nueva", "ORG:Institut Marceau"])
    }
}
