/// The sentence around a span, so a quoted phrase can be understood on its own.
struct SentenceContext: Equatable {
    var before: String
    var quote: String
    var after: String

    /// The most scalars taken either side before cutting with an ellipsis.
    static let maximumSide = 300

    /// The words of `range` with the rest of their sentence (stopping at sentence ends and line
    /// breaks), line breaks inside turned into spaces.
    init<Scalars: RandomAccessCollection<Unicode.Scalar>>(range: Range<Int>, in scalars: Scalars)
    where Scalars.Index == Int {
        var lower = range.lowerBound
        while lower > 0, range.lowerBound - lower < Self.maximumSide {
            if scalars[lower - 1] == "\n" { break }
            if Article.isSpace(scalars[lower - 1]), Self.sentenceEnds(before: lower - 1, in: scalars) { break }
            lower -= 1
        }
        var upper = range.upperBound
        while upper < scalars.count, upper - range.upperBound < Self.maximumSide {
            if scalars[upper] == "\n" { break }
            if Article.isSpace(scalars[upper]), upper > range.upperBound, Self.sentenceEnds(before: upper, in: scalars) { break }
            upper += 1
        }
        let cutBefore = lower > 0 && scalars[lower - 1] != "\n" && range.lowerBound - lower >= Self.maximumSide
        let cutAfter = upper < scalars.count && scalars[upper] != "\n" && upper - range.upperBound >= Self.maximumSide
        before = (cutBefore ? "…" : "") + Self.flat(scalars[lower..<range.lowerBound])
        quote = Self.flat(scalars[range])
        after = Self.flat(scalars[range.upperBound..<upper]) + (cutAfter ? "…" : "")
    }

    init(before: String, quote: String, after: String) {
        self.before = before
        self.quote = quote
        self.after = after
    }

    /// True when the text just before `index` ends a sentence: . ! or ?, perhaps followed by
    /// closing quotes or brackets.
    static func sentenceEnds<Scalars: RandomAccessCollection<Unicode.Scalar>>(before index: Int, in scalars: Scalars) -> Bool
    where Scalars.Index == Int {
        var position = index - 1
        while position >= 0, "\"”’)]".unicodeScalars.contains(scalars[position]) { position -= 1 }
        return position >= 0 && ".!?".unicodeScalars.contains(scalars[position])
    }

    static func flat(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
