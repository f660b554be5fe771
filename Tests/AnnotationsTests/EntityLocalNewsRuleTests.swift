import Testing
@testable import Annotations

/// Names local newswires use that the general rules missed: institutions named by one word, prizes
/// with a cue word in them, speakers the text calls "he" or "she", peoples and country demonyms,
/// parties and companies without a cue word. Every sentence is invented (see `EntitySpans`).
@Suite struct EntityLocalNewsRuleTests {
    @Test func aLoneInstitutionWordNamesTheBody() {
        #expect(EntitySpans.inBody("The Treasury said revenue fell short of the target in March.") == ["ORG:Treasury"])
        #expect(EntitySpans.inBody("In Nairobi, the Judiciary has asked for more money to hire magistrates.")
            == ["PLACE:Nairobi", "ORG:Judiciary"])
        #expect(EntitySpans.inBody("The Secretariat will publish the figures on Friday.") == ["ORG:Secretariat"])
    }

    @Test func anInstitutionWordBeforeWhatItDescribesIsNoBody() {
        #expect(EntitySpans.inBody("Yields on Treasury bills rose for a third week.") == [])
        #expect(EntitySpans.inBody("The Commission members met in private.") == [])
        #expect(EntitySpans.inBody("Treasury Secretary Maren Holt spoke to reporters.") == ["PERSON:Maren Holt"])
    }

    @Test func aPrizeWithACueWordInItIsNoBody() {
        #expect(EntitySpans.inBody("She won an Academy Award in 1998 for the role.") == [])
    }

    @Test func anUnknownSpeakerCalledHeOrSheIsAPerson() {
        #expect(EntitySpans.inBody("Ndikumwami said he would resign after the vote.") == ["PERSON:Ndikumwami"])
        #expect(EntitySpans.inBody("The plan will fail, said Wambururu, adding that she would vote against it.")
            == ["PERSON:Wambururu"])
        // A body that speaks is "it" after: the default stays.
        #expect(EntitySpans.inBody("Zentravo said it would close the plant in June.") == ["ORG:Zentravo"])
        // "told X": X heard it, the outlet or official a speaker told; "he" then is the speaker.
        #expect(EntitySpans.inBody("A spokesman told Zentravo that the road was closed. He said more rain was due.")
            == ["ORG:Zentravo"])
    }

    @Test func peoplesAndCountryDemonymsAreNationalities() {
        #expect(EntitySpans.inBody("The Seychellois voted on Sunday in large numbers.") == ["NORP:Seychellois"])
        #expect(EntitySpans.inBody("Kikuyu and Kalenjin voters queued for hours.") == ["NORP:Kikuyu", "NORP:Kalenjin"])
    }

    @Test func partiesWithoutACueWordAreBodies() {
        #expect(EntitySpans.inBody("Morena won the vote by a wide margin, officials said.") == ["ORG:Morena"])
        #expect(EntitySpans.inBody("The Unión por la Patria coalition lost the runoff.") == ["ORG:Unión por la Patria"])
    }

    @Test func companiesWithoutACueWordAreBodies() {
        #expect(EntitySpans.inBody("Shares in Massmart fell after the results.") == ["ORG:Massmart"])
        #expect(EntitySpans.inBody("Adcock Ingram reported higher sales on Monday.") == ["ORG:Adcock Ingram"])
    }

    @Test func aPluralTitleIsNoPartOfTheName() {
        #expect(EntitySpans.inBody("Judges Okello and Wanjiru dismissed the case on Monday.").first == "PERSON:Okello")
    }
}
