import Annotations
import Foundation

/// The tag and note editor over the bottom of the article: Tab completes a tag or moves between the
/// fields, Ctrl-S or F2 saves, Esc cancels.
extension AppState {
    mutating func handleEditorKey(_ key: Key, environment: AppEnvironment) -> AppCommand {
        guard var editor else { return .none }
        switch key {
        case .escape:
            self.editor = nil
            message = "Not saved"
            return .none
        case .control("s"), .function(2):
            return save(editor, environment: environment)
        case .tab where editor.field == .tags:
            if !editor.complete() { editor.field = .note }
        case .tab, .backTab:
            editor.field = editor.field == .tags ? .note : .tags
        case .enter where editor.field == .tags:
            editor.field = .note
        case .up where editor.field == .note && editor.note.row == 0:
            editor.field = .tags
        case .down where editor.field == .tags:
            editor.field = .note
        default:
            switch editor.field {
            case .tags: _ = editor.tags.handle(key)
            case .note: _ = editor.note.handle(key)
            }
        }
        self.editor = editor
        return .none
    }

    /// Pasted text goes to the field being edited, line breaks kept in the note.
    mutating func pasteIntoEditor(_ text: String) {
        guard var editor else { return }
        switch editor.field {
        case .tags: editor.tags.insert(text)
        case .note: editor.note.insert(text)
        }
        self.editor = editor
    }

    mutating func save(_ editor: AnnotationEditor, environment: AppEnvironment) -> AppCommand {
        self.editor = nil
        editorBeingSaved = editor
        let article = records[editor.articleIndex].article
        let note = editor.note.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let existing = editor.existing {
            let revised = existing.revised(tags: editor.tagList, note: note, now: environment.now)
            undoStack.append(UndoStep(articleIndex: editor.articleIndex, change: .update(existing)))
            message = "Annotation saved"
            return .changeAnnotations(articleIndex: editor.articleIndex, change: .update(revised))
        }
        let annotation = Annotation.make(article: article, range: editor.range, tags: editor.tagList, note: note,
                                         claim: editor.claim, id: environment.newID, now: environment.now)
        undoStack.append(UndoStep(articleIndex: editor.articleIndex, change: .delete(annotation.id)))
        message = "Annotation saved" + undoHint
        return .changeAnnotations(articleIndex: editor.articleIndex, change: .add(annotation))
    }

    func renderEditor(_ editor: AnnotationEditor, into frame: inout Frame) {
        let noteRows = max(1, min(editor.note.lines.count + 1, size.height - 8))
        let height = min(size.height - 2, 5 + noteRows)
        let top = size.height - 1 - height
        for y in top..<(size.height - 1) { frame.fill(row: y, style: .plain) }
        frame.fill(row: top, style: theme.header)
        let verb = editor.existing == nil ? "Annotate" : "Edit annotation on"
        frame.put(" \(verb) “\(AppState.shortQuote(editor.quote, limit: max(10, size.width - 20)))”", x: 0, y: top,
                  style: theme.header)
        let label = Style(bold: true)
        frame.put(" Tags: ", x: 0, y: top + 1, style: label)
        let tagsView = editor.tags.visible(width: size.width - 8)
        frame.put(tagsView.text, x: 7, y: top + 1)
        let completions = editor.completions.prefix(8).joined(separator: " ")
        frame.put("       " + (completions.isEmpty ? "" : "Tab: " + completions), x: 0, y: top + 2, style: theme.secondary)
        frame.put(" Note:", x: 0, y: top + 3, style: label)
        let firstRow = max(0, editor.note.row - noteRows + 1)
        var cursor: (x: Int, y: Int) = (7 + tagsView.cursorColumn, top + 1)
        for row in 0..<noteRows {
            let lineIndex = firstRow + row
            guard editor.note.lines.indices.contains(lineIndex) else { break }
            let characters = editor.note.lines[lineIndex]
            let y = top + 4 + row
            if lineIndex == editor.note.row {
                let line = LineEditor(String(characters))
                var positioned = line
                for _ in 0..<(characters.count - editor.note.column) { _ = positioned.handle(.left) }
                let shown = positioned.visible(width: size.width - 2)
                frame.put(shown.text, x: 1, y: y)
                if editor.field == .note { cursor = (1 + shown.cursorColumn, y) }
            } else {
                frame.put(String(characters), x: 1, y: y)
            }
        }
        frame.put(" Ctrl-S save · Esc cancel · Tab: tags/note (completes a tag)", x: 0, y: size.height - 2,
                  style: theme.secondary)
        frame.cursor = cursor
    }
}
