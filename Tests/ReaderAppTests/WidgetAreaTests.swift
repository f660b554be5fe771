import Annotations
import Testing
@testable import ReaderApp

/// Widgets draw into the area they are given and nowhere else.
@Suite("Widgets take an area")
struct WidgetAreaTests {
    func state() -> AppState {
        var state = AppState(corpus: Fixtures.corpus(HighlightTests.text), size: Size(width: 60, height: 16))
        state.openArticle(0)
        state.update(.analyzed(index: 0, analysis: HighlightTests.analysis))
        return state
    }

    /// The rows of `frame` inside `area`, and whether every cell outside it is blank.
    func split(_ frame: Frame, _ area: Rect) -> (inside: [String], outsideBlank: Bool) {
        var inside: [String] = []
        var outsideBlank = true
        for y in 0..<frame.size.height {
            var row = ""
            for x in 0..<frame.size.width {
                let isInside = x >= area.x && x < area.x + area.width && y >= area.y && y < area.maxY
                if isInside { row += frame[x, y].text } else if frame[x, y] != .blank { outsideBlank = false }
            }
            if y >= area.y && y < area.maxY { inside.append(row) }
        }
        return (inside, outsideBlank)
    }

    @Test func aPanelDrawsInsideItsArea() throws {
        var state = state()
        state.type("e")
        let panel = try #require(state.panel)
        let area = Rect(x: 10, y: 3, width: 30, height: 6)
        var frame = Frame(size: state.size)
        state.renderPanel(panel, in: area, into: &frame)
        let (inside, outsideBlank) = split(frame, area)
        #expect(outsideBlank)
        #expect(inside[0].hasPrefix(" Entities in this article (3)"))
        #expect(inside[1].hasPrefix(" PLACE Aleppo"))
        #expect(inside[5].hasPrefix(" Enter: go to mentions"))
    }

    @Test func theEditorTakesTheBottomRowsOfItsArea() {
        var state = state()
        state.press(.tab)
        state.type("acheck")
        let editor = state.editor!
        let area = Rect(x: 5, y: 2, width: 40, height: 11)
        var frame = Frame(size: state.size)
        state.renderEditor(editor, in: area, into: &frame)
        let (inside, outsideBlank) = split(frame, area)
        #expect(outsideBlank)
        #expect(inside.last?.hasPrefix(" Ctrl-S save") == true)
        #expect(inside.contains { $0.hasPrefix(" Tags: check") })
        #expect(frame.cursor?.x == 5 + 7 + 5 && frame.cursor.map { $0.y >= area.y && $0.y < area.maxY } == true)
    }
}
