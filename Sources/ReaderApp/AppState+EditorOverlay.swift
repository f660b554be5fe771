import Annotations
import Foundation

/// The tag and note editor over the bottom of the article: Tab completes a tag or moves between the
/// fields, Ctrl-S or F2 saves, Esc cancels.
extension AppState {
    mutating func handleEditorKey(_ key: Key, environment: AppEnvironment) -> AppCommand {
        guard var editor else { return .none }
        switch (keyMap.action(for: key, in: .editor), key) {
        case (.cancelEditor?, _):
            self.editor = nil
            message = "Not saved"
            return .none
        case (.saveAnnotation?, _):
            return save(editor, environment: environment)
        case (.completeTagOrSwitchField?, _) where editor.field == .tags:
            if !editor.complete() { editor.field = .note }
        case (.completeTagOrSwitchField?, _), (.switchField?, _):
            editor.field = editor.field == .tags ? .note : .tags
        // Enter, Up and Down move between the fields at their edges and are text keys inside them.
        case (_, .enter) where editor.field == .tags:
            editor.field = .note
        case (_, .up) where editor.field == .note && editor.note.row == 0:
            editor.field = .tags
        case (_, .down) where editor.field == .tags:
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
        guard let article = records[editor.articleIndex].article else { return .none }
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

    /// The editor takes as many rows at the bottom of `area` as its note needs, leaving one above it.
    func renderEditor(_ editor: AnnotationEditor, in area: Rect, into frame: inout Frame) {
        let noteRows = max(1, min(editor.note.lines.count + 1, area.height - 7))
        let box = area.bottom(min(area.height - 1, 5 + noteRows))
        let top = box.y, x = box.x, right = box.x + box.width
        frame.fill(box, style: .plain)
        frame.fill(box.top(1), style: theme.header)
        let verb = editor.existing == nil ? "Annotate" : "Edit annotation on"
        frame.put(" \(verb) “\(AppState.shortQuote(editor.quote, limit: max(10, box.width - 20)))”", x: x, y: top,
                  style: theme.header, limit: right)
        let label = Style(bold: true)
        frame.put(" Tags: ", x: x, y: top + 1, style: label, limit: right)
        let tagsView = editor.tags.visible(width: box.width - 8)
        frame.put(tagsView.text, x: x + 7, y: top + 1, limit: right)
        let completions = editor.completions.prefix(8).joined(separator: " ")
        frame.put("       " + (completions.isEmpty ? "" : "Tab: " + completions), x: x, y: top + 2, style: theme.secondary, limit: right)
        frame.put(" Note:", x: x, y: top + 3, style: label, limit: right)
        let firstRow = max(0, editor.note.row - noteRows + 1)
        var cursor: (x: Int, y: Int) = (x + 7 + tagsView.cursorColumn, top + 1)
        for row in 0..<noteRows {
            let lineIndex = firstRow + row
            guard editor.note.lines.indices.contains(lineIndex) else { break }
            let characters = editor.note.lines[lineIndex]
            let y = top + 4 + row
            if lineIndex == editor.note.row {
                let line = LineEditor(String(characters))
                var positioned = line
                for _ in 0..<(characters.count - editor.note.column) { _ = positioned.handle(.left) }
                let shown = positioned.visible(width: box.width - 2)
                frame.put(shown.text, x: x + 1, y: y, limit: right)
                if editor.field == .note { cursor = (x + 1 + shown.cursorColumn, y) }
            } else {
                frame.put(String(characters), x: x + 1, y: y, limit: right)
            }
        }
        frame.put(" Ctrl-S save · Esc cancel · Tab: tags/note (completes a tag)", x: x, y: box.lastRow,
                  style: theme.secondary, limit: right)
        frame.cursor = cursor
    }
}
