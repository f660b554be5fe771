import Testing
@testable import Annotations

/// Round-5 categories: where an organisation's name starts and ends next to articles, bylines in
/// capitals and the country a body serves. Sentences written for these tests.
@Suite struct EntityBodyEvidenceTests {
    @Test func articlesStartNoOrganisation() {
        #expect(EntitySpans.inText("The figures were compiled by The Northern Press for the board.") == ["ORG:Northern Press"])
    }

    @Test func bylineNamesInCapitalsEndWhereTheCapitalsDo() {
        #expect(EntitySpans.inText("Rains Return\n\nBy MOHAMED QARANI Associated Press\n\nIt rained on Monday.")
            == ["PERSON:MOHAMED QARANI", "ORG:Associated Press"])
    }

    @Test func aBodyNamedWithItsCountryIsOneOrganisation() {
        #expect(EntitySpans.inText("Analysts said Veltrano Kenya cut prices on Monday.") == ["ORG:Veltrano Kenya"])
        #expect(EntitySpans.inText("Officials at Fisheries Canada said the quota would fall.") == ["ORG:Fisheries Canada"])
    }

    @Test func personsAndPlacesBesideACountryStayApart() {
        // A given name makes a person; a comma or "of" keeps the country apart.
        #expect(EntitySpans.inText("The prize went to Jordan Kenya on Friday.") == ["PERSON:Jordan Kenya"])
        #expect(EntitySpans.inText("Talks were held in Nairobi, Kenya on Friday.") == ["PLACE:Nairobi", "PLACE:Kenya"])
        #expect(EntitySpans.inText("Rusmir Halvek of Croatia won.") == ["PERSON:Rusmir Halvek", "PLACE:Croatia"])
    }
}
