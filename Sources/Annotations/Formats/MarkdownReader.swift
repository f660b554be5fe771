/// Shows Markdown as a person reads it (headings without `#`, list items on their own lines with a
/// bullet, emphasis markers, link targets, quote markers and code fences hidden) while offsets still
/// refer to the file: the article's `fileOffsets` maps each shown scalar to its place in the file,
/// and the sidecar stores file offsets through it (see `AnnotationStore`).
///
/// Mapping was chosen over showing the file with hidden ranges because every consumer of the text
/// (recognition, search, layout) then sees plain prose, and only the store and exports translate.
public enum MarkdownReader {
    public static let version = "markdown/1"

    public static func read(_ text: String, path: String, warnings: [String] = []) -> Article {
        let file = Array(text.unicodeScalars)
        var shown = String.UnicodeScalarView()
        var map: [Int] = []
        func keep(_ index: Int) {
            shown.append(file[index])
            map.append(index)
        }
        func put(_ scalar: Unicode.Scalar, at index: Int) {
            shown.append(scalar)
            map.append(index)
        }
        var lineStart = 0
        var inFence = false
        while lineStart < file.count {
            var lineEnd = lineStart
            while lineEnd < file.count, file[lineEnd] != "\n" { lineEnd += 1 }
            var index = lineStart
            while index < lineEnd, file[index] == " " { index += 1 }
            let rest = Article.string(file[index..<lineEnd])
            if rest.hasPrefix("```") || rest.hasPrefix("~~~") {
                inFence.toggle()
            } else if inFence {
                for position in lineStart..<lineEnd { keep(position) }
                if lineEnd < file.count { keep(lineEnd) }
            } else if isRule(rest) {
                // A thematic break or a setext underline: nothing to read.
            } else {
                // Block markers at the start of the line.
                while index < lineEnd, file[index] == ">" {
                    index += 1
                    if index < lineEnd, file[index] == " " { index += 1 }
                }
                var hashes = 0
                while index + hashes < lineEnd, file[index + hashes] == "#" { hashes += 1 }
                var contentEnd = lineEnd
                if hashes > 0, hashes <= 6, index + hashes == lineEnd || file[index + hashes] == " " {
                    index = min(lineEnd, index + hashes + 1)
                    while contentEnd > index, file[contentEnd - 1] == "#" || file[contentEnd - 1] == " " { contentEnd -= 1 }
                } else if index + 1 < lineEnd, "-*+".unicodeScalars.contains(file[index]), file[index + 1] == " " {
                    put("•", at: index)
                    put(" ", at: index + 1)
                    index += 2
                } else {
                    var digits = 0
                    while index + digits < lineEnd, ("0"..."9").contains(file[index + digits]) { digits += 1 }
                    if digits > 0, index + digits + 1 < lineEnd, file[index + digits] == "." || file[index + digits] == ")",
                       file[index + digits + 1] == " " {
                        for position in index..<(index + digits + 2) { keep(position) }
                        index += digits + 2
                    }
                }
                inline(file, index..<contentEnd, keep: keep)
                if lineEnd < file.count { keep(lineEnd) }
            }
            lineStart = lineEnd + 1
        }
        map.append(file.count)
        var article = Article(path: path, text: String(shown), warnings: warnings)
        article.fileOffsets = map
        article.extractor = version
        if !article.title.isEmpty { article.metadata.title = article.title }
        return article
    }

    /// The inline text of a line, without emphasis markers, code ticks, link targets and escapes.
    static func inline(_ file: [Unicode.Scalar], _ range: Range<Int>, keep: (Int) -> Void) {
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = file[index]
            switch scalar {
            case "\\" where index + 1 < range.upperBound && file[index + 1].properties.isASCIIHexDigit == false
                && !file[index + 1].properties.isAlphabetic:
                keep(index + 1)
                index += 2
                continue
            case "*", "_", "`", "~":
                let before = index > range.lowerBound ? file[index - 1] : " "
                var runEnd = index
                while runEnd < range.upperBound, file[runEnd] == scalar { runEnd += 1 }
                let after = runEnd < range.upperBound ? file[runEnd] : " "
                let wordBefore = !Article.isSpace(before) && before != " "
                let wordAfter = !Article.isSpace(after) && after != " "
                let intraword = scalar == "_" && before.properties.isAlphabetic && after.properties.isAlphabetic
                if (wordBefore || wordAfter) && !intraword && (scalar != "~" || runEnd - index == 2) {
                    index = runEnd
                    continue
                }
                for position in index..<runEnd { keep(position) }
                index = runEnd
                continue
            case "!" where index + 1 < range.upperBound && file[index + 1] == "[":
                index += 1
                continue
            case "[":
                if let close = (index..<range.upperBound).first(where: { file[$0] == "]" }),
                   close + 1 < range.upperBound, file[close + 1] == "(",
                   let end = ((close + 1)..<range.upperBound).first(where: { file[$0] == ")" }) {
                    inline(file, (index + 1)..<close, keep: keep)
                    index = end + 1
                    continue
                }
            case "<":
                // An autolink or inline HTML tag: the tag is hidden, a link's address shown.
                if let close = (index..<range.upperBound).first(where: { file[$0] == ">" }) {
                    let inner = Article.string(file[(index + 1)..<close][...])
                    if inner.hasPrefix("http") || inner.contains("@") {
                        for position in (index + 1)..<close { keep(position) }
                    }
                    if !inner.contains(" ") || inner.hasPrefix("/") || inner.contains("=") || inner.hasPrefix("http") {
                        index = close + 1
                        continue
                    }
                }
            default:
                break
            }
            keep(index)
            index += 1
        }
    }

    static func isRule(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " }
        guard compact.count >= 3, let first = compact.first, "-=*_".contains(first) else { return false }
        return compact.allSatisfy { $0 == first }
    }
}
