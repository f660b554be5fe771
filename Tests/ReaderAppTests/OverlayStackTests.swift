import Annotations
import Foundation
import Testing
@testable import ReaderApp

/// The overlays over the article form one stack: the top one takes the keys, opening pushes, closing pops.
@Suite("Overlay stack")
struct OverlayStackTests {
    func state() -> AppState {
        var state = AppState(corpus: Fixtures.corpus(HighlightTests.text), size: Size(width: 60, height: 16))
        state.openArticle(0)
        state.update(.analyzed(index: 0, analysis: HighlightTests.analysis))
        state.update(.annotations(index: 0, update: .loaded([])))
        return state
    }

    @Test func theTopOverlayTakesTheKeyAndClosingPopsIt() {
        var state = state()
        state.type("v")
        #expect(state.overlays.map(\.kind) == [.selection])
        // "?" belongs to the selection on top, which does not know it: no help opens.
        state.type("?")
        #expect(state.overlays.map(\.kind) == [.selection])
        #expect(state.message?.hasPrefix("Select:") == true)
        state.type("a")
        #expect(state.overlays.map(\.kind) == [.editor])
        state.type("?")
        #expect(state.editor?.tags.text == "?")
        state.press(.escape)
        #expect(state.overlays.isEmpty)
        state.type("?")
        #expect(state.overlays == [.help(top: 0)])
        state.type("x")
        #expect(state.overlays.isEmpty)
    }

    @Test func aFailedSaveReopensTheEditorOnTopOfThePanelUnderIt() throws {
        var state = state()
        state.type("A")
        #expect(state.overlays.map(\.kind) == [.panel])
        // A failed write answered after a panel opened puts the editor back over the panel.
        state.press(.escape)
        state.press(.tab)
        state.type("acheck")
        state.press(.control("s"))
        state.type("A")
        state.update(.annotations(index: 0, update: .failed("disk full")))
        #expect(state.overlays.map(\.kind) == [.panel, .editor])
        state.type("j")
        #expect(state.editor?.tags.text == "checkj")
        #expect(state.panel?.selected == 0)
        let frame = state.render()
        #expect(frame.lines.contains { $0.hasPrefix(" Annotate “") })
        state.press(.escape)
        #expect(state.overlays.map(\.kind) == [.panel])
    }
}
