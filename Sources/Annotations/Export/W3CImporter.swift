import Foundation

/// Reads a W3C Web Annotation collection back into annotations. Pure: bytes in, annotations with
/// their `target.source` out; the caller resolves sources to files, checks each annotation
/// against its article's text (`problem(with:in:)`) and saves.
///
/// An import file may come from anywhere, so every item is read on its own: one that is broken
/// (a missing field, a number out of range, a repeated id) is reported and skipped, the others
/// still import.
public enum W3CImporter {
    /// One imported annotation and the article its target names (as written in the file): the
    /// source (a URL or a file), our `reader:file` relative path when present, the container item.
    public struct Item: Equatable, Sendable {
        public var source: String
        public var file: String?
        public var item: String?
        public var annotation: Annotation
        /// "item 3 (urn:uuid:…)", for messages.
        public var label: String

        /// The file to look for: `reader:file`, else a `file:` source as a path, else a source that
        /// is no URL at all (an older export's relative path); nil for a web URL.
        public var localPath: String? {
            if let file { return file }
            if source.hasPrefix("file://"), let url = URL(string: source) { return url.path }
            if source.contains("://") { return nil }
            return source
        }
    }

    /// What is wrong with an import file, or with one item of it.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The items that could be read, and a problem for each that could not.
    public struct Reading: Sendable {
        public var items: [Item]
        public var problems: [Problem]
    }

    /// No article has more characters than bytes, and no article has more bytes than the loader
    /// reads: an offset above this is wrong, whatever the article.
    public static let maximumOffset = min(ArticleLoader.maximumFileSize, SidecarCodec.maximumOffset)

    /// Every item of the collection in `data`.
    /// - Throws: a `Problem` only when the file as a whole is not a Web Annotation collection.
    public static func read(_ data: Data) throws(Problem) -> Reading {
        // Foundation's decoder keeps one of two repeated keys without a word; refuse them instead.
        do {
            _ = try JSONParser.parse([UInt8](data))
        } catch {
            throw Problem(message: error.isDuplicateKey ? "ambiguous: \(error)" : "not JSON: \(error)")
        }
        let collection: LenientCollection
        do {
            collection = try JSONDecoder().decode(LenientCollection.self, from: data)
        } catch let error as DecodingError {
            throw Problem(message: "not a Web Annotation collection: \(SidecarCodec.describe(error))")
        } catch {
            throw Problem(message: "not JSON: \(error.localizedDescription)")
        }
        guard collection.type == "AnnotationCollection" else {
            throw Problem(message: "\"type\" is \(MessageText.quoted(collection.type)), not \"AnnotationCollection\"")
        }
        var reading = Reading(items: [], problems: [])
        var firstItemWithID: [UUID: Int] = [:]
        for (index, entry) in collection.allItems.enumerated() {
            let label = "item \(index + 1)" + (entry.id.map { " (\(TerminalText.visible($0)))" } ?? "")
            do {
                let item = try annotation(from: entry.decoded.get(), label: label)
                if let first = firstItemWithID[item.annotation.id] {
                    throw Problem(message: "\(label): the same id as item \(first + 1); only the first is imported")
                }
                firstItemWithID[item.annotation.id] = index
                reading.items.append(item)
            } catch let problem as Problem {
                reading.problems.append(problem)
            } catch let error as DecodingError {
                reading.problems.append(Problem(message: "\(label): \(SidecarCodec.describe(error))"))
            } catch {
                reading.problems.append(Problem(message: "\(label): \(error)"))
            }
        }
        return reading
    }

    /// Every item of the collection in `data`, or the first problem: for callers that want all or nothing.
    public static func items(from data: Data) throws(Problem) -> [Item] {
        let reading = try read(data)
        if let problem = reading.problems.first { throw problem }
        return reading.items
    }

    static func annotation(from item: WebAnnotation, label: String) throws(Problem) -> Item {
        let idText = item.id.lowercased().hasPrefix("urn:uuid:") ? String(item.id.dropFirst("urn:uuid:".count)) : item.id
        guard let id = UUID(uuidString: idText) else { throw Problem(message: "\(label): the id is not urn:uuid:…") }
        guard !item.target.source.isEmpty else { throw Problem(message: "\(label): the target has no source") }
        guard let quote = item.target.selector.first(where: { $0.type == WebAnnotationSelector.quoteType }),
              let exact = quote.exact else {
            throw Problem(message: "\(label): no TextQuoteSelector")
        }
        let position = item.target.selector.first { $0.type == WebAnnotationSelector.positionType }
        // Checked before any arithmetic: an end is computed from the start when it is missing.
        for (name, value) in [("start", position?.start), ("end", position?.end)] {
            if let value, !(0...maximumOffset).contains(value) {
                throw Problem(message: "\(label): the TextPositionSelector's \(name) \(value) is outside 0…\(maximumOffset), the most any article can have")
            }
        }
        let quoteLength = exact.unicodeScalars.count
        guard quoteLength <= maximumOffset else { throw Problem(message: "\(label): the quote is longer than any article can be") }
        let start = position?.start ?? 0
        let end = position?.end ?? start + quoteLength
        guard start <= end else { throw Problem(message: "\(label): the TextPositionSelector's start \(start) is after its end \(end)") }
        if let value = item.claim?.value, !value.isFinite {
            throw Problem(message: "\(label): the claim's value is not a finite number")
        }
        let bodies = item.body ?? []
        let note = bodies.filter { ($0.purpose ?? WebAnnotationBody.commenting) == WebAnnotationBody.commenting }
            .map(\.value).joined(separator: "\n\n")
        let tags = bodies.filter { $0.purpose == WebAnnotationBody.tagging }.map(\.value)
        let now = Annotation.timestampText(Date())
        let annotation = Annotation(id: id, created: item.created ?? now, modified: item.modified ?? item.created ?? now,
                                    target: AnnotationTarget(quote: TextQuoteSelector(exact: exact, prefix: quote.prefix ?? "",
                                                                                      suffix: quote.suffix ?? ""),
                                                             position: TextPositionSelector(start: start, end: end),
                                                             item: item.target.item),
                                    tags: tags, note: note, claim: item.claim)
        return Item(source: item.target.source, file: item.target.file, item: item.target.item,
                    annotation: annotation, label: label)
    }

    /// What is wrong with `annotation` as an annotation of `article`, or nil when it fits: its
    /// offsets must lie in the text and span as many characters as its quote, and the quote must
    /// be found (where the offsets say, or elsewhere when the article has changed since).
    public static func problem(with annotation: Annotation, in article: Article) -> String? {
        let quote = annotation.target.quote.exact
        let position = annotation.target.position
        let length = quote.unicodeScalars.count
        guard length > 0 else { return "the quote is empty" }
        guard position.end <= article.scalars.count else {
            return "the offsets \(position.start)–\(position.end) are beyond the end of \(article.path) (\(article.scalars.count) characters)"
        }
        guard position.end - position.start == length else {
            return "the offsets \(position.start)–\(position.end) span \(position.end - position.start) characters but the quote has \(length)"
        }
        if Anchoring.anchor(annotation, in: Array(article.scalars)).state == .orphan {
            return "the quote \"\(quote)\" is not in \(article.path)"
        }
        return nil
    }

    /// The collection with each item kept as it decoded (or failed to), so one bad item does not
    /// make the whole file unreadable. Both shapes: `items` on the collection (older exports), or
    /// the `first` page and the later pages under `reader:pages`.
    struct LenientCollection: Decodable {
        var type: String
        var items: [LenientItem]?
        var first: LenientPage?
        var pages: [LenientPage]?

        enum CodingKeys: String, CodingKey {
            case type, items, first
            case pages = "reader:pages"
        }

        /// Every item, in order, whichever shape the collection has.
        var allItems: [LenientItem] {
            var result = items ?? []
            if let first { result += first.items }
            for page in pages ?? [] { result += page.items }
            return result
        }
    }

    struct LenientPage: Decodable {
        var items: [LenientItem]
    }

    struct LenientItem: Decodable {
        /// The item's id when it has a readable one, for the message about a broken item.
        var id: String?
        var decoded: Result<WebAnnotation, any Error>

        enum Key: String, CodingKey { case id }

        init(from decoder: Decoder) throws {
            id = try? decoder.container(keyedBy: Key.self).decodeIfPresent(String.self, forKey: .id)
            decoded = Result { try WebAnnotation(from: decoder) }
        }
    }
}
