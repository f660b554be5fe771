import Foundation
import Testing
@testable import Annotations

/// The scanner skips most tokens and builds small windows around numbers; what it finds must not
/// depend on that: a paragraph gives the same claims alone or inside an article, after any filler.
@Suite("Claim scanning does not depend on context beyond the paragraph")
struct ClaimWindowInvarianceTests {
    /// The seed articles, read from the package's seeds folder.
    static var seedTexts: [String] { ArticleLoader.load(paths: [TestPaths.seeds]).articles.map(\.text) }

    /// A claim with its offsets moved by `shift` scalars.
    static func shifted(_ claim: Claim, by shift: Int) -> Claim {
        var moved = claim
        moved.start += shift
        moved.end += shift
        return moved
    }

    @Test func paragraphsAloneGiveTheSameClaims() {
        let recognizer = ClaimRecognizer()
        for text in Self.seedTexts {
            var expected: [Claim] = []
            var offset = 0
            for paragraph in text.components(separatedBy: "\n\n") {
                expected += recognizer.claims(in: paragraph).map { Self.shifted($0, by: offset) }
                offset += paragraph.unicodeScalars.count + 2
            }
            #expect(recognizer.claims(in: text) == expected)
        }
    }

    @Test("Filler before the text changes nothing but offsets",
          arguments: ["", "x", "Some words here.", "12 34 56", String(repeating: "a ", count: 1000), "Café — “quoted” text."])
    func fillerBeforeTheText(filler: String) {
        let recognizer = ClaimRecognizer()
        let prefix = filler.isEmpty ? "" : filler + "\n\n"
        let shift = prefix.unicodeScalars.count
        for text in Self.seedTexts {
            let alone = recognizer.claims(in: text).map { Self.shifted($0, by: shift) }
            // Claims inside the filler itself ("12 34 56") are not the text's.
            let withFiller = recognizer.claims(in: prefix + text).filter { $0.start >= shift }
            #expect(withFiller == alone)
        }
    }
}
