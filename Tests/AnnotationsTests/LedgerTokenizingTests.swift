import Testing
@testable import Annotations

/// The ledger's tokeniser: words looked up by their packed bytes must read exactly as the
/// vocabulary's string tables say, and every offset is a scalar offset however the text is written.
@Suite("Ledger tokenising")
struct LedgerTokenizingTests {
    @Test("every word of the vocabulary is found by its packed bytes, with its flags and event")
    func vocabularyWordsFound() {
        for (word, flags) in LedgerVocabulary.wordFlags {
            guard let key = LedgerWordTable.Key(word) else { continue }
            let entry = LedgerWordTable.vocabulary.entry(for: key)
            #expect(entry?.word == word)
            #expect(entry?.flags == flags, "\(word)")
            #expect(entry?.event == LedgerVocabulary.event(of: word), "\(word)")
        }
        for unknown in ["tents", "saiD", "sai", "saidx", "", "abcdefghijklmnop"] {
            #expect(LedgerWordTable.Key(unknown).flatMap { LedgerWordTable.vocabulary.entry(for: $0) } == nil, "\(unknown)")
        }
    }

    @Test("packed keys tell apart words sharing their first eight bytes, and longer words are not packed")
    func packedKeys() {
        #expect(LedgerWordTable.Key("spokeswoman") != LedgerWordTable.Key("spokesman"))
        #expect(LedgerWordTable.Key("organisation") != LedgerWordTable.Key("organisations"))
        #expect(LedgerWordTable.Key("abcdefghijklmnop") != nil)
        #expect(LedgerWordTable.Key("abcdefghijklmnopq") == nil)
        #expect(LedgerWordTable.Key("a") != LedgerWordTable.Key("a\u{0}"))
    }

    @Test("a capitalised known word gets the lowercase word, its flags and its event")
    func knownWordsLowered() {
        let tokens = LedgerText(scalars: Array("Officials SAID 300 Evacuees fled, the Spokesman told us.".unicodeScalars)).tokens
        let said = tokens.first { $0.lower == "said" }
        #expect(said?.flags.contains(.speechVerb) == true)
        #expect(said?.isCapitalised == true)
        #expect(tokens.first { $0.lower == "evacuees" }?.event == "displacement")
        #expect(tokens.first { $0.lower == "fled" }?.event == "displacement")
        #expect(tokens.first { $0.lower == "told" }?.flags.contains(.speechVerb) == true)
        #expect(tokens.first { $0.lower == "us" }?.flags.contains(.firstPerson) == true)
        #expect(tokens.first { $0.lower == "officials" }?.flags == [])
    }

    @Test("accents, CJK and emoji: tokens keep scalar offsets and the words read as the tables say",
          arguments: [
              "Le ministère a dit que 300 réfugiés ont fui. Officials said 4,000 left.",
              "東京の当局は 300 人が避難したと述べた。 The ministry said 2,000 evacuees arrived.",
              "🚑🚑 Medics said 12 children died 😢 in Aleppo; “we counted them,” the doctor’s team told Reuters.",
              "Zoë's café in Zürich: Ürün said 5 Ångström-long cranes — 40% of them — were sold.",
          ])
    func nonASCIIText(text: String) {
        let scalars = Array(text.unicodeScalars)
        let tokens = LedgerText(scalars: scalars).tokens
        #expect(!tokens.isEmpty)
        for token in tokens {
            // The token's offsets are scalar offsets: its text is that run of scalars.
            let written = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
            if token.kind == .word {
                let lowered = String(String.UnicodeScalarView(written.unicodeScalars.map { scalar -> Unicode.Scalar in
                    scalar == "\u{2019}" ? "'" : (scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 32)! : scalar)
                }))
                #expect(token.lower == lowered, "\(written)")
                #expect(token.flags == (LedgerVocabulary.wordFlags[token.lower] ?? []), "\(written)")
                #expect(token.event == LedgerVocabulary.event(of: token.lower), "\(written)")
            }
        }
        let words = tokens.filter { $0.kind == .word }.map(\.lower)
        #expect(words.contains("said"))
        // A byte offset would land past the scalar offset once a multi-byte scalar comes before.
        if let said = tokens.first(where: { $0.lower == "said" }) {
            #expect(String(String.UnicodeScalarView(scalars[said.start..<said.end])) == "said")
        }
    }

    @Test("a claim's sentence is cut at scalar offsets from the article's UTF-8 text")
    func claimSentenceFromUTF8() {
        let text = "Zürich café 東京 🚑 report.\nThe mayor of Aleppo said 7,000 civilians were evacuated on Monday.\nÉlodie: ✨ done."
        let article = Article(path: "a.txt", text: text)
        let ledger = ClaimLedger(articles: [LedgerArticle(article: article, analysis: Recognizer().analyze(text))])
        let claim = ledger.claims.first { $0.claim.text.contains("7,000") }
        #expect(claim?.sentence == "The mayor of Aleppo said 7,000 civilians were evacuated on Monday.")
        #expect(claim?.attribution?.cue == "said")
        #expect(claim?.features?.event == "displacement")
    }
}
