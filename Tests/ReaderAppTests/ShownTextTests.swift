import Annotations
import Foundation
import Testing
@testable import ReaderApp

/// Seeds 000 and 002 repeat their title on the second line with a credit glued on; the layout
/// skips that line, so nothing found in it may be counted, focused or matched.
@Suite("Only shown text counts")
struct ShownTextTests {
    /// Whether the wrapped layout draws the text at `range` (the oracle: what is on screen).
    func drawn(_ range: Range<Int>, in view: ArticleView) -> Bool {
        view.layout.lines.contains { $0.kind != .gap && $0.range.lowerBound <= range.lowerBound && range.upperBound <= $0.range.upperBound }
            || view.layout.lines.contains { $0.kind != .gap && $0.range.overlaps(range) }
    }

    @Test(arguments: ["000_cef5231f6ba4b524.txt", "002_5878466cf29f3b87.txt"])
    func tabSearchAndCountsSkipTheHiddenRepeatedTitle(file: String) throws {
        var state = Fixtures.state(width: 80, height: 30)
        let index = try #require(state.articles.firstIndex { $0.fileName == file })
        let article = state.articles[index]
        let analysis = Recognizer().analyze(article.text)
        let aleppo = analysis.entities.filter { $0.canonical == "Aleppo" }
        state.openArticle(index)
        _ = state.update(.analyzed(index: index, analysis: analysis))
        let view = try #require(state.view)
        let visible = aleppo.filter { drawn($0.start..<$0.end, in: view) }
        // The premise: the recogniser does find Aleppo in the hidden line.
        #expect(visible.count < aleppo.count)

        // Tab goes round every highlight once, and each is on screen text.
        let count = view.highlights.count
        for _ in 0..<count {
            state.press(.tab)
            let focused = try #require(state.view?.focused)
            #expect(drawn(focused.range, in: view), "Tab stopped on hidden text at \(focused.range)")
        }

        // The entity panel counts only what can be seen.
        state.type("e")
        let row = try #require(state.panel?.rows.first { $0.text.hasSuffix(" Aleppo") })
        #expect(row.detail == "\(visible.count)×")
        state.press(.enter)
        #expect(state.message == "Aleppo: mention 1 of \(visible.count) (n/N for the others)")
        for _ in 0..<visible.count {
            state.type("n")
            let search = try #require(state.view?.search)
            #expect(drawn(search.matches[search.current ?? 0], in: view))
        }

        // Search finds only the shown words.
        let shownWords = view.layout.lines.filter { $0.kind != .gap }.map {
            TextSearch.matches(of: "Aleppo", in: Array(article.scalars[$0.range])).count
        }.reduce(0, +)
        state.type("/Aleppo")
        state.press(.enter)
        #expect(state.view?.search?.matches.count == shownWords)
        #expect(state.view?.search?.matches.allSatisfy { drawn($0, in: view) } == true)
    }
}
