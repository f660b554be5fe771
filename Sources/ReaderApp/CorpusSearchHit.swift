import Annotations

/// One article a corpus search found: where its first match is and the line around it. The world
/// makes these from the corpus index, or, with no index, by `substringHits(of:in:)`. The place is
/// a line and column, which the index knows without the article's text; the offset in the text is
/// found once the article is read (`offset(line:column:in:)`).
public struct CorpusSearchHit: Equatable, Sendable {
    public var articleIndex: Int
    /// 1-based line and column (in Unicode scalars) of the first match.
    public var line: Int
    public var column: Int
    /// The line around the match, shortened; it may hold anything, so it is made visible when drawn.
    public var snippet: String

    public init(articleIndex: Int, line: Int, column: Int, snippet: String) {
        self.articleIndex = articleIndex
        self.line = line
        self.column = column
        self.snippet = snippet
    }

    /// How many scalars of the line a snippet keeps.
    static let snippetWidth = 100

    /// Every read article holding `query` in its text (case-insensitive, as the article view
    /// searches), in the corpus's order: the search used when there is no corpus index.
    public static func substringHits(of query: String, in records: [ArticleRecord]) -> [CorpusSearchHit] {
        records.enumerated().compactMap { index, record in
            guard let article = record.article,
                  let first = TextSearch.matches(of: query, in: article.scalars).first(where: { article.isShown($0) })
            else { return nil }
            return hit(articleIndex: index, at: first.lowerBound, in: article.scalars)
        }
    }

    /// A hit at a scalar offset: its line and column and the line around it.
    public static func hit<Scalars: RandomAccessCollection<Unicode.Scalar>>(articleIndex: Int, at offset: Int, in scalars: Scalars) -> CorpusSearchHit
    where Scalars.Index == Int {
        let offset = max(0, min(offset, scalars.count))
        var lineStart = offset
        while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        var lineEnd = offset
        while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
        let line = 1 + scalars[..<lineStart].lazy.filter { $0 == "\n" }.count
        let start = max(lineStart, min(offset - snippetWidth / 3, lineEnd - snippetWidth))
        let end = min(lineEnd, start + snippetWidth)
        var snippet = String(String.UnicodeScalarView(scalars[start..<end]))
        if start > lineStart { snippet = "…" + snippet }
        if end < lineEnd { snippet += "…" }
        return CorpusSearchHit(articleIndex: articleIndex, line: line, column: offset - lineStart + 1, snippet: snippet)
    }

    /// The scalar offset of a 1-based line and column (in scalars), kept inside the text.
    public static func offset<Scalars: RandomAccessCollection<Unicode.Scalar>>(line: Int, column: Int, in scalars: Scalars) -> Int
    where Scalars.Index == Int {
        var offset = 0
        var remaining = line - 1
        while remaining > 0, offset < scalars.count {
            if scalars[offset] == "\n" { remaining -= 1 }
            offset += 1
        }
        return min(scalars.count, offset + max(0, column - 1))
    }
}
