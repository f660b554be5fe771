/// An article cut into sentences, and the sentences the ledger reads cut into tokens.
///
/// A sentence ends at `.`, `!` or `?` (after any closing quotes) followed by a space and a capital,
/// a digit or an opening quote, unless the word before the stop is an abbreviation ("U.S.", "Gen.");
/// a line break always ends a sentence, since titles, captions and paragraphs stand on their own lines.
/// Only sentences that hold a claim, and their neighbours (where a quotation's speaker may be named),
/// are cut into tokens: most of an article's sentences hold no number.
struct LedgerText: Sendable {
    /// Tokens of the sentences read, in text order.
    let tokens: [LedgerToken]
    /// Token index ranges of the sentences, in order; empty for a sentence not read.
    let sentences: [Range<Int>]
    /// Scalar ranges of the sentences, in order.
    let sentenceRanges: [Range<Int>]

    /// - Parameter claimOffsets: where the claims start; their sentences and the sentences either side are read.
    init(scalars: [Unicode.Scalar], claimOffsets: [Int]) {
        let ranges = LedgerText.sentenceRanges(in: scalars)
        var needed = [Bool](repeating: false, count: ranges.count)
        for offset in claimOffsets {
            guard let index = LedgerText.index(containing: offset, in: ranges) else { continue }
            for neighbour in max(0, index - 1)...min(ranges.count - 1, index + 1) { needed[neighbour] = true }
        }
        var tokens: [LedgerToken] = []
        var sentences: [Range<Int>] = []
        sentences.reserveCapacity(ranges.count)
        for (index, range) in ranges.enumerated() {
            let first = tokens.count
            if needed[index] { LedgerText.tokenize(scalars, range, into: &tokens) }
            sentences.append(first..<tokens.count)
        }
        self.tokens = tokens
        self.sentences = sentences
        self.sentenceRanges = ranges
    }

    /// Every token of the text (for tests and small texts).
    init(scalars: [Unicode.Scalar]) {
        self.init(scalars: scalars, claimOffsets: [])
        var tokens: [LedgerToken] = []
        var sentences: [Range<Int>] = []
        for range in sentenceRanges {
            let first = tokens.count
            LedgerText.tokenize(scalars, range, into: &tokens)
            sentences.append(first..<tokens.count)
        }
        self = LedgerText(tokens: tokens, sentences: sentences, sentenceRanges: sentenceRanges)
    }

    private init(tokens: [LedgerToken], sentences: [Range<Int>], sentenceRanges: [Range<Int>]) {
        self.tokens = tokens
        self.sentences = sentences
        self.sentenceRanges = sentenceRanges
    }

    /// The scalar ranges of the sentences, from their first to their last non-space scalar.
    static func sentenceRanges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        var lastVisible = 0
        let count = scalars.count
        var index = 0
        func close() {
            if let start { ranges.append(start..<lastVisible) }
            start = nil
        }
        while index < count {
            let scalar = scalars[index]
            if scalar == "\n" {
                close()
                index += 1
                continue
            }
            if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{A0}" {
                index += 1
                continue
            }
            if start == nil { start = index }
            lastVisible = index + 1
            if scalar == "." || scalar == "!" || scalar == "?", endsSentence(scalars, at: index) {
                var next = index + 1
                while next < count, isQuote(scalars[next]) { next += 1 }
                lastVisible = next
                close()
                index = next
                continue
            }
            index += 1
        }
        close()
        return ranges
    }

    /// Appends the tokens of `range` to `tokens`.
    static func tokenize(_ scalars: [Unicode.Scalar], _ range: Range<Int>, into tokens: inout [LedgerToken]) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                let start = index
                var ascii = true
                while index < end {
                    let next = scalars[index]
                    if isWordScalar(next) {
                        ascii = ascii && next.isASCII
                        index += 1
                    } else if (next == "'" || next == "\u{2019}" || next == "-" || next == "." && isAbbreviationDot(scalars, index, start)),
                              index + 1 < end, isWordScalar(scalars[index + 1]) {
                        ascii = ascii && next != "\u{2019}"
                        index += 1
                    } else {
                        break
                    }
                }
                let first = scalars[start]
                let capitalised = first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
                tokens.append(word(scalars[start..<index], ascii: ascii, isCapitalised: capitalised))
                continue
            }
            switch scalar {
            case " ", "\t", "\r", "\u{A0}":
                break
            case ",", ";", ":":
                tokens.append(LedgerToken(kind: .comma, lower: String(scalar), start: index, end: index + 1, isCapitalised: false))
            case "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'":
                tokens.append(LedgerToken(kind: .quote, lower: "\"", start: index, end: index + 1, isCapitalised: false))
            case ".", "!", "?":
                tokens.append(LedgerToken(kind: .stop, lower: ".", start: index, end: index + 1, isCapitalised: false))
            default:
                tokens.append(LedgerToken(kind: .other, lower: "", start: index, end: index + 1, isCapitalised: false))
            }
            index += 1
        }
    }

    /// The token of a word: a short ASCII word is lowered into a packed key and looked up in the
    /// vocabulary's table, so a known word makes no string; an unknown one is a word of no class
    /// (its event, if any, read from its stem).
    static func word(_ word: ArraySlice<Unicode.Scalar>, ascii: Bool, isCapitalised: Bool) -> LedgerToken {
        guard ascii, word.count <= LedgerWordTable.Key.capacity else {
            return LedgerToken(kind: .word, lower: lowered(word, ascii: ascii), start: word.startIndex, end: word.endIndex,
                               isCapitalised: isCapitalised)
        }
        var key = LedgerWordTable.Key()
        for scalar in word {
            let value = UInt8(truncatingIfNeeded: scalar.value)
            key.append(value >= 0x41 && value <= 0x5A ? value + 32 : value)
        }
        if let known = LedgerWordTable.vocabulary.entry(for: key) {
            return LedgerToken(word: known.word, start: word.startIndex, end: word.endIndex, isCapitalised: isCapitalised,
                               flags: known.flags, event: known.event)
        }
        let lower = lowered(word, ascii: true)
        return LedgerToken(word: lower, start: word.startIndex, end: word.endIndex, isCapitalised: isCapitalised,
                           flags: [], event: LedgerVocabulary.event(of: lower))
    }

    /// The text of some scalars, encoded to UTF-8 directly (a scalar view appends one scalar at a
    /// time, which for every claim's sentence in a large corpus is most of the work).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var position = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[position] = UInt8(value)
                    position += 1
                } else if value < 0x800 {
                    buffer[position] = UInt8(0xC0 | (value >> 6))
                    buffer[position + 1] = UInt8(0x80 | (value & 0x3F))
                    position += 2
                } else if value < 0x10000 {
                    buffer[position] = UInt8(0xE0 | (value >> 12))
                    buffer[position + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[position + 2] = UInt8(0x80 | (value & 0x3F))
                    position += 3
                } else {
                    buffer[position] = UInt8(0xF0 | (value >> 18))
                    buffer[position + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[position + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[position + 3] = UInt8(0x80 | (value & 0x3F))
                    position += 4
                }
            }
            return position
        }
    }

    /// A word lowercased (ASCII letters only, which is all the tables need); the curly apostrophe made straight.
    static func lowered(_ word: ArraySlice<Unicode.Scalar>, ascii: Bool) -> String {
        if ascii {
            return String(unsafeUninitializedCapacity: word.count) { buffer in
                var position = 0
                for scalar in word {
                    let value = UInt8(truncatingIfNeeded: scalar.value)
                    buffer[position] = value >= 0x41 && value <= 0x5A ? value + 32 : value
                    position += 1
                }
                return position
            }
        }
        var view = String.UnicodeScalarView()
        for scalar in word { view.append(scalar == "\u{2019}" ? "'" : lowered(scalar)) }
        return String(view)
    }

    /// The index of the sentence holding the scalar offset.
    func sentenceIndex(containing offset: Int) -> Int? {
        LedgerText.index(containing: offset, in: sentenceRanges)
    }

    /// The index of the range holding `offset`, by binary search; between two, the one after.
    static func index(containing offset: Int, in ranges: [Range<Int>]) -> Int? {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if offset < ranges[middle].lowerBound {
                high = middle - 1
            } else if offset >= ranges[middle].upperBound {
                low = middle + 1
            } else {
                return middle
            }
        }
        return low < ranges.count ? low : nil
    }

    /// The scalar range a sentence covers.
    func scalarRange(ofSentence index: Int) -> Range<Int> {
        sentenceRanges[index]
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
    static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard scalars[index] == "." else { return nextStartsSentence(scalars, after: index) }
        // The word just before the dot, with the dots and apostrophes a word keeps inside ("U.S").
        var wordStart = index
        while wordStart > 0 {
            let previous = scalars[wordStart - 1]
            if isWordScalar(previous) {
                wordStart -= 1
            } else if (previous == "." || previous == "'" || previous == "\u{2019}" || previous == "-"), wordStart - 2 >= 0,
                      isWordScalar(scalars[wordStart - 2]), wordStart < index {
                wordStart -= 1
            } else {
                break
            }
        }
        if wordStart < index {
            let word = scalars[wordStart..<index]
            let lower = lowered(word, ascii: word.allSatisfy(\.isASCII))
            if abbreviations.contains(lower) { return false }
            let first = scalars[wordStart]
            // An initialism: "U.S." or a single capital "J."; a number with a decimal point ("6.2.",
            // "11.07pm.") is none, so a capital after it opens the next sentence.
            let hasDigit = word.contains { $0.value >= 0x30 && $0.value <= 0x39 }
            if (lower.contains(".") && !hasDigit) || (index - wordStart == 1 && first.properties.isUppercase) {
                return nextStartsSentence(scalars, after: index) && !nextIsCapitalisedName(scalars, after: index)
            }
        }
        return nextStartsSentence(scalars, after: index)
    }

    static func nextStartsSentence(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        if isGluedSentenceStart(scalars, after: index) { return true }
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

    /// Text copied from web pages often loses the space between sentences ("early in the
    /// month.Subway fares rose", "in 2024.The government", "prices.\"We reached"): a stop right
    /// after a word of three or more letters ending in lowercase, or after four digits (a year),
    /// and right before a capitalised word going on in lowercase (a quote may stand between),
    /// ends the sentence. Initialisms ("U.S.A") and domains ("example.com") do not match.
    static func isGluedSentenceStart(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        func isLower(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x61 && scalar.value <= 0x7A }
        func isUpper(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x41 && scalar.value <= 0x5A }
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
        guard scalars[index] == ".", index >= 4 else { return false }
        var next = index + 1
        while next < scalars.count, isQuote(scalars[next]) || scalars[next] == "\u{201C}" { next += 1 }
        guard next + 1 < scalars.count, isUpper(scalars[next]), isLower(scalars[next + 1]) else { return false }
        let word = isLower(scalars[index - 1]) && isLower(scalars[index - 2])
            && (isLower(scalars[index - 3]) || isUpper(scalars[index - 3]))
        let year = (1...4).allSatisfy { isDigit(scalars[index - $0]) } && !isDigit(scalars[index - 5])
            && scalars[index - 5] != "." && scalars[index - 5] != ","
        return word || year
    }

    /// After an initialism, a capitalised word usually continues the name ("U.S. Secretary"), so the
    /// sentence goes on; only a quote or a line break ends it there.
    static func nextIsCapitalisedName(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        var next = index + 1
        while next < scalars.count, scalars[next] == " " { next += 1 }
        return next < scalars.count && scalars[next].properties.isUppercase
    }
}
