import Foundation
import Testing
@testable import Annotations

@Suite("Re-anchoring annotations after the article changed")
struct AnchoringTests {
    static let original = """
        Aleppo exodus grows

        More than 20,000 civilians left eastern Aleppo and over 1,200 rebels laid down their arms on Saturday, the ministry said.

        The number of people leaving has grown to about 50,000 over the past two days, a spokesman said.
        """

    func annotation(_ quote: String, in text: String, occurrence: Int = 1) -> Annotation {
        let article = Article(path: "a.txt", text: text)
        let range = try! #require(Self.range(of: quote, in: text, occurrence: occurrence))
        return Annotation.make(article: article, range: range, now: Date(timeIntervalSince1970: 0))
    }

    static func range(of quote: String, in text: String, occurrence: Int = 1) -> Range<Int>? {
        let scalars = Array(text.unicodeScalars)
        let found = Anchoring.occurrences(of: Array(quote.unicodeScalars), in: scalars)
        return found.count >= occurrence ? found[occurrence - 1] : nil
    }

    func anchored(_ annotation: Annotation, in text: String) -> AnchoredAnnotation {
        Anchoring.anchor([annotation], in: Article(path: "a.txt", text: text))[0]
    }

    @Test func unchangedTextIsAnchored() {
        let note = annotation("laid down their arms", in: Self.original)
        let result = anchored(note, in: Self.original)
        #expect(result.state == .anchored)
        #expect(result.range == Self.range(of: "laid down their arms", in: Self.original))
    }

    @Test func textInsertedBeforeMovesIt() {
        let note = annotation("laid down their arms", in: Self.original)
        let edited = Self.original.replacingOccurrences(of: "Aleppo exodus grows", with: "Aleppo exodus grows (updated with new figures)")
        let result = anchored(note, in: edited)
        #expect(result.state == .moved)
        #expect(result.range == Self.range(of: "laid down their arms", in: edited))
    }

    @Test func aWordEditedInsideTheQuoteMovesIt() throws {
        let note = annotation("rebels laid down their arms on Saturday", in: Self.original)
        let edited = Self.original.replacingOccurrences(of: "on Saturday", with: "on Sunday")
        let result = anchored(note, in: edited)
        #expect(result.state == .moved)
        let range = try #require(result.range)
        #expect(Article(path: "a.txt", text: edited).slice(range) == "rebels laid down their arms on Sunday")
    }

    @Test func deletedSentenceIsAnOrphanKeptWithItsQuote() {
        let note = annotation("grown to about 50,000 over the past two days", in: Self.original)
        let edited = Self.original.replacingOccurrences(
            of: "The number of people leaving has grown to about 50,000 over the past two days, a spokesman said.", with: "")
        let result = anchored(note, in: edited)
        #expect(result.state == .orphan)
        #expect(result.range == nil)
        #expect(result.annotation.target.quote.exact == "grown to about 50,000 over the past two days")
    }

    @Test func changedNumberInAClaimIsChangedNotMovedToALookAlike() throws {
        // The article says "More than 20,000 civilians" twice; the first is edited to 25,000.
        let text = Self.original + "\n\nLater: More than 20,000 civilians were counted by the UN.\n"
        let note = annotation("More than 20,000 civilians", in: text)
        let edited = text.replacingOccurrences(of: "More than 20,000 civilians left", with: "More than 25,000 civilians left")
        let result = anchored(note, in: edited)
        #expect(result.state == .changed)
        let range = try #require(result.range)
        #expect(Article(path: "a.txt", text: edited).slice(range) == "More than 25,000 civilians")
        #expect(range == Self.range(of: "More than 25,000 civilians", in: edited))
    }

    @Test func sameSentenceRepeatedAnchorsNearestTheOldPosition() throws {
        // Three identical paragraphs: the second and third have the same words around them too,
        // so only the distance to the old position can tell them apart.
        let sentence = "Aid workers said the corridor was open."
        let paragraph = "\(sentence) The paragraph goes on here with more words.\n\n"
        let text = "Title\n\n" + paragraph + paragraph + paragraph
        let edited = text.replacingOccurrences(of: "Title", with: "Title, updated")
        for occurrence in 1...3 {
            let note = annotation(sentence, in: text, occurrence: occurrence)
            let result = anchored(note, in: edited)
            #expect(result.state == .moved)
            #expect(result.range == Self.range(of: sentence, in: edited, occurrence: occurrence))
        }
    }

    @Test func tooDifferentIsAnOrphan() {
        let note = annotation("laid down their arms", in: Self.original)
        let edited = Self.original.replacingOccurrences(of: "laid down their arms", with: "surrendered weapons")
        #expect(anchored(note, in: edited).state == .orphan)
    }

    @Test func resultsComeInTextOrderWithOrphansLast() {
        let later = annotation("a spokesman said", in: Self.original)
        let earlier = annotation("More than 20,000", in: Self.original)
        let lost = annotation("laid down their arms", in: Self.original)
        let edited = Self.original.replacingOccurrences(of: "laid down their arms", with: "gave up")
        let results = Anchoring.anchor([lost, later, earlier], in: Article(path: "a.txt", text: edited))
        #expect(results.map(\.annotation.id) == [earlier.id, later.id, lost.id])
        #expect(results.map(\.state) == [.anchored, .moved, .orphan])
    }
}
