import Testing
@testable import Annotations
@testable import Recognition

/// The context cues and document facts `EntitySpanFeatures` gives the model (`EntityContextCues`),
/// on invented sentences: which features fire for which span.
@Suite struct EntityContextFeatureTests {
    /// The features of every candidate whose text is `name`, in order.
    static func features(of name: String, in text: String) -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        return EntityRecognizer(modelSwitch: .off).candidates(in: text)
            .filter { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) == name }
            .map(\.features)
    }

    @Test func aPlacePrepositionAndAPlaceNounBeforeTheName() throws {
        let text = "Report\n\nThe flood reached the village of Zorvatu on Monday.\n\nTravellers from Zorvatu said the road was shut."
        let mentions = Self.features(of: "Zorvatu", in: text)
        try #require(mentions.count == 2)
        #expect(mentions[0].contains("cl3=place"), "\(mentions[0])")
        #expect(!mentions[0].contains("cpw=loc"))
        // The other mention follows "from": the first learns it from the document.
        #expect(mentions[0].contains("doc=loc"), "\(mentions[0])")
        #expect(mentions[1].contains("cpw=loc"), "\(mentions[1])")
        #expect(!mentions[1].contains("cl3=place"))
    }

    @Test func anOrganisationsWordsAfterTheName() throws {
        let text = "Report\n\nAnalysts said Kelmorix shares fell 5 percent on Tuesday."
        let mention = try #require(Self.features(of: "Kelmorix", in: text).first)
        #expect(mention.contains("cr3=org"), "\(mention)")
        #expect(!mention.contains("cr3=place"))
    }

    @Test func thePronounAfterTheNameInItsSentenceOrOpeningTheNext() throws {
        let inSentence = "Report\n\nMinisters met Dravenko on Monday before he flew home."
        let first = try #require(Self.features(of: "Dravenko", in: inSentence).first)
        #expect(first.contains("pro=p"), "\(first)")
        let nextSentence = "Report\n\nThe crowd cheered Dravenko on Monday. She waved back."
        let second = try #require(Self.features(of: "Dravenko", in: nextSentence).first)
        #expect(second.contains("pro2=p"), "\(second)")
        #expect(!second.contains("pro=p"))
        let thing = "Report\n\nInvestors sold Kelmorix on Monday because its profits fell."
        let third = try #require(Self.features(of: "Kelmorix", in: thing).first)
        #expect(third.contains("pro=it"), "\(third)")
        // Two sentences on is too far.
        let far = "Report\n\nThe crowd cheered Dravenko on Monday. Rain fell. He waved back."
        let fourth = try #require(Self.features(of: "Dravenko", in: far).first)
        #expect(!fourth.contains { $0.hasPrefix("pro") }, "\(fourth)")
    }

    @Test func anAgeInApposition() throws {
        let text = "Report\n\nThe court heard that Dravenko, 45, had left the country."
        let mention = try #require(Self.features(of: "Dravenko", in: text).first)
        #expect(mention.contains("app=num"), "\(mention)")
        let notAge = "Report\n\nThe court heard that Dravenko had left 45 days ago."
        let other = try #require(Self.features(of: "Dravenko", in: notAge).first)
        #expect(!other.contains("app=num"))
    }

    @Test func theSameWordInLowerCaseElsewhereInTheDocument() throws {
        let text = "Report\n\nDoctors said Zelvira spread fast in the wet season, and cases of zelvira rose."
        let mention = try #require(Self.features(of: "Zelvira", in: text).first)
        #expect(mention.contains("doc=lower"), "\(mention)")
        let alone = "Report\n\nDoctors said Zelvira spread fast in the wet season."
        let other = try #require(Self.features(of: "Zelvira", in: alone).first)
        #expect(!other.contains("doc=lower"))
    }

    /// The trained model, reading that the document also writes the word after "near" and among
    /// "coastal villages", types the sentence's opening repeat a place (the weights before dropped it).
    @Test func theTrainedModelTypesARepeatAfterAPlacePrepositionAPlace() {
        let text = "Report\n\nThe minister visited the coastal villages near Mbarazi. Mbarazi has no clinic."
        let spans = EntityRecognizer(modelSwitch: .on).entities(in: text).map { "\($0.type.rawValue):\($0.text)" }
        #expect(spans == ["PLACE:Mbarazi", "PLACE:Mbarazi"])
    }
}

/// `DocumentWordFacts` answers the first names by looking through the document and later ones from
/// a table counted in one pass (so a text of thousands of unknown names stays linear): both ways
/// must give every word the same facts, its own occurrence left out.
@Suite struct DocumentWordFactsTests {
    static let text = """
        Report

        Travellers from Zorvatu met in Kelmorix. Zorvatu voters and kelmorix farmers disagreed.
        In Dravenko, officials said Dravenko was calm. Ostrava and Pilsen sent help to Ostrava.
        """

    static func tokens() -> [EntityToken] {
        var text = text
        return text.withUTF8 { bytes in
            var tokens = EntityTokenizer.tokenize(bytes)
            EntityLexicon.shared.noteWords(in: &tokens)
            return tokens
        }
    }

    @Test func theTableGivesTheFactsTheScanGives() {
        let tokens = Self.tokens()
        let tabled = DocumentWordFacts(tokens: tokens)
        for _ in 0..<DocumentWordFacts.scansBeforeTable { _ = tabled.facts(ofWordAt: 0) }
        for index in tokens.indices {
            let scanned = DocumentWordFacts(tokens: tokens).facts(ofWordAt: index)
            let fromTable = tabled.facts(ofWordAt: index)
            #expect(scanned.lowerCase == fromTable.lowerCase && scanned.afterPlacePreposition == fromTable.afterPlacePreposition,
                    "token \(index)")
        }
    }

    @Test func aWordsOwnOccurrenceIsLeftOut() throws {
        var text = Self.text
        let words = text.withUTF8 { bytes in Self.tokens().map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } }
        let tokens = Self.tokens()
        let tabled = DocumentWordFacts(tokens: tokens)
        for _ in 0..<DocumentWordFacts.scansBeforeTable { _ = tabled.facts(ofWordAt: 0) }
        for facts in [DocumentWordFacts(tokens: tokens), tabled] {
            // "from Zorvatu": the other "Zorvatu" learns the place from it; this one from nothing else.
            let zorvatu = words.indices.filter { words[$0] == "Zorvatu" }
            #expect(!facts.facts(ofWordAt: zorvatu[0]).afterPlacePreposition)
            #expect(facts.facts(ofWordAt: zorvatu[1]).afterPlacePreposition)
            // "kelmorix" in lower case elsewhere.
            let kelmorix = try #require(words.firstIndex(of: "Kelmorix"))
            #expect(facts.facts(ofWordAt: kelmorix).lowerCase)
            #expect(!facts.facts(ofWordAt: zorvatu[0]).lowerCase)
            // "to Ostrava" teaches the first "Ostrava"; "Pilsen" is alone.
            let ostrava = try #require(words.firstIndex(of: "Ostrava"))
            #expect(facts.facts(ofWordAt: ostrava).afterPlacePreposition)
            let pilsen = try #require(words.firstIndex(of: "Pilsen"))
            #expect(!facts.facts(ofWordAt: pilsen).afterPlacePreposition && !facts.facts(ofWordAt: pilsen).lowerCase)
        }
    }
}
