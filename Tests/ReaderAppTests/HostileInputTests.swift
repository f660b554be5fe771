import Annotations
import Foundation
import Testing
@testable import ReaderApp

/// Input the reader must survive: ranges from files, failed writes, odd screen sizes, long messages.
@Suite("Hostile input and faults")
struct HostileInputTests {
    func state(width: Int = 60, height: Int = 16) -> AppState {
        Fixtures.annotatableState(width: width, height: height)
    }

    func annotation(on text: String, in state: AppState, tags: [String] = ["check"]) throws -> Annotation {
        let article = state.articles[0]
        let range = try #require(article.occurrences(of: text).first)
        return Annotation.make(article: article, range: range, tags: tags, note: "about \(text)")
    }

    @Test func anOrphanWithAReversedOrOutOfRangePositionOpensInTheEditor() throws {
        for (start, end) in [(50, 10), (-5, 3), (10, 100_000)] {
            var state = state()
            var orphan = try annotation(on: "Russian troops", in: state)
            orphan.target = AnnotationTarget(quote: TextQuoteSelector(exact: "Zanzibar giraffe", prefix: "", suffix: ""),
                                             position: TextPositionSelector(start: start, end: end))
            _ = state.update(.annotations(index: 0, update: .loaded([orphan])))
            #expect(state.annotations[0].first?.state == .orphan)
            state.type("Ae")
            let editor = try #require(state.editor, "start \(start), end \(end)")
            #expect(editor.range.lowerBound >= 0 && editor.range.upperBound <= state.articles[0].scalars.count)
            #expect(editor.quote == "Zanzibar giraffe")
            #expect(state.render().lines.contains { $0.contains("Edit annotation on “Zanzibar giraffe”") })
        }
    }

    @Test func theAnnotationsPanelFollowsADeleteAndAnUndo() throws {
        var state = state(height: 10)
        let first = try annotation(on: "Sergei Lavrov", in: state)
        let second = try annotation(on: "Russian troops", in: state)
        _ = state.update(.annotations(index: 0, update: .loaded([first, second])))
        state.type("A")
        #expect(state.render().lines[1].hasPrefix(" Annotations in this article (2)"))
        let command = state.update(.key(.character("d")))
        #expect(command == .changeAnnotations(articleIndex: 0, change: .delete(first.id)))
        _ = state.update(.annotations(index: 0, update: .loaded([second])))
        var lines = state.render().lines
        #expect(lines[1].hasPrefix(" Annotations in this article (1)"))
        #expect(!lines.contains { $0.contains("Sergei Lavrov") })
        #expect(lines[2].hasPrefix(" “Russian troops”"))
        // The row left is the selected one: e edits it.
        #expect(state.panel?.selectedRow?.target == .annotation(second.id.uuidString))
        #expect(state.update(.key(.character("U"))) == .changeAnnotations(articleIndex: 0, change: .add(first)))
        _ = state.update(.annotations(index: 0, update: .loaded([first, second])))
        lines = state.render().lines
        #expect(lines[1].hasPrefix(" Annotations in this article (2)"))
        #expect(lines.contains { $0.contains("“Sergei Lavrov”") })
        #expect(state.panel?.selectedRow?.target == .annotation(second.id.uuidString))
        state.type("e")
        #expect(state.editor?.existing == second)
    }

    @Test func aFailedSaveKeepsTheEditorWithItsTextAndSaysWhy() throws {
        var state = state(width: 40)
        state.press(.tab)
        state.type("a")
        state.type("check")
        state.press(.enter)
        state.type("A long note that must survive a full disk")
        let command = state.update(.key(.control("s")))
        guard case .changeAnnotations(0, .add) = command else {
            Issue.record("expected an add, got \(command)")
            return
        }
        let problem = "Not saved: t/0.annotations.json could not be written: No space left on device (the folder is full)"
        _ = state.update(.annotations(index: 0, update: .failed(problem)))
        let editor = try #require(state.editor)
        #expect(editor.note.text == "A long note that must survive a full disk")
        #expect(editor.tags.text == "check")
        #expect(state.undoStack.isEmpty)
        // The whole message is on screen, over as many lines as it needs.
        let shown = state.render().lines.suffix(4).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(shown.contains(problem))
        // Saved the second time: the editor is gone for good.
        let retry = state.update(.key(.control("s")))
        guard case .changeAnnotations(0, .add(let annotation)) = retry else {
            Issue.record("expected an add, got \(retry)")
            return
        }
        _ = state.update(.annotations(index: 0, update: .loaded([annotation])))
        #expect(state.editor == nil)
        #expect(state.editorBeingSaved == nil)
    }

    @Test func aDraftFromAnEarlierRunReopensOnItsOwnSpan() throws {
        var state = state()
        let article = state.articles[0]
        let range = try #require(article.occurrences(of: "Russian troops").first)
        state.drafts[0] = NoteDraft(start: range.lowerBound, end: range.upperBound, quote: "Russian troops",
                                    tags: "check ", note: "Half-typed\nnote")
        #expect(state.editorDraft == nil)
        // Whatever span the user picks, the draft comes back first, on its own span.
        state.press(.tab)
        state.type("a")
        let editor = try #require(state.editor)
        #expect(editor.range == range && editor.quote == "Russian troops")
        #expect(editor.note.text == "Half-typed\nnote" && editor.field == .note)
        #expect(state.message?.contains("unsaved note from last time") == true)
        #expect(state.drafts.isEmpty)
        // The open editor is what a signal would keep.
        state.type(" more")
        let kept = try #require(state.editorDraft)
        #expect(kept.articleIndex == 0 && kept.draft.note == "Half-typed\nnote more" && kept.draft.start == range.lowerBound)
        // An empty editor leaves nothing to keep.
        state.press(.escape)
        state.press(.tab)
        state.type("a")
        #expect(state.editor != nil && state.editorDraft == nil)
    }

    @Test func aLongMessageIsWrappedOverTheLinesItNeeds() {
        var state = state(width: 30, height: 10)
        let message = "t/0.annotations.json is not valid JSON (line 3, column 14: unexpected character); it is left untouched"
        state.message = message
        let lines = state.render().lines
        let shown = lines.suffix(5).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(shown.joined(separator: " ") .hasSuffix(message))
        #expect(lines.allSatisfy { CellWidth.of($0) <= 30 })
        // A message longer than the whole screen keeps the top rows it can and ends in "…".
        state.message = String(repeating: "word ", count: 200)
        let full = state.render().lines
        #expect(full[1].hasPrefix(" word word"))
        #expect(full[9].trimmingCharacters(in: .whitespaces).hasSuffix("…"))
    }

    @Test func aResizeThroughATooSmallScreenKeepsTheListFromTheTop() throws {
        var state = Fixtures.state(width: 40, height: 12)
        state.type("jjj")
        #expect(state.listTop == 0)
        _ = state.update(.resize(Size(width: 20, height: 5)))
        _ = state.update(.resize(Size(width: 40, height: 12)))
        #expect(state.listTop == 0)
        let title = state.articles[0].title
        #expect(state.render().lines[1].contains(String(title.prefix(20))))
        // Through a small but usable size too: the list grows back from the top.
        _ = state.update(.resize(Size(width: 20, height: 6)))
        #expect(state.listTop > 0)
        _ = state.update(.resize(Size(width: 40, height: 12)))
        #expect(state.listTop == 0)
    }

    @Test func aPanelScrolledOnASmallScreenShowsItsFirstRowsWhenTheScreenGrows() throws {
        var state = state(width: 40, height: 6)
        state.type("e")
        state.type("G")
        let rows = try #require(state.panel?.rows.count)
        #expect(rows == 3 && state.panel?.top == 1)
        _ = state.update(.resize(Size(width: 40, height: 16)))
        #expect(state.panel?.top == 0)
        #expect(state.panel?.selected == 2)
        #expect(state.render().lines[2].contains("Aleppo") || state.render().lines[2].contains("Lavrov"))
    }

    @Test func helpNamesEveryKeyTheArticleViewHas() {
        let help = HelpText.lines(keyMap: try! KeyMap()).joined(separator: "\n")
        for (key, action) in KeyMap.defaults {
            let name = KeyMap.name(of: key)
            let found = help.split(separator: "\n").contains { line in
                line.split(separator: " ").contains { $0 == name }
            }
            #expect(found, "\(name) (\(action)) is not in the help")
        }
    }

    @Test func uAndDScrollHalfAPageAsInLessAndUUndoes() throws {
        var state = state(width: 30, height: 8)
        state.type("d")
        #expect(state.view?.top ?? 0 > 0)
        state.type("u")
        #expect(state.view?.top == 0)
        state.press(.tab)
        state.type("a")
        let command = state.update(.key(.control("s")))
        guard case .changeAnnotations(0, .add(let annotation)) = command else {
            Issue.record("expected an add, got \(command)")
            return
        }
        #expect(state.message == "Annotation saved (U undoes)")
        _ = state.update(.annotations(index: 0, update: .loaded([annotation])))
        #expect(state.update(.key(.character("u"))) == .none)
        #expect(state.update(.key(.character("U"))) == .changeAnnotations(articleIndex: 0, change: .delete(annotation.id)))
        // Rebound, the messages name the new key.
        var config = ReaderConfig()
        config.keys = ["undo": "z"]
        var rebound = AppState(corpus: Fixtures.corpus(HighlightTests.text), size: Size(width: 60, height: 16),
                               config: config)
        rebound.openArticle(0)
        _ = rebound.update(.annotations(index: 0, update: .loaded([annotation])))
        rebound.type("A")
        #expect(rebound.panel?.hint.contains("z: undo") == true)
    }
}
