import Annotations
import Foundation

// Annotating in the reader: choose a span (the focused highlight, or a visual selection), edit
// tags and a note, see annotated spans in the text, list, edit, delete and undo. Every change is
// an AppCommand that the outside world writes to the sidecar and answers with an AnnotationUpdate.
extension AppState {
    // MARK: - Receiving

    /// Takes an article's annotations as read from (or written to) its sidecar.
    public mutating func receive(_ update: AnnotationUpdate, for index: Int) {
        guard records.indices.contains(index) else { return }
        switch update {
        case .loaded(let list):
            // Annotations are read with the article's text; none arrive for an article not read.
            guard let article = records[index].article else { return }
            // The ledger panel shows verdicts only: rebuilding it for every article read behind a
            // large corpus's list would be wasted.
            let touchesLedger = records[index].annotations.contains { $0.annotation.verdict != nil }
                || list.contains { $0.verdict != nil } || indexedLedgerVerdicts[records[index].summary.ledgerKey] != nil
            records[index].annotations = Anchoring.anchor(list, in: article)
            records[index].sidecarProblem = nil
            for annotation in list { for tag in annotation.tags where !usedTags.contains(tag) { usedTags.append(tag) } }
            if view?.index == index, let open = panel, open.kind == .annotations { reopenAnnotationPanel(keeping: open) }
            if touchesLedger, let open = panel, open.kind == .ledger { reopenLedgerPanel(keeping: open) }
        case .refused(let problem):
            records[index].sidecarProblem = problem
            if view?.index == index { message = problem }
            reopenUnsavedEditor(for: index)
        case .failed(let problem):
            message = problem
            // The change did not happen, so there is nothing to undo.
            if !undoStack.isEmpty { undoStack.removeLast() }
            reopenUnsavedEditor(for: index)
        }
        if editorBeingSaved?.articleIndex == index { editorBeingSaved = nil }
        // A verdict given or taken back changes what the unjudged-claims layer hides.
        if view?.index == index, config.layers.hidesUnjudgedClaims { refreshHighlights() }
        if listSort == .notes { sortList() }
    }

    /// A save that did not happen gives the text back to the editor, so nothing typed is lost.
    mutating func reopenUnsavedEditor(for index: Int) {
        guard let unsaved = editorBeingSaved, unsaved.articleIndex == index, editor == nil else { return }
        editor = unsaved
    }

    /// The number of annotations of an article, for the list; nil when its sidecar cannot be read.
    func noteCount(_ index: Int) -> Int? {
        records[index].sidecarProblem == nil ? records[index].annotations.count : nil
    }

    /// Annotated spans on screen, drawn under the highlights' colours.
    func annotationSpans(_ view: ArticleView) -> [StyledSpan] {
        var spans: [StyledSpan] = []
        let visible = visibleOffsets(view)
        for anchored in records[view.index].annotations {
            guard let range = anchored.range, range.overlaps(visible) else { continue }
            spans.append(StyledSpan(range: range, style: theme.annotated))
        }
        if let selection {
            spans.append(StyledSpan(range: selection.range, style: theme.selectionSpan))
        }
        return spans
    }

    // MARK: - Actions

    mutating func performAnnotationAction(_ action: Action) -> AppCommand {
        guard let view, let article = currentArticle else { return .none }
        switch action {
        case .annotate:
            if let selection {
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
            let selection = Selection(range: start ?? Selection.word(at: view.topOffset, in: article.scalars))
            self.selection = selection
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

    /// Opens the editor on a span, refusing where the sidecar is broken or the text not exact.
    mutating func startEditing(range: Range<Int>, claim: Claim?, existing: Annotation? = nil) {
        guard let index = view?.index else { return }
        // Whether the editor opens or annotating is refused, the selection has done its job.
        close(.selection)
        if let problem = records[index].sidecarProblem {
            message = problem
            return
        }
        guard let article = records[index].article, article.isExact else {
            message = "This article's text was repaired (invalid UTF-8), so annotations could not be anchored: annotating is off"
            return
        }
        if let draft = records[index].draft {
            records[index].draft = nil
            draftCount -= 1
            resumeDraft(draft, in: index)
            return
        }
        editor = AnnotationEditor(articleIndex: index, range: range, quote: article.slice(range),
                                  existing: existing, claim: claim, usedTags: usedTags)
    }

    /// Opens the editor on a draft left by an earlier run, on its own span and annotation.
    mutating func resumeDraft(_ draft: NoteDraft, in index: Int) {
        let existing = draft.existingID.flatMap { id in
            records[index].annotations.first { $0.annotation.id.uuidString == id }?.annotation
        }
        let range = AppState.clampedRange(TextPositionSelector(start: draft.start, end: draft.end),
                                          length: records[index].article?.scalars.count ?? 0)
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
        if records[step.articleIndex].sidecarProblem != nil {
            message = records[step.articleIndex].sidecarProblem
            return .none
        }
        message = "Undone"
        return .changeAnnotations(articleIndex: step.articleIndex, change: step.change)
    }

    mutating func deleteAnnotation(id: String) -> AppCommand {
        guard let index = view?.index,
              let anchored = records[index].annotations.first(where: { $0.annotation.id.uuidString == id }) else { return .none }
        if let problem = records[index].sidecarProblem {
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
        if let problem = records[index].sidecarProblem {
            message = problem
            return
        }
        let rows = records[index].annotations.map { anchored -> PanelRow in
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
              let anchored = records[index].annotations.first(where: { $0.annotation.id.uuidString == id }) else { return }
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
              let anchored = records[index].annotations.first(where: { $0.annotation.id.uuidString == id }) else { return }
        panel = nil
        // An orphan's recorded position comes from a file: it may be reversed or past the end.
        let range = anchored.range ?? AppState.clampedRange(anchored.annotation.target.position,
                                                            length: records[index].article?.scalars.count ?? 0)
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
}
