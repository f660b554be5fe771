import Testing
@testable import Annotations

/// Nationalities and peoples (NORP) the word lists do not name: demonyms of states and cities, names
/// before "people" nouns, language communities.
/// Every sentence is invented (see `EntitySpans`).
@Suite struct EntityPeopleRuleTests {
    @Test func subNationalDemonymsAreNationalities() {
        #expect(EntitySpans.inBody("Many Alaskans felt the shaking, and Texans sent help to the Alaskan towns on the coast.")
            == ["NORP:Alaskans", "NORP:Texans", "NORP:Alaskan"])
    }

    @Test func pluralDemonymsOfKnownPlacesAreNationalities() {
        #expect(EntitySpans.inBody("Many Victorians stayed home, and Londoners queued for hours.") == ["NORP:Victorians", "NORP:Londoners"])
    }

    @Test func namesBeforePeopleNounsArePeoples() {
        #expect(EntitySpans.inBody("Most of the newcomers are Borana and Gabra herders looking for water.")
            == ["NORP:Borana", "NORP:Gabra"])
        #expect(EntitySpans.inBody("The hills are sacred to the Kulin Wurru and Tanbarra peoples, the council said.")
            == ["NORP:Kulin Wurru", "NORP:Tanbarra"])
        // A common word before "people" counts them.
        #expect(EntitySpans.inBody("Twelve people were hurt when the bridge fell.") == [])
    }

    @Test func languageCommunitiesArePeoples() {
        #expect(EntitySpans.inBody("Schools in the Anglophone regions reopened, and Francophones welcomed it.")
            == ["NORP:Anglophone", "NORP:Francophones"])
        #expect(EntitySpans.inBody("Call the Telephone Helpline for details.").allSatisfy { !$0.hasPrefix("NORP") })
    }

    @Test func nationalitiesJoinedByAHyphenAreOneGroup() {
        #expect(EntitySpans.inBody("The Russian-American scientist met Turkish-Cypriot leaders on Monday.")
            == ["NORP:Russian-American", "NORP:Turkish-Cypriot"])
    }
}

