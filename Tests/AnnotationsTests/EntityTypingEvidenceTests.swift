import Testing
@testable import Annotations

/// Round-4 categories: evidence that types names the gazetteers do not know, and names that are
/// no entities (events, model codes, dates). Sentences written for these tests.
@Suite struct EntityTypingEvidenceTests {
    @Test func titleAfterAnOrganisationEndsIt() {
        #expect(EntitySpans.inText("The visit was led by Department of Energy Counselor Maria Voss on Friday.")
            == ["ORG:Department of Energy", "PERSON:Maria Voss"])
    }

    @Test func stopWordTitlesStillIntroducePersons() {
        #expect(EntitySpans.inText("The ruling was backed by Lord Brackenridge on Monday.") == ["PERSON:Brackenridge"])
    }

    @Test func unnamedRunsWithoutGivenNames() {
        // A common English word ends a body's name; a place word inside makes a place.
        #expect(EntitySpans.inText("Analysts at Dravenmoor Ratings cut the bond.") == ["ORG:Dravenmoor Ratings"])
        #expect(EntitySpans.inText("Barges moved along the Quillon River Delta all week.") == ["PLACE:Quillon River Delta"])
        #expect(EntitySpans.inText("The operator, Tarnwell Water plc, was fined.") == ["ORG:Tarnwell Water plc"])
    }

    @Test func placePossessiveIntroducesPersons() {
        #expect(EntitySpans.inText("The final pits Norway's Joran Sinner against a qualifier.") == ["PLACE:Norway", "PERSON:Joran Sinner"])
    }

    @Test func firstNamesLinkToTheFullName() {
        let found = EntitySpans.inText("Chairman Qiao Weiming spoke on Sunday. Qiao, 58, founded the firm.")
        #expect(found == ["PERSON:Qiao Weiming", "PERSON:Qiao"])
    }

    @Test func lowercasePlaceNounsTypeUnknownWords() {
        #expect(EntitySpans.inText("Drivers queued in the Garuvo district and later near Garuvo.") == ["PLACE:Garuvo", "PLACE:Garuvo"])
        #expect(EntitySpans.inText("The plane crashed between the Tarvani and Meshuru massifs.") == ["PLACE:Tarvani", "PLACE:Meshuru"])
    }

    @Test func acronymsInBracketsAfterAnOrganisation() {
        #expect(EntitySpans.inText("The Dock Workers Union (DWU) called a strike.") == ["ORG:Dock Workers Union", "ORG:DWU"])
    }

    @Test func pluralNationalities() {
        #expect(EntitySpans.inText("Among the dead were seven Nepalis.") == ["NORP:Nepalis"])
    }

    @Test func eventsModelCodesAndDatesAreNoNames() {
        #expect(EntitySpans.inText("She won the Australian Open and lifted the Brennan Memorial Cup.").isEmpty)
        #expect(EntitySpans.inText("The DHC-6 Twin Otter and an ATR 72 were grounded.").isEmpty)
        #expect(EntitySpans.inText("Shares fell to HK$0.62 on Jan 25 at 7.30pm AEDT.").isEmpty)
    }

    @Test func foreignOrganisationCues() {
        #expect(EntitySpans.inText("A report by the Fundación Tierra Nueva and Institut Marceau said so.")
            == ["ORG:Fundación Tierra Nueva", "ORG:Institut Marceau"])
    }
}
