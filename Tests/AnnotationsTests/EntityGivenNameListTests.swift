import Testing
@testable import Annotations
@testable import Recognition

/// The given-name list (`scripts/gazetteers/make_word_lists.py`): US baby names, Faker's regional
/// first names, Japanese and Chinese names, the project's own list; names that are also common words
/// or places only when established.
@Suite struct EntityGivenNameListTests {
    private func isGivenName(_ name: String) -> Bool {
        EntityLexicon.shared.entry(WordHash.phrase(WordHash.exact(name))).contains(.givenName)
    }

    @Test func namesFromEachSourceAreGivenNames() {
        // US baby names (SSA), Faker's Igbo, Zulu, Twi and Kenyan lists, Japanese romaji, Chinese pinyin.
        for name in ["Oluwaseun", "Everton", "Chiamaka", "Amahle", "Kwabena", "Purity", "Haruto", "Jiahao", "Sofía"] {
            #expect(isGivenName(name), "\(name)")
        }
    }

    @Test func wordsAndPlacesAreGivenNamesOnlyWhenEstablished() {
        for name in ["Jordan", "Georgia", "Rose", "Will"] { #expect(isGivenName(name), "\(name)") }
        // SSA placeholders, rare baby names that are common words or places.
        for name in ["Unknown", "Infant", "Delta", "Council", "Malaysia", "Texas", "Montreal"] {
            #expect(!isGivenName(name), "\(name)")
        }
    }
}
