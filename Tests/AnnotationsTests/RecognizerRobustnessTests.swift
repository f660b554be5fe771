import Foundation
import Testing
@testable import Annotations

/// The recogniser never crashes and stays linear on hostile input: random bytes, one 10 MB line,
/// only digits, only capitals, long runs of punctuation.
@Suite("Recogniser robustness")
struct RecognizerRobustnessTests {
    /// Claims must be sorted, non-overlapping, inside the text, and their text the scalars they span.
    static func checkInvariants(_ text: String, _ claims: [Claim]) {
        let scalarCount = text.unicodeScalars.count
        var previousEnd = 0
        var scalars: [Unicode.Scalar]?
        for claim in claims {
            #expect(claim.start >= previousEnd && claim.start < claim.end && claim.end <= scalarCount)
            previousEnd = claim.end
            if scalars == nil { scalars = Array(text.unicodeScalars) }
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars![claim.start..<claim.end])
            #expect(String(slice) == claim.text)
        }
    }

    @Test("Random bytes (repaired to UTF-8) never crash", arguments: 0..<20)
    func randomBytes(seed: Int) {
        var generator = ClaimSeededGenerator(seed: UInt64(seed))
        let alphabet = Array("0123456789,.:-–%$€£½ aAmMpP\u{A0}\n".utf8) + Array("thousand million per cent km May 5 first".utf8)
        let bytes: [UInt8] = (0..<20_000).map { index in
            index % 3 == 0 ? UInt8.random(in: 0...255, using: &generator) : alphabet.randomElement(using: &generator)!
        }
        let text = String(decoding: bytes, as: UTF8.self)
        Self.checkInvariants(text, Recognizer().analyze(text).claims)
    }

    @Test("Pathological inputs are handled in linear time",
          arguments: ["7", "9,999,", "ABCDEFGH", "!?.,;:-(", "1 in ", "more than ", "$1.5-", "May 1, ", "twenty-"])
    func linearTime(pattern: String) {
        let small = String(repeating: pattern, count: 50_000 / pattern.count)
        let large = String(repeating: pattern, count: 400_000 / pattern.count)
        let recognizer = ClaimRecognizer()
        let clock = ContinuousClock()
        var smallClaims: [Claim] = []
        var largeClaims: [Claim] = []
        let smallTime = clock.measure { smallClaims = recognizer.claims(in: small) }
        let largeTime = clock.measure { largeClaims = recognizer.claims(in: large) }
        Self.checkInvariants(small, smallClaims)
        #expect(largeClaims.count >= smallClaims.count)
        // Eight times the input; allow generous noise on a shared machine, but not quadratic growth (64x).
        #expect(largeTime < smallTime * 30 + .milliseconds(200), "\(smallTime) vs \(largeTime)")
    }

    @Test func tenMegabyteLine() {
        let line = String(repeating: "about 5 km and 20% of $3bn on May 4, 2020 in 1999 ", count: 200_000)
        #expect(line.utf8.count >= 10_000_000)
        let claims = ClaimRecognizer().claims(in: line)
        #expect(claims.count == 5 * 200_000)
        #expect(claims.last.map { $0.end <= line.unicodeScalars.count } ?? false)
    }

    @Test func onlyDigitsAndOnlyCapitals() {
        let digits = String(repeating: "0123456789", count: 1_000_000)
        #expect(ClaimRecognizer().claims(in: digits).isEmpty)   // one 10-million-digit number: an identifier
        let capitals = String(repeating: "ABCDEFGHIJ", count: 1_000_000)
        #expect(ClaimRecognizer().claims(in: capitals).isEmpty)
        let spacedDigits = String(repeating: "12 ", count: 100_000)
        let claims = ClaimRecognizer().claims(in: spacedDigits)
        Self.checkInvariants(spacedDigits, claims)
        // The first number is a count; digits right after digits read as one code (a phone number).
        #expect(claims.count == 1)
    }

    @Test func emptyAndTinyTexts() {
        for text in ["", " ", "5", "$", "%", "May", "a", "½", "1,", "1.", "6:", "6:00", "\u{A0}", "–"] {
            Self.checkInvariants(text, ClaimRecognizer().claims(in: text))
        }
    }
}
