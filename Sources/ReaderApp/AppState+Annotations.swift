import Annotations
import Foundation

// Annotating in the reader: choose a span (the focused highlight, or a visual selection), edit
// tags and a note, see annotated spans in the text, list, edit, delete and undo. Every change is
// an AppCommand that the outside world writes to the sidecar and answers with an AnnotationUpdate.
extension AppState {
    // MARK: - Receiving

    /// Takes an article's annotations as read from (or written to) its sidecar.
    public mutating func receive(_ update: AnnotationUpdate, for index: Int) {
        guard articles.indices.contains(index) else { return }
        switch update {
        case .loaded(let list):
            annotations[index] = Anchoring.anchor(list, in: articles[index])
            sidecarProblems[index] = nil
            for annotation in list { for tag in annotation.tags where !usedTags.contains(tag) { usedTags.append(tag) } }
            if view?.index == index, let open = panel, open.kind == .annotations { reopenAnnotationPanel(keeping: open) }
        case .refused(let problem):
            sidecarProblems[index] = problem
            if view?.index == index { message = problem }
            reopenUnsavedEditor(for: index)
        case .failed(let problem):
            message = problem
            // The change did not happen, so there is nothing to undo.
            if !undoStack.isEmpty { undoStack.removeLast() }
            reopenUnsavedEditor(for: index)
        }
        if editorBeingSaved?.articleIndex == index { editorBeingSaved = nil }
    }

    /// A save that did not happen gives the text back to the editor, so nothing typed is lost.
    mutating func reopenUnsavedEditor(for index: Int) {
        guard let unsaved = editorBeingSaved, unsaved.articleIndex == index, editor == nil else { return }
        editor = unsaved
    }

    /// The number of annotations of an article, for the list; nil when its sidecar cannot be read.
    func noteCount(_ index: Int) -> Int? {
        sidecarProblems[index] == nil ? annotations[index].count : nil
    }

    /// Annotated spans on screen, drawn under the highlights' colours.
    func annotationSpans(_ view: ArticleView) -> [StyledSpan] {
        var spans: [StyledSpan] = []
        let visible = visibleOffsets(view)
        for anchored in annotations[view.index] {
            guard let range = anchored.range, range.overlaps(visible) else { continue }
            spans.append(StyledSpan(range: range, style: theme.annotated))
        }
        if let selection = view.selection {
            spans.append(StyledSpan(range: selection.range, style: theme.selectionSpan))
        }
        return spans
    }

    // MARK: - Actions

    mutating func performAnnotationAction(_ action: Action) -> AppCommand {
        guard let view, let article = currentArticle else { return .none }
        switch action {
        case .annotate:
            if let selection = view.selection {
                startEditing(range: selection.range, claim: Article.claim(for: selection.range, among: currentAnalysis?.claims ?? []))
            } else if let focused = view.focused {
                var claim: Claim? = nil
                if case .claim = focused.kind, let analysis = currentAnalysis, analysis.claims.indices.contains(focused.index) {
                    claim = analysis.claims[focused.index]
                }
                startEditing(range: focused.range, claim: claim)
            } else {
                message = "Tab to a highlight, or v to select any words, then a to annotate"
            }
        case .visualSelect:
            // The selection starts where the reader's eye is: the focused highlight, else the
            // current search match on screen, else the first word on screen.
            var start = view.focused?.range
            if start == nil, let search = view.search, let current = search.current,
               search.matches.indices.contains(current), isOnScreen(search.matches[current].lowerBound) {
                start = search.matches[current]
            }
            self.view?.selection = Selection(range: start ?? Selection.word(at: view.topOffset, in: article.scalars))
            message = selectionHint
        case .annotationPanel:
            openAnnotationPanel()
        case .undo:
            return undo()
        case .export:
            return .export
        default:
            break
        }
        return .none
    }

    var selectionHint: String {
        "Select: w/b word, l/h letter, j/k line, o other end · a annotate · Esc cancel"
    }

    /// Opens the editor on a span, refusing where the sidecar is broken or the text not exact.
    mutating func startEditing(range: Range<Int>, claim: Claim?, existing: Annotation? = nil) {
        guard let index = view?.index else { return }
        // Whether the editor opens or annotating is refused, the selection has done its job.
        view?.selection = nil
        if let problem = sidecarProblems[index] {
            message = problem
            return
        }
        guard articles[index].isExact else {
            message = "This article's text was repaired (invalid UTF-8), so annotations could not be anchored: annotating is off"
            return
        }
        if let draft = drafts.removeValue(forKey: index) {
            resumeDraft(draft, in: index)
            return
        }
        editor = AnnotationEditor(articleIndex: index, range: range, quote: articles[index].slice(range),
                                  existing: existing, claim: claim, usedTags: usedTags)
    }

    /// Opens the editor on a draft left by an earlier run, on its own span and annotation.
    mutating func resumeDraft(_ draft: NoteDraft, in index: Int) {
        let existing = draft.existingID.flatMap { id in
            annotations[index].first { $0.annotation.id.uuidString == id }?.annotation
        }
        let range = AppState.clampedRange(TextPositionSelector(start: draft.start, end: draft.end),
                                          length: articles[index].scalars.count)
        var resumed = AnnotationEditor(articleIndex: index, range: range, quote: draft.quote, existing: existing,
                                       usedTags: usedTags)
        resumed.tags = LineEditor(draft.tags)
        resumed.note = TextEditor(draft.note)
        resumed.field = draft.note.isEmpty ? .tags : .note
        editor = resumed
        message = "Your unsaved note from last time is back: Ctrl-S saves it, Esc drops it"
    }

    /// The open editor's text as a draft to keep when the reader must stop; nil when there is none.
    public var editorDraft: (articleIndex: Int, draft: NoteDraft)? {
        guard let editor, let draft = NoteDraft(editor) else { return nil }
        return (editor.articleIndex, draft)
    }

    // MARK: - Selection keys

    mutating func handleSelectionKey(_ key: Key) -> AppCommand {
        guard var view, var selection = view.selection, let article = currentArticle else { return .none }
        let scalars = article.scalars
        switch key {
        case .escape, .character("q"), .character("v"):
            view.selection = nil
            self.view = view
            message = nil
            return .none
        case .character("a"), .enter:
            return performAnnotationAction(.annotate)
        case .character("w"), .character("e"):
            selection.moveByWord(1, in: scalars)
        case .character("b"):
            selection.moveByWord(-1, in: scalars)
        case .character("l"), .right:
            selection.moveByCharacter(1, textLength: scalars.count)
        case .character("h"), .left:
            selection.moveByCharacter(-1, textLength: scalars.count)
        case .character("j"), .down, .character("k"), .up:
            let down = key == .character("j") || key == .down
            let lines = view.layout.lines
            let line = view.layout.lineIndex(containing: selection.movingOffset)
            var target = line + (down ? 1 : -1)
            while lines.indices.contains(target), lines[target].kind == .gap { target += down ? 1 : -1 }
            if lines.indices.contains(target) {
                let column = selection.movingOffset - lines[line].range.lowerBound
                let destination = lines[target].range
                selection.moveEnd(to: min(destination.upperBound, destination.lowerBound + max(0, column)),
                                  textLength: scalars.count)
            }
        case .character("o"):
            selection.switchEnds()
        default:
            message = selectionHint
            return .none
        }
        view.selection = selection
        self.view = view
        reveal(offset: selection.movingOffset)
        message = "“\(AppState.shortQuote(article.slice(selection.range)))” · a annotate · Esc cancel"
        return .none
    }

    // MARK: - Editor keys

    mutating func handleEditorKey(_ key: Key) -> AppCommand {
        guard var editor else { return .none }
        switch key {
        case .escape:
            self.editor = nil
            message = "Not saved"
            return .none
        case .control("s"), .function(2):
            return save(editor)
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

    mutating func save(_ editor: AnnotationEditor) -> AppCommand {
        self.editor = nil
        editorBeingSaved = editor
        let article = articles[editor.articleIndex]
        let note = editor.note.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let existing = editor.existing {
            let revised = existing.revised(tags: editor.tagList, note: note)
            undoStack.append(UndoStep(articleIndex: editor.articleIndex, change: .update(existing)))
            message = "Annotation saved"
            return .changeAnnotations(articleIndex: editor.articleIndex, change: .update(revised))
        }
        let annotation = Annotation.make(article: article, range: editor.range, tags: editor.tagList, note: note,
                                         claim: editor.claim)
        undoStack.append(UndoStep(articleIndex: editor.articleIndex, change: .delete(annotation.id)))
        message = "Annotation saved" + undoHint
        return .changeAnnotations(articleIndex: editor.articleIndex, change: .add(annotation))
    }

    // MARK: - Undo, delete

    /// " (U undoes)", naming the key the user has for undo.
    var undoHint: String {
        keyMap.firstKey(for: .undo).map { " (\($0) undoes)" } ?? ""
    }

    mutating func undo() -> AppCommand {
        guard let step = undoStack.popLast() else {
            message = "Nothing to undo"
            return .none
        }
        if sidecarProblems[step.articleIndex] != nil {
            message = sidecarProblems[step.articleIndex]
            return .none
        }
        message = "Undone"
        return .changeAnnotations(articleIndex: step.articleIndex, change: step.change)
    }

    mutating func deleteAnnotation(id: String) -> AppCommand {
        guard let index = view?.index,
              let anchored = annotations[index].first(where: { $0.annotation.id.uuidString == id }) else { return .none }
        if let problem = sidecarProblems[index] {
            message = problem
            return .none
        }
        undoStack.append(UndoStep(articleIndex: index, change: .add(anchored.annotation)))
        message = "Annotation deleted" + undoHint
        return .changeAnnotations(articleIndex: index, change: .delete(anchored.annotation.id))
    }

    // MARK: - The annotations panel

    mutating func openAnnotationPanel() {
        guard let index = view?.index else { return }
        if let problem = sidecarProblems[index] {
            message = problem
            return
        }
        let rows = annotations[index].map { anchored -> PanelRow in
            let annotation = anchored.annotation
            let tags = annotation.tags.map { "#" + $0 }.joined(separator: " ")
            let note = annotation.note.split(separator: "\n").first.map(String.init) ?? ""
            let state = anchored.state == .anchored ? "" : "[\(anchored.state.rawValue)] "
            return PanelRow(text: "\(state)“\(AppState.shortQuote(annotation.target.quote.exact))” \(note)",
                            detail: tags, style: anchored.state == .orphan ? theme.problem : .plain,
                            target: .annotation(annotation.id.uuidString))
        }
        panel = Panel(kind: .annotations, title: "Annotations in this article (\(rows.count))",
                      rows: rows.isEmpty ? [PanelRow(text: "No annotations yet: Tab to a highlight or v to select, then a")] : rows,
                      hint: "Enter: go to it · e: edit · d: delete" + (keyMap.firstKey(for: .undo).map { " · \($0): undo" } ?? "") + " · Esc: close")
    }

    /// The annotations panel rebuilt from the article's annotations as they are now (after a
    /// delete, an undo or an edit), on the same row where it still exists.
    mutating func reopenAnnotationPanel(keeping old: Panel) {
        openAnnotationPanel()
        guard var reopened = panel else { return }
        let rowCount = reopened.rows.count
        let row = old.selectedRow.flatMap { row in reopened.rows.firstIndex { $0.target == row.target } }
            ?? min(old.selected, rowCount - 1)
        reopened.move(by: row, visibleRows: panelRows)
        panel = reopened
    }

    mutating func jumpToAnnotation(id: String) {
        guard let index = view?.index,
              let anchored = annotations[index].first(where: { $0.annotation.id.uuidString == id }) else { return }
        guard let range = anchored.range else {
            message = "Orphan: “\(AppState.shortQuote(anchored.annotation.target.quote.exact))” is no longer in the article"
            return
        }
        reveal(offset: range.lowerBound)
        let tags = anchored.annotation.tags.map { "#" + $0 }.joined(separator: " ")
        message = ([anchored.state == .anchored ? nil : anchored.state.rawValue, tags.isEmpty ? nil : tags,
                    anchored.annotation.note.isEmpty ? nil : anchored.annotation.note.replacingOccurrences(of: "\n", with: " ⏎ ")]
            .compactMap { $0 }).joined(separator: " · ")
    }

    mutating func editAnnotation(id: String) {
        guard let index = view?.index,
              let anchored = annotations[index].first(where: { $0.annotation.id.uuidString == id }) else { return }
        panel = nil
        // An orphan's recorded position comes from a file: it may be reversed or past the end.
        let range = anchored.range ?? AppState.clampedRange(anchored.annotation.target.position,
                                                            length: articles[index].scalars.count)
        startEditing(range: range, claim: nil, existing: anchored.annotation)
        // The quote as annotated (an orphan's text is no longer in the article), unless a draft
        // from an earlier run, on another span, opened instead.
        if editor?.existing?.id == anchored.annotation.id { editor?.quote = anchored.annotation.target.quote.exact }
    }

    /// A recorded position as a valid range of a text of `length` scalars: ends inside it, in order.
    static func clampedRange(_ position: TextPositionSelector, length: Int) -> Range<Int> {
        let start = max(0, min(length, position.start))
        let end = max(0, min(length, position.end))
        return min(start, end)..<max(start, end)
    }

    /// A quote cut to fit a status line.
    static func shortQuote(_ text: String, limit: Int = 40) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }

    // MARK: - Drawing the editor

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
