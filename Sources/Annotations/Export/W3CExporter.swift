import Foundation

/// Writes annotations as a W3C Web Annotation collection (JSON-LD). Pure and deterministic:
/// items in article order then the sidecar's stable order, keys sorted, the stored selectors
/// (not the re-anchored place) so that `W3CImporter` restores every annotation exactly.
public struct W3CExporter: Sendable {
    public var label: String

    public init(label: String = "Reading notes") {
        self.label = label
    }

    public func export(_ articles: [ExportedArticle]) throws -> String {
        var items: [WebAnnotation] = []
        for exported in articles {
            let annotations = Sidecar.ordered(exported.annotations.map(\.annotation))
            items += annotations.map { Self.webAnnotation($0, source: exported.path) }
        }
        return try PrintedJSON.encode(WebAnnotationCollection(label: label, items: items)) + "\n"
    }

    /// One annotation in the Web Annotation model.
    public static func webAnnotation(_ annotation: Annotation, source: String) -> WebAnnotation {
        var bodies: [WebAnnotationBody] = []
        if !annotation.note.isEmpty { bodies.append(WebAnnotationBody(purpose: WebAnnotationBody.commenting, value: annotation.note)) }
        bodies += annotation.tags.map { WebAnnotationBody(purpose: WebAnnotationBody.tagging, value: $0) }
        let target = WebAnnotationTarget(source: source, selector: [WebAnnotationSelector(annotation.target.quote),
                                                                    WebAnnotationSelector(annotation.target.position)])
        return WebAnnotation(id: "urn:uuid:" + annotation.id.uuidString.lowercased(), created: annotation.created,
                             modified: annotation.modified, body: bodies.isEmpty ? nil : bodies, target: target,
                             claim: annotation.claim)
    }
}
