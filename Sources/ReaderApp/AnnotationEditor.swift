import Annotations
import Foundation

/// The tag and note editor for a new annotation or one being edited: a tags line with completion
/// from suggested and already used tags, and a multi-line note.
public struct AnnotationEditor: Equatable, Sendable {
    public enum Field: Equatable, Sendable {
        case tags, note
    }

    /// Tags offered to everyone before any has been used.
    public static let suggestedTags = ["check", "verified", "disputed", "false", "needs-source"]

    public var articleIndex: Int
    /// The annotated span, Unicode scalar offsets.
    public var range: Range<Int>
    public var quote: String
    /// The annotation being edited; nil for a new one.
    public var existing: Annotation?
    /// The recognised claim on the span, kept with a new annotation.
    public var claim: Claim?
    public var tags: LineEditor
    public var note: TextEditor
    public var field: Field = .tags
    /// Every tag that completion may offer: the suggested ones, then those used in the corpus.
    public var knownTags: [String]

    public init(articleIndex: Int, range: Range<Int>, quote: String, existing: Annotation? = nil, claim: Claim? = nil,
                usedTags: [String] = []) {
        self.articleIndex = articleIndex
        self.range = range
        self.quote = quote
        self.existing = existing
        self.claim = claim
        tags = LineEditor(existing.map { $0.tags.joined(separator: " ") + ($0.tags.isEmpty ? "" : " ") } ?? "")
        note = TextEditor(existing?.note ?? "")
        var known = AnnotationEditor.suggestedTags
        for tag in usedTags where !known.contains(tag) { known.append(tag) }
        knownTags = known
    }

    /// The tags as typed: separated by spaces or commas, a leading # dropped.
    public var tagList: [String] {
        tags.text.split { $0 == " " || $0 == "," }.map { String($0.drop { $0 == "#" }) }.filter { !$0.isEmpty }
    }

    /// The word being typed in the tags line (before the cursor), if any.
    var partialTag: String {
        let text = String(tags.characters[..<tags.cursor])
        guard let last = text.split(whereSeparator: { $0 == " " || $0 == "," }).last,
              !(text.last == " " || text.last == ",") else { return "" }
        return String(last.drop { $0 == "#" })
    }

    /// Tags that complete the word being typed (all known tags not yet used when nothing is typed).
    public var completions: [String] {
        let partial = partialTag.lowercased()
        let used = Set(tagList.map { $0.lowercased() })
        return knownTags.filter { tag in
            partial.isEmpty ? !used.contains(tag.lowercased())
                : tag.lowercased().hasPrefix(partial) && tag.lowercased() != partial
        }
    }

    /// Completes the word being typed with the first candidate; false when there is none.
    public mutating func complete() -> Bool {
        let partial = partialTag
        guard !partial.isEmpty, let candidate = completions.first else { return false }
        for _ in 0..<partial.count { _ = tags.handle(.backspace) }
        tags.insert(candidate + " ")
        return true
    }
}
