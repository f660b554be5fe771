import Testing
@testable import Annotations

/// Numbers as international news writes them: space-grouped thousands, decimal commas, currency codes
/// and names before or after, ages, scores, ISO and European dates, numbers inside names. Sentences
/// written for these tests.
@Suite("Claim recogniser: the numbers of the world")
struct ClaimWorldNumberTests {
    typealias Expected = ClaimRecognizerTests.Expected

    static let cases: [Expected] = [
        // Thousands grouped by spaces, thin spaces, no-break spaces; decimal commas.
        Expected("The winner took 8 412 183 votes.", "8 412 183 votes", .count, 8_412_183),
        Expected("The winner took 8\u{2009}412\u{2009}183 votes.", "8\u{2009}412\u{2009}183 votes", .count, 8_412_183),
        Expected("Some 12\u{202F}500 people signed.", "Some 12\u{202F}500 people", .count, 12_500, qualifier: "some", bound: .approximate),
        Expected("They counted 40\u{A0}000 ballots.", "40\u{A0}000 ballots", .count, 40_000),
        Expected("Inflation reached 6,75 percent in May.", "6,75 percent", .percent, 6.75),
        Expected("The rate is 3,5% now.", "3,5%", .percent, 3.5),
        Expected("The farm sold 1 234,5 tonnes.", "1 234,5 tonnes", .measure, 1234.5),
    ]

    @Test("One claim with its span, kind and value", arguments: cases)
    func recognisesClaim(_ expected: Expected) {
        let claims = ClaimRecognizer().claims(in: expected.sentence)
        let found = claims.first { $0.text == expected.text }
        #expect(found != nil, "\(expected.text) not found; got \(claims.map(\.text))")
        guard let found else { return }
        #expect(found.kind == expected.kind)
        if let value = expected.value {
            #expect(abs((found.value ?? .nan) - value) < 1e-9 * max(1, abs(value)), "value \(String(describing: found.value))")
        }
        if let normalized = expected.normalized { #expect(found.normalized == normalized) }
        #expect(found.qualifier == expected.qualifier)
        if expected.bound != nil { #expect(found.bound == expected.bound) }
    }

    @Test("Whole claim lists of sentences", arguments: [
        ("Call 555 123 4567 today.", [String]()),
        ("In 2019,20 people left.", ["2019", "20 people"]),
    ])
    func recognisesExactly(_ sentence: String, _ texts: [String]) {
        #expect(ClaimRecognizer().claims(in: sentence).map(\.text) == texts)
    }
}
