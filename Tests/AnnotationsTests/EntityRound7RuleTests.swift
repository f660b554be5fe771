import Testing
@testable import Annotations

/// Round 7 rules: pairs of name particles and Dutch and Filipino particles inside person names,
/// companies joined by an ampersand or followed by their company form, academic heads after a place
/// on a title-case line, a nationality before a party's short name, shoals as places, and acronyms
/// that are no entities. Every sentence is invented; a headline line comes first so that the
/// sentence under test reads as body text.
@Suite struct EntityRound7RuleTests {
    let recognizer = EntityRecognizer()

    func spans(_ body: String) -> [String] {
        let text = "Report\n\n" + body
        return recognizer.entities(in: text).filter { $0.start > 6 }.map { "\($0.type.rawValue):\($0.text)" }
    }

    @Test func nameParticlesStayInsidePersonNames() {
        #expect(spans("The plan was drafted by Marieke van den Berg and Joost ter Welle in the spring.")
            == ["PERSON:Marieke van den Berg", "PERSON:Joost ter Welle"])
        #expect(spans("The patrol was led by Teodulo dela Pena Jr. last year.") == ["PERSON:Teodulo dela Pena Jr."])
    }

    @Test func ampersandsAndCompanyFormsMakeOneCompany() {
        #expect(spans("The engines were built by Halberd & Finch in a new plant.") == ["ORG:Halberd & Finch"])
        #expect(spans("Shares of Norvik Holdings Plc fell, while Tessaro AG rose.") == ["ORG:Norvik Holdings Plc", "ORG:Tessaro AG"])
    }

    @Test func universityAfterAPlaceOnItsOwnLineIsOneBody() {
        #expect(spans("Kyoto University, Japan\n\nShe was honoured for her work.") == ["ORG:Kyoto University", "PLACE:Japan"])
    }

    @Test func nationalityBeforePartyNameIsTheParty() {
        #expect(spans("Welsh Labour and the Scottish Greens voted against the bill.") == ["ORG:Welsh Labour", "ORG:Scottish Greens"])
    }

    @Test func shoalsArePlacesAndScansAreNoEntities() {
        #expect(spans("The boat ran aground on Marlow Shoal on Tuesday.") == ["PLACE:Marlow Shoal"])
        #expect(spans("Doctors ordered a PET scan for the patient.") == [])
    }
}
