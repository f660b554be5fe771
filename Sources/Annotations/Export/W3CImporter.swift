import Foundation

/// Reads a W3C Web Annotation collection back into annotations. Pure: bytes in, annotations with
/// their `target.source` out; the caller resolves sources to files and saves.
public enum W3CImporter {
    /// One imported annotation and the article its target names (as written in the file): the
    /// source (a URL or a file), our `reader:file` relative path when present, the container item.
    public struct Item: Equatable, Sendable {
        public var source: String
        public var file: String?
        public var item: String?
        public var annotation: Annotation

        /// The file to look for: `reader:file`, else a `file:` source as a path, else a source that
        /// is no URL at all (an older export's relative path); nil for a web URL.
        public var localPath: String? {
            if let file { return file }
            if source.hasPrefix("file://"), let url = URL(string: source) { return url.path }
            if source.contains("://") { return nil }
            return source
        }
    }

    /// What is wrong with an import file, with the item concerned.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static func items(from data: Data) throws(Problem) -> [Item] {
        let collection: WebAnnotationCollection
        do {
            collection = try JSONDecoder().decode(WebAnnotationCollection.self, from: data)
        } catch let error as DecodingError {
            throw Problem(message: "not a Web Annotation collection: \(SidecarCodec.describe(error))")
        } catch {
            throw Problem(message: "not JSON: \(error.localizedDescription)")
        }
        guard collection.type == "AnnotationCollection" else {
            throw Problem(message: "\"type\" is \"\(collection.type)\", not \"AnnotationCollection\"")
        }
        var result: [Item] = []
        for (index, item) in collection.allItems.enumerated() {
            result.append(try annotation(from: item, index: index))
        }
        return result
    }

    static func annotation(from item: WebAnnotation, index: Int) throws(Problem) -> Item {
        let itemLabel = "item \(index + 1) (\(item.id))"
        let idText = item.id.lowercased().hasPrefix("urn:uuid:") ? String(item.id.dropFirst("urn:uuid:".count)) : item.id
        guard let id = UUID(uuidString: idText) else { throw Problem(message: "\(itemLabel): the id is not urn:uuid:…") }
        guard let quote = item.target.selector.first(where: { $0.type == WebAnnotationSelector.quoteType }),
              let exact = quote.exact else {
            throw Problem(message: "\(itemLabel): no TextQuoteSelector")
        }
        let position = item.target.selector.first { $0.type == WebAnnotationSelector.positionType }
        let start = position?.start ?? 0
        let end = position?.end ?? start + exact.unicodeScalars.count
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
        return Item(source: item.target.source, file: item.target.file, item: item.target.item, annotation: annotation)
    }
}
