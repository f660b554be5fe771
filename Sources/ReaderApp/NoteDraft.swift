/// What was typed in the annotation editor when the reader had to stop (a signal, a closed
/// terminal): kept on disk and offered again the next time that article's editor opens.
public struct NoteDraft: Codable, Equatable, Sendable {
    /// The annotated span, Unicode scalar offsets, and its text when the draft was made.
    public var start: Int
    public var end: Int
    public var quote: String
    public var tags: String
    public var note: String
    /// The id of the annotation being edited; nil for a new one.
    public var existingID: String?

    public init(start: Int, end: Int, quote: String, tags: String, note: String, existingID: String? = nil) {
        self.start = start
        self.end = end
        self.quote = quote
        self.tags = tags
        self.note = note
        self.existingID = existingID
    }

    /// The editor's text as a draft; nil when nothing was typed worth keeping.
    public init?(_ editor: AnnotationEditor) {
        let tags = editor.tags.text
        let note = editor.note.text
        let unchanged = editor.existing.map {
            AnnotationEditor(articleIndex: 0, range: 0..<0, quote: "", existing: $0).tags.text == tags && $0.note == note
        } ?? false
        guard !unchanged, !(tags + note).allSatisfy(\.isWhitespace) else { return nil }
        self.init(start: editor.range.lowerBound, end: editor.range.upperBound, quote: editor.quote, tags: tags,
                  note: note, existingID: editor.existing?.id.uuidString)
    }
}
