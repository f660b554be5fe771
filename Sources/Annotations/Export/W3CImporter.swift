import Foundation

/// Reads a W3C Web Annotation collection back into annotations. Pure: bytes in, annotations with
/// their `target.source` out; the caller resolves sources to files and saves.
public enum W3CImporter {
    /// One imported annotation and the article path its target names (as written in the file).
    public struct Item: Equatable, Sendable {
        public var source: String
        public var annotation: Annotation
    }

    /// What is wrong with an import file, with the item concerned.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static func items(from data: Data) throws(Problem) -> [Item] {
        // Foundation's decoder keeps one of two repeated keys without a word; refuse them instead.
        do {
            _ = try JSONParser.parse([UInt8](data))
        } catch {
            throw Problem(message: error.isDuplicateKey ? "ambiguous: \(error)" : "not JSON: \(error)")
        }
        let collection: WebAnnotationCollection
        do {
            collection = try JSONDecoder().decode(WebAnnotationCollection.self, from: data)
        } catch let error as DecodingError {
            throw Problem(message: "not a Web Annotation collection: \(SidecarCodec.describe(error))")
        } catch {
            throw Problem(message: "not JSON: \(error.localizedDescription)")
        }
        guard collection.type == "AnnotationCollection" else {
            throw Problem(message: "\"type\" is \(MessageText.quoted(collection.type)), not \"AnnotationCollection\"")
        }
        var result: [Item] = []
        for (index, item) in collection.items.enumerated() {
            result.append(try annotation(from: item, index: index))
        }
        return result
    }

    static func annotation(from item: WebAnnotation, index: Int) throws(Problem) -> Item {
        let itemLabel = "item \(index + 1) (\(MessageText.quoted(item.id)))"
        let idText = item.id.lowercased().hasPrefix("urn:uuid:") ? String(item.id.dropFirst("urn:uuid:".count)) : item.id
        guard let id = UUID(uuidString: idText) else { throw Problem(message: "\(itemLabel): the id is not urn:uuid:…") }
        guard let quote = item.target.selector.first(where: { $0.type == WebAnnotationSelector.quoteType }),
              let exact = quote.exact else {
            throw Problem(message: "\(itemLabel): no TextQuoteSelector")
        }
        let position = item.target.selector.first { $0.type == WebAnnotationSelector.positionType }
        let start = position?.start ?? 0
        let limit = SidecarCodec.maximumOffset
        guard (0...limit).contains(start), exact.unicodeScalars.count <= limit - start else {
            throw Problem(message: "\(itemLabel): the TextPositionSelector start \(start) is not an offset from 0 to \(limit)")
        }
        let end = position?.end ?? start + exact.unicodeScalars.count
        guard (start...limit).contains(end) else {
            throw Problem(message: "\(itemLabel): the TextPositionSelector end \(end) is not an offset from its start \(start) to \(limit)")
        }
        if let value = item.claim?.value, !value.isFinite {
            throw Problem(message: "\(itemLabel): the claim's value is not a finite number")
        }
        let bodies = item.body ?? []
        let note = bodies.filter { ($0.purpose ?? WebAnnotationBody.commenting) == WebAnnotationBody.commenting }
            .map(\.value).joined(separator: "\n\n")
        let tags = bodies.filter { $0.purpose == WebAnnotationBody.tagging }.map(\.value)
        let now = Annotation.timestampText(Date())
        let annotation = Annotation(id: id, created: item.created ?? now, modified: item.modified ?? item.created ?? now,
                                    target: AnnotationTarget(quote: TextQuoteSelector(exact: exact, prefix: quote.prefix ?? "",
                                                                                      suffix: quote.suffix ?? ""),
                                                             position: TextPositionSelector(start: start, end: end)),
                                    tags: tags, note: note, claim: item.claim)
        return Item(source: item.target.source, annotation: annotation)
    }
}
