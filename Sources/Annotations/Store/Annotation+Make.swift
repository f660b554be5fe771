import Foundation

extension Annotation {
    /// How many Unicode scalars of context the quote selector keeps either side of the span.
    public static let contextLength = 32

    /// A new annotation on `range` of `article`, with both selectors built from the text.
    /// - Parameters:
    ///   - range: Unicode scalar offsets into `article.text`; clamped to the text.
    ///   - claim: the recognised claim on that span, if any; its values are kept as a snapshot.
    ///   - now: the creation (and modification) time.
    public static func make(article: Article, range: Range<Int>, tags: [String] = [], note: String = "",
                            claim: Claim? = nil, id: UUID = UUID(), now: Date = Date()) -> Annotation {
        let count = article.scalars.count
        let lower = max(0, min(range.lowerBound, count))
        let upper = max(lower, min(range.upperBound, count))
        let timestamp = timestampText(now)
        var target = target(in: article.scalars, range: lower..<upper)
        target.item = article.itemID
        return Annotation(id: id, created: timestamp, modified: timestamp, target: target,
                          tags: normalizedTags(tags), note: note, claim: claim.map(ClaimSnapshot.init))
    }

    /// This annotation with new tags and note, and `modified` set to `now`.
    public func revised(tags: [String], note: String, now: Date = Date()) -> Annotation {
        var copy = self
        copy.tags = Annotation.normalizedTags(tags)
        copy.note = note
        copy.modified = Annotation.timestampText(now)
        return copy
    }

    /// The quote and position selectors of `range` in `scalars`.
    public static func target(in scalars: ScalarText, range: Range<Int>) -> AnnotationTarget {
        let prefixStart = max(0, range.lowerBound - contextLength)
        let suffixEnd = min(scalars.count, range.upperBound + contextLength)
        let quote = TextQuoteSelector(exact: Article.string(scalars[range]),
                                      prefix: Article.string(scalars[prefixStart..<range.lowerBound]),
                                      suffix: Article.string(scalars[range.upperBound..<suffixEnd]))
        return AnnotationTarget(quote: quote, position: TextPositionSelector(start: range.lowerBound, end: range.upperBound))
    }

    /// Tags without a leading `#` or surrounding white space, empty ones and repeats dropped,
    /// in the order first given.
    public static func normalizedTags(_ tags: [String]) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for tag in tags {
            var cleaned = tag.trimmingCharacters(in: .whitespacesAndNewlines)
            while cleaned.hasPrefix("#") { cleaned.removeFirst() }
            cleaned = cleaned.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !cleaned.isEmpty, seen.insert(cleaned).inserted else { continue }
            result.append(cleaned)
        }
        return result
    }

    /// ISO 8601 in UTC with milliseconds, e.g. `2016-12-17T10:04:05.120Z`: sorts as text.
    public static func timestampText(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!))
    }
}
