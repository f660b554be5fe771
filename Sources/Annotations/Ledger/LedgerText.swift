/// An article cut into tokens and sentences once, for every claim of the article to use.
///
/// A sentence ends at `.`, `!` or `?` (after any closing quotes) followed by a space and a capital,
/// a digit or an opening quote, unless the word before the stop is an abbreviation ("U.S.", "Gen.");
/// a line break always ends a sentence, since titles, captions and paragraphs stand on their own lines.
struct LedgerText: Sendable {
    let tokens: [LedgerToken]
    /// Token index ranges of the sentences, in order.
    let sentences: [Range<Int>]

    init(scalars: [Unicode.Scalar]) {
        var tokens: [LedgerToken] = []
        tokens.reserveCapacity(scalars.count / 5)
        var sentences: [Range<Int>] = []
        var sentenceStart = 0
        var index = 0
        let count = scalars.count

        func closeSentence() {
            if tokens.count > sentenceStart { sentences.append(sentenceStart..<tokens.count) }
            sentenceStart = tokens.count
        }

        while index < count {
            let scalar = scalars[index]
            if scalar == "\n" {
                closeSentence()
                index += 1
                continue
            }
            if LedgerText.isWordScalar(scalar) {
                let start = index
                var lower = String.UnicodeScalarView()
                while index < count {
                    let next = scalars[index]
                    if LedgerText.isWordScalar(next) {
                        lower.append(LedgerText.lowered(next))
                        index += 1
                    } else if (next == "'" || next == "\u{2019}" || next == "-" || next == "." && LedgerText.isAbbreviationDot(scalars, index, start)),
                              index + 1 < count, LedgerText.isWordScalar(scalars[index + 1]) {
                        lower.append(next == "\u{2019}" ? "'" : next)
                        index += 1
                    } else {
                        break
                    }
                }
                let first = scalars[start]
                let capitalised = first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
                tokens.append(LedgerToken(kind: .word, lower: String(lower), start: start, end: index, isCapitalised: capitalised))
                continue
            }
            if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{A0}" {
                index += 1
                continue
            }
            switch scalar {
            case ",", ";", ":":
                tokens.append(LedgerToken(kind: .comma, lower: String(scalar), start: index, end: index + 1, isCapitalised: false))
            case "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'":
                tokens.append(LedgerToken(kind: .quote, lower: "\"", start: index, end: index + 1, isCapitalised: false))
            case ".", "!", "?":
                tokens.append(LedgerToken(kind: .stop, lower: String(scalar), start: index, end: index + 1, isCapitalised: false))
                if LedgerText.endsSentence(scalars, at: index, tokens: tokens) {
                    // Closing quotes after the stop belong to this sentence.
                    var next = index + 1
                    while next < count, LedgerText.isQuote(scalars[next]) {
                        tokens.append(LedgerToken(kind: .quote, lower: "\"", start: next, end: next + 1, isCapitalised: false))
                        next += 1
                    }
                    closeSentence()
                    index = next
                    continue
                }
            default:
                tokens.append(LedgerToken(kind: .other, lower: String(scalar), start: index, end: index + 1, isCapitalised: false))
            }
            index += 1
        }
        closeSentence()
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The index of the sentence holding the scalar offset, by binary search.
    func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = sentences[middle]
            let start = tokens[range.lowerBound].start
            let end = tokens[range.upperBound - 1].end
            if offset < start {
                high = middle - 1
            } else if offset >= end {
                low = middle + 1
            } else {
                return middle
            }
        }
        // Between two sentences (on a space): the one after.
        return low < sentences.count ? low : nil
    }

    /// The scalar range a sentence covers.
    func scalarRange(ofSentence index: Int) -> Range<Int> {
        let range = sentences[index]
        return tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
    }

    /// The first token index at or after a scalar offset within a sentence.
    func tokenIndex(atOrAfter offset: Int, in sentence: Range<Int>) -> Int {
        var index = sentence.lowerBound
        while index < sentence.upperBound, tokens[index].end <= offset { index += 1 }
        return index
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return scalar.properties.isAlphabetic
    }

    static func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value >= 0x41, scalar.value <= 0x5A { return Unicode.Scalar(scalar.value + 32)! }
        return scalar
    }

    static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "\u{201D}" || scalar == "\u{2019}" || scalar == "'"
    }

    /// A dot inside a word is kept when the word is an initialism ("U.S", "p.m"): single letters between dots.
    static func isAbbreviationDot(_ scalars: [Unicode.Scalar], _ index: Int, _ wordStart: Int) -> Bool {
        index - wordStart == 1 || (index >= 2 && scalars[index - 2] == ".")
    }

    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "st", "no", "vs",
                                             "jan", "feb", "aug", "sept", "oct", "nov", "dec", "gov", "sen", "rep", "prof"]

    /// Whether the stop at `index` ends its sentence.
    static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int, tokens: [LedgerToken]) -> Bool {
        guard scalars[index] == "." else { return nextStartsSentence(scalars, after: index) }
        if tokens.count >= 2 {
            let before = tokens[tokens.count - 2]
            if before.kind == .word, before.end == index {
                if abbreviations.contains(before.lower) { return false }
                // An initialism: "U.S." or a single capital "J."
                if before.lower.contains(".") || (before.end - before.start == 1 && before.isCapitalised) {
                    return nextStartsSentence(scalars, after: index) && !nextIsCapitalisedName(scalars, after: index)
                }
            }
        }
        return nextStartsSentence(scalars, after: index)
    }

    static func nextStartsSentence(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        var next = index + 1
        while next < scalars.count, isQuote(scalars[next]) || scalars[next] == ")" { next += 1 }
        guard next < scalars.count else { return true }
        guard scalars[next] == " " || scalars[next] == "\n" || scalars[next] == "\u{A0}" else { return false }
        while next < scalars.count, scalars[next] == " " || scalars[next] == "\u{A0}" { next += 1 }
        guard next < scalars.count else { return true }
        let first = scalars[next]
        return first == "\n" || first.properties.isUppercase || (first.value >= 0x30 && first.value <= 0x39)
            || first == "\"" || first == "\u{201C}" || first == "\u{2018}"
    }

    /// After an initialism, a capitalised word usually continues the name ("U.S. Secretary"), so the
    /// sentence goes on; only a quote or a line break ends it there.
    static func nextIsCapitalisedName(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        var next = index + 1
        while next < scalars.count, scalars[next] == " " { next += 1 }
        return next < scalars.count && scalars[next].properties.isUppercase
    }
}
