/// One plain-text article, kept exactly as on disk, with its title and body blocks.
///
/// Every offset is a Unicode scalar offset into `text`: the title is the first non-empty line,
/// paragraphs are split on blank lines, and a second line that repeats the title with a credit
/// glued on ("…airstrikesReuters") is kept as a credit block, not shown as a second title.
public struct Article: Equatable, Sendable {
    /// The path as the user reached it (relative paths stay relative).
    public let path: String
    public let text: String
    /// `text` indexed by scalar offset (its UTF-8 and a sparse table, not four bytes a character).
    public let scalars: ScalarText
    public let title: String
    public let titleRange: Range<Int>
    public let blocks: [TextBlock]
    public let wordCount: Int
    /// Problems met while reading that the user should see (repaired UTF-8, say).
    public let warnings: [String]
    /// False when `text` is not byte for byte what is on disk (invalid UTF-8 was repaired):
    /// offsets then do not match the file, so annotating is refused.
    public let isExact: Bool
    /// Title, byline, date, source name and canonical URL, as far as the source format told them.
    public var metadata = ArticleMetadata()
    /// Which item of a container file (a feed, a JSON Lines file) this article is: its guid, Atom id,
    /// JSON id, URL or line number. Nil for a file that holds one article. The container keeps one
    /// sidecar, with each annotation marked by this id.
    public var itemID: String? = nil
    /// The reader that turned the file into `text` and its version (`html/1`, `text/1; charset=windows-1252`):
    /// anchors are offsets into `text`, so the sidecar records which extraction they refer to.
    public var extractor: String? = nil
    /// For each scalar of `text` (and one past the end), its scalar offset in the file, when the
    /// text shown is a reading of the file rather than the file itself (Markdown): the sidecar keeps
    /// file offsets through this map. Nil when offsets in `text` are offsets in the file.
    public var fileOffsets: [Int]? = nil

    public init(path: String, text: String, warnings: [String] = [], isExact: Bool = true) {
        self.path = path
        self.warnings = warnings
        self.isExact = isExact
        let scalars = ScalarText(text)
        self.text = scalars.string
        self.scalars = scalars
        let (lines, wordCount) = Article.linesAndWordCount(in: scalars)
        var titleRange = 0..<0
        var blocks: [TextBlock] = []
        var current: Range<Int>? = nil
        var titleLineIndex: Int? = nil
        for (index, line) in lines.enumerated() {
            let trimmed = Article.trim(line, in: scalars)
            if trimmed.isEmpty {
                if let range = current { blocks.append(TextBlock(range: range)) }
                current = nil
                continue
            }
            if titleLineIndex == nil {
                titleLineIndex = index
                titleRange = trimmed
                continue
            }
            if blocks.isEmpty, current == nil, index == titleLineIndex! + 1,
               let credit = Article.creditAfterRepeatedTitle(line: trimmed, title: titleRange, in: scalars) {
                if !credit.isEmpty { blocks.append(TextBlock(range: credit, kind: .credit)) }
                continue
            }
            if let range = current {
                current = range.lowerBound..<trimmed.upperBound
            } else {
                current = trimmed
            }
        }
        if let range = current { blocks.append(TextBlock(range: range)) }
        self.titleRange = titleRange
        self.blocks = blocks
        self.title = scalars.string(titleRange)
        self.wordCount = wordCount
    }

    /// The text between two scalar offsets.
    public func slice(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return scalars.string(lower..<upper)
    }

    /// The file name without its folders.
    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    // MARK: - Parsing helpers

    static func string(_ scalars: Slice<ScalarText>) -> String {
        scalars.string
    }

    static func string<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Line ranges, without their line feeds, and the words (runs of non-spaces): one pass over
    /// the UTF-8, decoding only the scalars that are not ASCII.
    static func linesAndWordCount(in scalars: ScalarText) -> (lines: [Range<Int>], words: Int) {
        // The state lives in the closure's own variables, which stay in registers, not in
        // variables captured from outside it.
        scalars.withBytes { bytes in
            var lines: [Range<Int>] = []
            var start = 0
            var index = 0
            var words = 0
            var inWord = false
            var byte = 0
            while byte < bytes.count {
                let lead = bytes[byte]
                let space: Bool
                if lead < 0x80 {
                    byte += 1
                    if lead == 0x0A {
                        lines.append(start..<index)
                        start = index + 1
                    }
                    // Line feed, space, tab, carriage return, vertical tab, form feed.
                    space = lead == 0x20 || (0x09...0x0D).contains(lead)
                } else {
                    space = isSpace(ScalarText.decode(bytes, at: byte))
                    byte += ScalarText.width(ofLead: lead)
                }
                if space {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
                index += 1
            }
            if start < index { lines.append(start..<index) }
            return (lines, words)
        }
    }

    /// Line ranges, without their line feeds.
    static func lines<Scalars: Collection<Unicode.Scalar>>(in scalars: Scalars) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        for scalar in scalars {
            if scalar == "\n" {
                result.append(start..<index)
                start = index + 1
            }
            index += 1
        }
        if start < index { result.append(start..<index) }
        return result
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0D, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    static func trim<Scalars: RandomAccessCollection<Unicode.Scalar>>(_ range: Range<Int>, in scalars: Scalars) -> Range<Int>
    where Scalars.Index == Int {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(scalars[lower]) { lower += 1 }
        while upper > lower, isSpace(scalars[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// If `line` starts with the title and what follows is a short credit, the credit's range
    /// (empty when the line repeats the title exactly); otherwise nil.
    static func creditAfterRepeatedTitle(line: Range<Int>, title: Range<Int>,
                                         in scalars: ScalarText) -> Range<Int>? {
        guard line.count >= title.count,
              scalars[line.lowerBound..<(line.lowerBound + title.count)].elementsEqual(scalars[title]) else { return nil }
        let afterTitle = line.lowerBound + title.count
        if afterTitle == line.upperBound { return afterTitle..<afterTitle }
        // The credit is glued on with no space, and is a few words at most.
        guard !isSpace(scalars[afterTitle]) else { return nil }
        let rest = trim(afterTitle..<line.upperBound, in: scalars)
        guard rest.count <= 60 else { return nil }
        let words = scalars[rest].split(whereSeparator: isSpace).count
        return words <= 6 ? rest : nil
    }

    static func countWords<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> Int {
        var count = 0
        var inWord = false
        for scalar in scalars {
            if isSpace(scalar) || scalar == "\n" {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
