import Annotations
import Foundation
import Testing
@testable import ReaderApp

/// Annotating in the reader: the editor, selections, marks in the text, the panel and undo.
@Suite("Annotating in the reader")
struct AnnotatingTests {
    func state(width: Int = 60, height: Int = 16) -> AppState {
        Fixtures.annotatableState(width: width, height: height)
    }

    /// The annotation a command adds, or nil.
    func added(_ command: AppCommand) -> Annotation? {
        if case .changeAnnotations(0, .add(let annotation)) = command { return annotation }
        return nil
    }

    @Test func annotateTheFocusedClaimWithATagAndANote() throws {
        var state = state()
        state.press(.tab, .tab, .tab)
        #expect(state.focusDescription == "count 8000 · nearer · evacuees")
        state.type("a")
        let editor = try #require(state.editor)
        #expect(editor.quote == "nearer 8,000 evacuees")
        #expect(state.render().lines.contains { $0.hasPrefix(" Annotate “nearer 8,000 evacuees”") })
        state.type("dis")
        #expect(state.editor?.completions == ["disputed"])
        state.press(.tab)
        #expect(state.editor?.tags.text == "disputed ")
        state.press(.enter)
        #expect(state.editor?.field == .note)
        state.type("UN says 6,400")
        state.press(.enter)
        state.type("Ré")
        let command = state.update(.key(.control("s")))
        let annotation = try #require(added(command))
        #expect(annotation.target.quote.exact == "nearer 8,000 evacuees")
        #expect(annotation.tags == ["disputed"])
        #expect(annotation.note == "UN says 6,400\nRé")
        #expect(annotation.claim?.value == 8000)
        #expect(annotation.claim?.kind == .count)
        #expect(state.editor == nil)
        #expect(state.message == "Annotation saved (U undoes)")
    }

    @Test func savingTakesItsIdAndTimeFromTheEnvironmentSoATransitionIsRepeatable() throws {
        var state = state()
        state.press(.tab, .tab, .tab)
        state.type("acheck")
        let id = try #require(UUID(uuidString: "00000000-0000-4000-8000-000000000017"))
        let environment = AppEnvironment(now: Date(timeIntervalSince1970: 1_796_126_400), newID: id)
        var again = state
        let command = state.update(.key(.control("s")), environment: environment)
        let annotation = try #require(added(command))
        #expect(annotation.id == id)
        #expect(annotation.created == "2026-12-01T12:00:00.000Z" && annotation.modified == annotation.created)
        #expect(again.update(.key(.control("s")), environment: environment) == command)
        #expect(again.undoStack == state.undoStack && again.message == state.message)
    }

    @Test func savedAnnotationsAreMarkedInTextAndCountedInTheList() throws {
        var state = state()
        let article = state.articles[0]
        let range = try #require(article.occurrences(of: "Russian troops").first)
        let annotation = Annotation.make(article: article, range: range, tags: ["check"], note: "")
        _ = state.update(.annotations(index: 0, update: .loaded([annotation])))
        let frame = state.render()
        let y = try #require(frame.lines.firstIndex { $0.contains("Russian troops") })
        let x = frame.lines[y].distance(from: frame.lines[y].startIndex, to: frame.lines[y].range(of: "troops")!.lowerBound)
        #expect(frame[x, y].style.underline)
        #expect(frame[x, y].style.background == .blue)
        state.type("q")
        #expect(state.render().lines[2].hasSuffix("1 note"))
    }

    @Test func visualSelectionGrowsByWordAndAnnotatesAnySpan() throws {
        var state = state()
        state.type("v")
        // With nothing focused the selection starts on the first word on screen.
        #expect(state.articles[0].slice(state.selection!.range) == "Lavrov")
        state.press(.escape)
        state.press(.tab, .tab)
        state.type("v")
        #expect(state.articles[0].slice(state.selection!.range) == "Sergei Lavrov")
        state.type("b")
        #expect(state.selection?.range == state.articles[0].occurrences(of: "Sergei").first)
        state.type("ww")
        #expect(state.articles[0].slice(state.selection!.range) == "Sergei Lavrov said")
        state.type("b")
        #expect(state.articles[0].slice(state.selection!.range) == "Sergei Lavrov")
        state.type("l")
        #expect(state.articles[0].slice(state.selection!.range) == "Sergei Lavrov ")
        state.type("h")
        state.type("a")
        #expect(state.editor?.quote == "Sergei Lavrov")
        #expect(state.selection == nil)
        let annotation = try #require(added(state.update(.key(.control("s")))))
        #expect(annotation.target.quote.exact == "Sergei Lavrov")
        #expect(annotation.claim == nil)
    }

    @Test func aSelectionStartsOnTheCurrentSearchMatch() throws {
        var state = state()
        state.search("8,000 evacuees")
        state.type("v")
        #expect(state.articles[0].slice(state.selection!.range) == "8,000 evacuees")
        state.type("a")
        #expect(state.editor?.quote == "8,000 evacuees")
    }

    @Test func selectionMovesByLineAndFromTheOtherEnd() throws {
        var state = state(width: 40)
        state.press(.tab, .tab)
        state.type("v")
        state.type("j")
        let selected = state.articles[0].slice(state.selection!.range)
        #expect(selected == "Sergei Lavrov said nearer 8,000 evacuees left", "the end keeps its column on the next line")
        state.type("o")
        state.type("w")
        #expect(state.articles[0].slice(state.selection!.range).hasPrefix("Lavrov said"))
        state.press(.escape)
        #expect(state.selection == nil)
    }

    @Test func escapeCancelsTheEditorAndNothingIsSaved() {
        var state = state()
        state.press(.tab)
        state.type("a")
        state.type("check")
        #expect(state.update(.key(.escape)) == .none)
        #expect(state.editor == nil)
        #expect(state.message == "Not saved")
    }

    @Test func undoRemovesTheLastAnnotationAndRestoresADeletedOne() throws {
        var state = state()
        state.press(.tab)
        state.type("a")
        let annotation = try #require(added(state.update(.key(.control("s")))))
        _ = state.update(.annotations(index: 0, update: .loaded([annotation])))
        #expect(state.update(.key(.character("U"))) == .changeAnnotations(articleIndex: 0, change: .delete(annotation.id)))
        _ = state.update(.annotations(index: 0, update: .loaded([])))
        #expect(state.update(.key(.character("U"))) == .none)
        #expect(state.message == "Nothing to undo")
        // Deleting from the panel, then undoing, adds it back.
        _ = state.update(.annotations(index: 0, update: .loaded([annotation])))
        state.type("A")
        #expect(state.panel?.kind == .annotations)
        #expect(state.update(.key(.character("d"))) == .changeAnnotations(articleIndex: 0, change: .delete(annotation.id)))
        _ = state.update(.annotations(index: 0, update: .loaded([])))
        state.press(.escape)
        #expect(state.update(.key(.character("U"))) == .changeAnnotations(articleIndex: 0, change: .add(annotation)))
    }

    @Test func thePanelListsJumpsAndEdits() throws {
        var state = state(height: 8)
        let article = state.articles[0]
        let range = try #require(article.occurrences(of: "Aleppo").last)
        let annotation = Annotation.make(article: article, range: range, tags: ["verified"], note: "Seen on the map")
        _ = state.update(.annotations(index: 0, update: .loaded([annotation])))
        state.type("A")
        let frame = state.render()
        #expect(frame.lines[1].hasPrefix(" Annotations in this article (1)"))
        #expect(frame.lines[2].hasPrefix(" “Aleppo” Seen on the map"))
        #expect(frame.lines[2].hasSuffix("#verified"))
        state.press(.enter)
        #expect(state.panel == nil)
        #expect(state.message == "#verified · Seen on the map")
        state.type("A")
        state.type("e")
        #expect(state.editor?.existing == annotation)
        #expect(state.editor?.tags.text == "verified ")
        #expect(state.editor?.note.text == "Seen on the map")
        state.press(.down)
        state.type(" twice")
        let command = state.update(.key(.control("s")))
        guard case .changeAnnotations(0, .update(let revised)) = command else {
            Issue.record("expected an update, got \(command)")
            return
        }
        #expect(revised.id == annotation.id)
        #expect(revised.note == "Seen on the map twice")
        #expect(state.update(.key(.character("U"))) == .changeAnnotations(articleIndex: 0, change: .update(annotation)))
    }

    @Test func orphansAreListedAndExplained() throws {
        var state = state(height: 8)
        let other = Article(path: "t/0.txt", text: "Gone\n\nA sentence about 123 tanks that was deleted.")
        let annotation = Annotation.make(article: other, range: other.occurrences(of: "123 tanks")[0], tags: ["check"])
        _ = state.update(.annotations(index: 0, update: .loaded([annotation])))
        #expect(state.annotations[0].first?.state == .orphan)
        state.type("A")
        #expect(state.render().lines[2].hasPrefix(" [orphan] “123 tanks”"))
        state.press(.enter)
        #expect(state.message == "Orphan: “123 tanks” is no longer in the article")
    }

    @Test func aBrokenSidecarRefusesAnnotatingWithItsMessage() {
        var state = state()
        let problem = "t/0.annotations.json is not valid JSON; it is left untouched"
        _ = state.update(.annotations(index: 0, update: .refused(problem)))
        state.press(.tab)
        #expect(state.update(.key(.character("a"))) == .none)
        #expect(state.editor == nil)
        #expect(state.message == problem)
        state.type("q")
        #expect(!state.render().lines[2].contains("note"))
    }

    @Test func aFailedWriteIsSaidAndNotUndoable() throws {
        var state = state()
        state.press(.tab)
        state.type("a")
        _ = try #require(added(state.update(.key(.control("s")))))
        _ = state.update(.annotations(index: 0, update: .failed("Not saved: the folder is read-only")))
        #expect(state.message == "Not saved: the folder is read-only")
        #expect(state.undoStack.isEmpty)
    }

    @Test func pasteGoesIntoTheNoteWithItsLineBreaks() {
        var state = state()
        state.press(.tab)
        state.type("a")
        state.press(.enter)
        _ = state.update(.paste("first\r\nsecond"))
        #expect(state.editor?.note.text == "first\nsecond")
        #expect(state.editor?.note.row == 1)
    }
}

@Suite("Note editor")
struct TextEditorTests {
    @Test func editsAcrossLines() {
        var editor = TextEditor()
        for scalar in "ab".unicodeScalars { _ = editor.handle(.character(scalar)) }
        _ = editor.handle(.enter)
        for scalar in "cd".unicodeScalars { _ = editor.handle(.character(scalar)) }
        #expect(editor.text == "ab\ncd")
        _ = editor.handle(.home)
        _ = editor.handle(.backspace)
        #expect(editor.text == "abcd")
        #expect(editor.row == 0 && editor.column == 2)
        _ = editor.handle(.delete)
        #expect(editor.text == "abd")
    }

    @Test func combiningMarksJoinTheirLetterAndGoWithIt() {
        var editor = TextEditor()
        _ = editor.handle(.character("e"))
        _ = editor.handle(.character("\u{301}"))
        _ = editor.handle(.character("x"))
        #expect(editor.lines[0].count == 2)
        _ = editor.handle(.left)
        _ = editor.handle(.backspace)
        #expect(editor.text == "x")
    }

    @Test func wideCharactersAreOneCharacter() {
        var editor = TextEditor("日本")
        _ = editor.handle(.backspace)
        #expect(editor.text == "日")
        #expect(editor.column == 1)
    }

    @Test func upAndDownKeepTheColumnWithinTheLine() {
        var editor = TextEditor("long line\nab")
        #expect(editor.row == 1 && editor.column == 2)
        _ = editor.handle(.up)
        #expect(editor.column == 2)
        _ = editor.handle(.end)
        _ = editor.handle(.down)
        #expect(editor.column == 2)
    }
}

@Suite("Resizing while annotating")
struct ResizeWhileAnnotatingTests {
    @Test func aResizeMidTypingKeepsTheNoteAndTheCursor() throws {
        var state = AppState(corpus: Fixtures.corpus(HighlightTests.text), size: Size(width: 60, height: 16))
        state.openArticle(0)
        _ = state.update(.analyzed(index: 0, analysis: HighlightTests.analysis))
        state.press(.tab)
        state.type("a")
        state.press(.enter)
        state.type("half a thou")
        _ = state.update(.resize(Size(width: 12, height: 4)))
        #expect(state.render().lines[0] == "Too small")
        state.type("ght")
        _ = state.update(.resize(Size(width: 30, height: 10)))
        let frame = state.render()
        #expect(state.editor?.note.text == "half a thought")
        let row = try #require(frame.lines.firstIndex { $0.contains("half a thought") })
        #expect(frame.cursor?.y == row)
        #expect(frame.cursor?.x == 1 + "half a thought".count)
        #expect(frame.lines.allSatisfy { $0.count <= 30 })
    }
}
