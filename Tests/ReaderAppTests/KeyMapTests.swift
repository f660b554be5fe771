import Annotations
import Testing
@testable import ReaderApp

/// Every screen's keys come from the KeyMap's tables, so the list's keys can be rebound too.
@Suite("Key tables per mode")
struct KeyMapTests {
    @Test func theHelpListsTheListKeysFromTheListTable() throws {
        let lines = HelpText.lines(keyMap: try KeyMap())
        #expect(Array(lines.prefix(11)) == [
            "Article list",
            "  j k ↑ ↓           move",
            "  Space PgDn b PgUp page down, up",
            "  g G Home End      first, last",
            "  Enter l click     open the article",
            "  s                 sort by path, title, date, claims, notes",
            "  /                 filter as you type; Enter opens at the match, n/N go on",
            "  Esc               clear the filter",
            "  S                 search every article into a panel",
            "  L                 claim ledger: who says how many, verdicts",
            "  q                 quit",
        ])
        #expect(lines.contains("  ?                 this help (any key closes it)"))
    }

    @Test func reboundListKeysMoveTheListAndShowInTheHelpAndTheStatusLine() throws {
        var config = ReaderConfig()
        config.keys = ["listDown": "n", "open": "o", "help": "f1"]
        var state = AppState(corpus: Fixtures.seeds, size: Size(width: 80, height: 8), config: config)
        state.type("j")
        #expect(state.selected == 0)
        state.type("n")
        #expect(state.selected == 1)
        #expect(state.render().lines[7].hasPrefix(" n/k move · o open · F1 help · q quit"))
        state.press(.enter)
        #expect(state.screen.kind == .list)
        state.type("o")
        #expect(state.view?.index == 1)
        state.press(.function(1))
        #expect(state.showHelp)
        let help = HelpText.lines(keyMap: state.keyMap)
        #expect(help[1] == "  k ↑ n             move")
        #expect(help[4] == "  o click           open the article")
        // The article's "q" still goes back: rebinding the list's keys leaves the article's table alone.
        state.type("x")
        state.type("q")
        #expect(state.screen.kind == .list)
    }

    @Test func panelKeysComeFromThePanelTablesAndCanBeRebound() throws {
        var config = ReaderConfig()
        config.keys = ["close": "x", "panelDown": "n"]
        var state = AppState(corpus: Fixtures.corpus(HighlightTests.text), size: Size(width: 60, height: 16), config: config)
        state.openArticle(0)
        state.update(.analyzed(index: 0, analysis: HighlightTests.analysis))
        state.type("e")
        let first = try #require(state.panel?.selected)
        state.type("j")
        #expect(state.panel?.selected == first)
        state.type("n")
        #expect(state.panel?.selected == first + 1)
        state.type("q")
        #expect(state.panel != nil)
        state.type("x")
        #expect(state.panel == nil)
        // Space shows or hides a layer in the layers panel, from that kind's own table.
        state.type("h")
        state.press(.down)
        state.type(" ")
        #expect(state.config.layers.hiddenEntityTypes.count == 1)
    }

    @Test func theEditorsSaveKeyAndTheHelpsScrollKeysCanBeRebound() throws {
        var config = ReaderConfig()
        config.keys = ["saveAnnotation": "f3", "helpDown": "n"]
        var state = AppState(corpus: Fixtures.corpus(HighlightTests.text), size: Size(width: 60, height: 16), config: config)
        state.openArticle(0)
        state.update(.analyzed(index: 0, analysis: HighlightTests.analysis))
        state.press(.tab)
        state.type("acheck")
        #expect(state.update(.key(.control("s"))) == .none)
        #expect(state.editor != nil)
        guard case .changeAnnotations(0, .add(let annotation)) = state.update(.key(.function(3))) else {
            Issue.record("F3 did not save")
            return
        }
        #expect(annotation.tags == ["check"])
        let help = HelpText.lines(keyMap: state.keyMap)
        #expect(help.contains("  F3                save the annotation; Esc cancels"))
        state.type("?n")
        #expect(state.helpTop == 1)
        state.type("j")
        #expect(!state.showHelp)
    }
}
