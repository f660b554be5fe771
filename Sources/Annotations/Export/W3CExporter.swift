import Foundation

/// Writes annotations as a W3C Web Annotation collection (JSON-LD). Positions are the sidecar's:
/// offsets in the file (for Markdown, through the article's offset map), while the quote is the
/// words as shown. Pure and deterministic:
/// items in article order then the sidecar's stable order, keys sorted, the stored selectors
/// (not the re-anchored place) so that `W3CImporter` restores every annotation exactly.
public struct W3CExporter: Sendable {
    /// Annotations per page: a larger export is split into pages linked by `next`.
    public static let defaultPageSize = 1000

    public var label: String
    /// The URI of the export's folder (`file:///home/me/notes/`): a file's source is this with the
    /// relative path appended, an absolute URI as the model asks. Nil leaves the relative path.
    public var baseURI: String?
    public var pageSize: Int

    public init(label: String = "Reading notes", baseURI: String? = nil, pageSize: Int = W3CExporter.defaultPageSize) {
        self.label = label
        self.baseURI = baseURI
        self.pageSize = pageSize
    }

    public func export(_ articles: [ExportedArticle]) throws -> String {
        var items: [WebAnnotation] = []
        for exported in articles {
            let annotations = Sidecar.ordered(exported.annotations.map { exported.article.inFile($0.annotation) })
            let fileSource = baseURI.map { $0 + Self.percentEncodedPath(exported.path) } ?? exported.path
            let source = exported.article.metadata.url ?? fileSource
            items += annotations.map {
                Self.webAnnotation($0, source: source, file: source == exported.path ? nil : exported.path,
                                   item: exported.article.itemID)
            }
        }
        let collection = WebAnnotationCollection(id: Self.collectionID(items), label: label, items: items, pageSize: pageSize)
        return try PrintedJSON.encode(collection) + "\n"
    }

    /// A `urn:uuid:` made from the annotations' ids and sources, so the same notes give the same bytes.
    static func collectionID(_ items: [WebAnnotation]) -> String {
        let seed = items.map { $0.id + " " + $0.target.source + " " + ($0.target.item ?? "") }.joined(separator: "\n")
        let high = ContentHash.hex("collection\n" + seed)
        let low = ContentHash.hex(seed + "\ncollection")
        let hex = Array(high + low)
        // Version 8 (custom) with the RFC 4122 variant.
        let text = String(hex[0..<8]) + "-" + String(hex[8..<12]) + "-8" + String(hex[13..<16]) + "-a" + String(hex[17..<20])
            + "-" + String(hex[20..<32])
        return "urn:uuid:" + text
    }

    /// A relative path as a URI path: every byte but unreserved ones and `/` percent-encoded.
    static func percentEncodedPath(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            if (byte < 0x80 && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))) || "-._~/".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }

    /// One annotation in the Web Annotation model.
    public static func webAnnotation(_ annotation: Annotation, source: String, file: String? = nil, item: String? = nil) -> WebAnnotation {
        var bodies: [WebAnnotationBody] = []
        if !annotation.note.isEmpty { bodies.append(WebAnnotationBody(purpose: WebAnnotationBody.commenting, value: annotation.note)) }
        bodies += annotation.tags.map { WebAnnotationBody(purpose: WebAnnotationBody.tagging, value: $0) }
        let target = WebAnnotationTarget(source: source, selector: [WebAnnotationSelector(annotation.target.quote),
                                                                    WebAnnotationSelector(annotation.target.position)],
                                         file: file, item: item)
        return WebAnnotation(id: "urn:uuid:" + annotation.id.uuidString.lowercased(), created: annotation.created,
                             modified: annotation.modified, body: bodies.isEmpty ? nil : bodies, target: target,
                             claim: annotation.claim)
    }
}
