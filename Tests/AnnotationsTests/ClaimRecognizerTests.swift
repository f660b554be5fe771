import Testing
@testable import Annotations

/// Spans, kinds, values, qualifiers and bounds of single claims, on sentences written for these tests.
@Suite("Claim recogniser: spans, kinds, values")
struct ClaimRecognizerTests {
    /// One expected claim: its exact text, kind, value (a number or a normalised string) and qualifier.
    struct Expected: Sendable, CustomTestStringConvertible {
        var sentence: String
        var text: String
        var kind: ClaimKind
        var value: Double?
        var normalized: String?
        var qualifier: String?
        var bound: ClaimBound?
        var testDescription: String { "\(text) in \(sentence)" }

        /// The recogniser finds this claim in the sentence, with its kind, value (to a relative
        /// 1e-9), normalised form, qualifier and bound.
        func check() {
            let claims = ClaimRecognizer().claims(in: sentence)
            let found = claims.first { $0.text == text }
            #expect(found != nil, "\(text) not found; got \(claims.map(\.text))")
            guard let found else { return }
            #expect(found.kind == kind)
            if let value {
                #expect(abs((found.value ?? .nan) - value) < 1e-9 * max(1, abs(value)), "value \(String(describing: found.value))")
            }
            if let normalized { #expect(found.normalized == normalized) }
            #expect(found.qualifier == qualifier)
            if bound != nil { #expect(found.bound == bound) }
        }

        init(_ sentence: String, _ text: String, _ kind: ClaimKind, _ value: Double? = nil, normalized: String? = nil,
             qualifier: String? = nil, bound: ClaimBound? = nil) {
            self.sentence = sentence
            self.text = text
            self.kind = kind
            self.value = value
            self.normalized = normalized
            self.qualifier = qualifier
            self.bound = bound
        }
    }

    static let cases: [Expected] = [
        // Counts and counted heads.
        Expected("Police said 1,250 protesters were detained.", "1,250 protesters", .count, 1250),
        Expected("The flood forced about 3,400 families from their homes.", "about 3,400 families", .count, 3400,
                 qualifier: "about", bound: .approximate),
        Expected("Officials counted more than 600 damaged buildings in the town.", "more than 600 damaged buildings", .count, 600,
                 qualifier: "more than", bound: .lower),
        Expected("The ship carried 40 elderly and disabled passengers.", "40 elderly and disabled passengers", .count, 40),
        Expected("The vote drew 12 million people to the polls.", "12 million people", .count, 12_000_000),
        Expected("Turnout was low; the region has 2.5 million registered voters.", "2.5 million registered voters", .count, 2_500_000),
        Expected("Only one hospital remained open.", "one hospital", .count, 1),
        Expected("The club signed two goalkeepers.", "two goalkeepers", .count, 2),
        Expected("Twenty-five miners were rescued.", "Twenty-five miners", .count, 25),
        Expected("The fund has helped two hundred and fifty thousand farmers.", "two hundred and fifty thousand farmers", .count, 250_000),
        Expected("The strike left at least 14 dead, officials said.", "at least 14 dead", .count, 14, qualifier: "at least", bound: .lower),
        Expected("Up to 9,000 workers could lose their jobs.", "Up to 9,000 workers", .count, 9000, qualifier: "up to", bound: .upper),
        Expected("The attendance was 48,212 on Sunday.", "48,212", .count, 48212),
        Expected("The army deployed a dozen tanks.", "a dozen tanks", .count, 12),
        // Percentages.
        Expected("Inflation rose to 7.4% in March.", "7.4%", .percent, 7.4),
        Expected("Support fell by nearly 12 per cent.", "nearly 12 per cent", .percent, 12, qualifier: "nearly", bound: .upper),
        Expected("The party gained 3 percentage points.", "3 percentage points", .percent, 3),
        // Money.
        Expected("The deal is worth $1.2 billion.", "$1.2 billion", .money, 1_200_000_000),
        Expected("The club paid €45m for the striker.", "€45m", .money, 45_000_000),
        Expected("Fines of up to £5,000 apply.", "up to £5,000", .money, 5000, qualifier: "up to", bound: .upper),
        Expected("The country borrowed 300 million euros.", "300 million euros", .money, 300_000_000),
        // Measures.
        Expected("The convoy travelled 120 km overnight.", "120 km", .measure, 120),
        Expected("The fire burned 2,000 hectares of forest.", "2,000 hectares", .measure, 2000),
        Expected("Temperatures reached 41 degrees Celsius.", "41 degrees Celsius", .measure, 41),
        Expected("A magnitude 6.1 earthquake struck the coast.", "magnitude 6.1", .measure, 6.1),
        Expected("The 5km race starts at noon.", "5km", .measure, 5),
        Expected("The plant processes 30,000 tonnes a year.", "30,000 tonnes", .measure, 30000),
        // Durations.
        Expected("He was jailed for 18 months.", "18 months", .duration, 18),
        Expected("A 72-hour ceasefire began.", "72-hour", .duration, 72),
        Expected("A 19-year-old student was arrested.", "19-year-old", .duration, 19),
        Expected("Talks lasted two days and three hours.", "two days and three hours", .duration, 2.125),
        Expected("She finished in 2 minutes 5 seconds.", "2 minutes 5 seconds", .duration, 125),
        Expected("The suspect, Marta Diaz, 34, was released.", "34", .duration, 34),
        // Times.
        Expected("The polls close at 8:30 p.m. on Friday.", "8:30 p.m.", .time, normalized: "20:30"),
        Expected("The launch is set for 0630 GMT.", "0630 GMT", .time, normalized: "06:30"),
        Expected("Doors open at 7pm.", "7pm", .time, normalized: "19:00"),
        // Dates.
        Expected("The law took effect on January 1, 2020.", "January 1, 2020", .date, normalized: "2020-01-01"),
        Expected("He arrived on 3 March 2019 in Rome.", "3 March 2019", .date, normalized: "2019-03-03"),
        Expected("LONDON, Oct. 7 (Reuters) - Shares fell.", "Oct. 7", .date, normalized: "10-07"),
        Expected("The company was founded in 1998.", "1998", .date, 1998),
        Expected("The inquiry reported in September 2015.", "September 2015", .date, normalized: "2015-09"),
        // Ordinals and fractions.
        Expected("It is the country's third largest port.", "third", .ordinal, 3),
        Expected("She won her 21st title.", "21st", .ordinal, 21),
        Expected("Almost two-thirds of voters agreed.", "Almost two-thirds", .fraction, 2.0 / 3.0, qualifier: "almost", bound: .upper),
        Expected("Prices rose by a quarter, the agency said.", "a quarter", .fraction, 0.25),
        Expected("Roughly one in four adults smokes.", "Roughly one in four", .fraction, 0.25, qualifier: "roughly", bound: .approximate),
        Expected("More than half of the city lost power.", "More than half", .fraction, 0.5, qualifier: "more than", bound: .lower),
        // Ranges, ages, rates, negatives, glued scales.
        Expected("Sentences of two or three years were handed down.", "two", .duration, 2),
        Expected("A man in his 70s was hurt.", "70s", .duration, 70),
        Expected("Winds gusted at 90km/h overnight.", "90km/h", .measure, 90),
        Expected("Temperatures fell to minus 12 degrees.", "minus 12 degrees", .measure, -12),
        Expected("Officials said 1.2m people had fled.", "1.2m people", .count, 1_200_000),
        Expected("Prices have risen for 18 consecutive months.", "18 consecutive months", .duration, 18),
        Expected("The index gained .5 percent on Friday.", ".5 percent", .percent, 0.5),
        Expected("A magnitude-7.6 earthquake struck.", "magnitude-7.6", .measure, 7.6),
        Expected("Inflation was 0.3% in May.", "0.3%", .percent, 0.3),
    ]

    @Test("One claim with its span, kind and value", arguments: cases)
    func recognisesClaim(_ expected: Expected) {
        expected.check()
    }

    @Test("Not claims: vague amounts, pronoun 'one', weekdays, bare months, codes, prepositional 'over'",
          arguments: [
            "Thousands of people marched and hundreds were arrested.",
            "No one was hurt, and one of the guards fled.",
            "The meeting is on Monday in March.",
            "Boeing 737 jets and the F-16 fighter were shown at Expo.",
            "UN Resolution 2254 was cited.",
            "Call 020 7946 0958 or see https://example.com/2020/05/story-123 for version 2.3.1.",
            "The one-off payment ended a two-way deal on iOS 17.",
            "The Thirty Years' War ended in a treaty.",
          ])
    func ignoresNonClaims(_ sentence: String) {
        #expect(ClaimRecognizer().claims(in: sentence).isEmpty, "\(ClaimRecognizer().claims(in: sentence).map(\.text))")
    }

    @Test func overAsPrepositionStaysOutOfDurations() {
        let claims = ClaimRecognizer().claims(in: "Prices climbed over two years.")
        #expect(claims.map(\.text) == ["two years"])
        #expect(claims.first?.qualifier == nil)
    }

    @Test func rangeEndsShareTheUnitsKind() {
        let claims = ClaimRecognizer().claims(in: "Sentences ranged from four to nine years, and 5 to 10 million dollars.")
        #expect(claims.map(\.text) == ["four", "nine years", "5", "10 million dollars"])
        #expect(claims.map(\.kind) == [.duration, .duration, .money, .money])
        #expect(claims[2].value == 5_000_000)
    }

    @Test func offsetsAreUnicodeScalarOffsets() {
        let text = "Café “owners” — about 30 of them — paid €1,500 each."
        let scalars = Array(text.unicodeScalars)
        for claim in ClaimRecognizer().claims(in: text) {
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[claim.start..<claim.end])
            #expect(String(slice) == claim.text)
        }
        #expect(ClaimRecognizer().claims(in: text).map(\.text) == ["about 30", "€1,500"])
    }

    @Test func noBreakSpaceInsideAClaim() {
        let claims = ClaimRecognizer().claims(in: "They lost nearly\u{A0}three-quarters of it.")
        #expect(claims.map(\.text) == ["nearly\u{A0}three-quarters"])
        #expect(claims.first?.value == 0.75)
    }
}
