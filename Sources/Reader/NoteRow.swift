import Annotations
import Foundation

/// One annotation as `reader notes` prints it.
struct NoteRow: Codable {
    var file: String
    /// The item of a feed or JSON Lines file; absent otherwise.
    var item: String?
    /// The article's canonical URL when its source gave one.
    var url: String?
    var id: String
    var state: AnchorState
    var quote: String
    var tags: [String]
    var note: String
    /// The current span (Unicode scalar offsets) and its 1-based line and column; nil for an orphan.
    var start: Int?
    var end: Int?
    var line: Int?
    var column: Int?
    var claim: ClaimSnapshot?
    var created: String
    var modified: String

    init(article: Article, anchored: AnchoredAnnotation) {
        let annotation = anchored.annotation
        file = article.path
        item = article.itemID
        url = article.metadata.url
        id = annotation.id.uuidString.lowercased()
        state = anchored.state
        quote = annotation.target.quote.exact
        tags = annotation.tags
        note = annotation.note
        if let range = anchored.range {
            // Show the words as they are now: they differ from the stored quote when moved or changed.
            quote = article.slice(range)
            start = range.lowerBound
            end = range.upperBound
            let location = TextLocation(offset: range.lowerBound, in: article.scalars)
            line = location.line
            column = location.column
        }
        claim = annotation.claim
        created = annotation.created
        modified = annotation.modified
    }

    /// Tab-separated: place, state, quote, tags, note; control characters made visible.
    var textLine: String {
        let name = item.map { file + "#" + $0 } ?? file
        let place = line.map { "\(name):\($0):\(column ?? 1)" } ?? "\(name):-"
        let tagText = tags.map { "#" + $0 }.joined(separator: " ")
        return [place, state.rawValue, "\"\(quote)\"", tagText, note].map(TerminalText.visible).joined(separator: "\t")
    }
}
