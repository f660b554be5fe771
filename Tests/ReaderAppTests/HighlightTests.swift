import Annotations
import Foundation
import Testing
@testable import ReaderApp

/// Highlights in the article view: styles by type and kind, focus, layers, panels, the legend.
@Suite("Highlights")
struct HighlightTests {
    static let text = "Lavrov talks\n\nSergei Lavrov said nearer 8,000 evacuees left Aleppo. Russian troops stayed in Aleppo.\n"

    /// A one-article state with a fixed analysis, so the tests do not depend on the recogniser.
    func state(colorMode: ColorMode = .eight, width: Int = 40, height: Int = 12,
               config: ReaderConfig = ReaderConfig()) -> AppState {
        var state = AppState(corpus: Fixtures.corpus(HighlightTests.text), size: Size(width: width, height: height),
                             colorMode: colorMode, config: config)
        state.openArticle(0)
        _ = state.update(.analyzed(index: 0, analysis: HighlightTests.analysis))
        return state
    }

    static var analysis: Analysis {
        let text = HighlightTests.text
        func range(_ needle: String, after: Int = 0) -> Range<Int> {
            let scalars = Array(text.unicodeScalars)
            let needleScalars = Array(needle.unicodeScalars)
            for start in after...(scalars.count - needleScalars.count)
            where Array(scalars[start..<(start + needleScalars.count)]) == needleScalars {
                return start..<(start + needleScalars.count)
            }
            fatalError("no \(needle)")
        }
        let lavrov = range("Sergei Lavrov")
        let title = range("Lavrov")
        let aleppo1 = range("Aleppo")
        let aleppo2 = range("Aleppo", after: aleppo1.upperBound)
        let russian = range("Russian")
        let claim = range("nearer 8,000 evacuees")
        return Analysis(
            entities: [
                Entity(text: "Lavrov", type: .person, start: title.lowerBound, end: title.upperBound, canonical: "Sergei Lavrov"),
                Entity(text: "Sergei Lavrov", type: .person, start: lavrov.lowerBound, end: lavrov.upperBound),
                Entity(text: "Aleppo", type: .place, start: aleppo1.lowerBound, end: aleppo1.upperBound),
                Entity(text: "Russian", type: .norp, start: russian.lowerBound, end: russian.upperBound),
                Entity(text: "Aleppo", type: .place, start: aleppo2.lowerBound, end: aleppo2.upperBound),
            ],
            claims: [Claim(text: "nearer 8,000 evacuees", kind: .count, value: 8000, qualifier: "nearer",
                           unit: "evacuees", start: claim.lowerBound, end: claim.upperBound)])
    }

    /// The style of the cell showing `needle` on screen (its first character).
    func style(of needle: String, in frame: Frame) -> Style? {
        for (y, line) in frame.lines.enumerated() {
            if let range = line.range(of: needle) {
                return frame[line.distance(from: line.startIndex, to: range.lowerBound), y].style
            }
        }
        return nil
    }

    @Test func entitiesAndClaimsAreColouredByTypeAndKind() {
        let frame = state().render()
        #expect(frame.lines[3] == " Sergei Lavrov said nearer 8,000")
        #expect(style(of: "Sergei", in: frame)?.foreground == .yellow)
        #expect(style(of: "Aleppo.", in: frame)?.foreground == .green)
        #expect(style(of: "Russian", in: frame)?.foreground == .magenta)
        let claim = style(of: "nearer", in: frame)
        #expect(claim?.foreground == .red)
        #expect(claim?.underline == true)
        #expect(style(of: "said", in: frame) == .plain)
    }

    @Test func aClaimCrossingALineBreakIsHighlightedOnBothLines() {
        let frame = state().render()
        // "nearer 8,000" ends line 3 and "evacuees" starts line 4.
        #expect(frame.lines[4].hasPrefix(" evacuees left Aleppo."))
        #expect(style(of: "evacuees", in: frame)?.underline == true)
        #expect(style(of: "8,000", in: frame)?.underline == true)
    }

    @Test func monochromeKeepsEntitiesAndClaimsApart() {
        let frame = state(colorMode: .none).render()
        let entity = style(of: "Sergei", in: frame)
        let claim = style(of: "nearer", in: frame)
        #expect(entity?.bold == true && entity?.underline == false)
        #expect(claim?.underline == true && claim?.bold == false)
        #expect(entity?.foreground == nil && claim?.foreground == nil)
        #expect(frame.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
    }

    @Test func tabMovesTheFocusAndTheStatusLineSaysWhatItIs() {
        var state = state()
        state.press(.tab)
        #expect(state.focusDescription == "PERSON Sergei Lavrov (“Lavrov”) · 2 mentions")
        state.press(.tab)
        #expect(state.focusDescription == "PERSON Sergei Lavrov · 2 mentions")
        #expect(state.render().lines[11].hasPrefix(" PERSON Sergei Lavrov · 2 me"))
        #expect(style(of: "Sergei", in: state.render())?.reverse == true)
        state.press(.tab)
        #expect(state.focusDescription == "count 8000 · nearer · evacuees")
        state.press(.backTab, .backTab)
        #expect(state.focusDescription == "PERSON Sergei Lavrov (“Lavrov”) · 2 mentions")
        state.press(.backTab)
        #expect(state.message == "Wrapped to the last highlight")
        #expect(state.focusDescription == "PLACE Aleppo · 2 mentions")
    }

    @Test func tabScrollsToAHighlightOffScreen() {
        var state = state(height: 7)
        for _ in 0..<6 { state.press(.tab) }
        #expect(state.focusDescription == "PLACE Aleppo · 2 mentions")
        let focused = state.view!.focused!.range.lowerBound
        #expect(state.isOnScreen(focused))
        #expect(state.view!.top > 0)
    }

    @Test func layersHideHighlightsAndAskForTheConfigToBeSaved() {
        var state = state()
        let command = state.update(.key(.character("C")))
        guard case .saveConfig(let config) = command else {
            Issue.record("toggling a layer should save the config")
            return
        }
        #expect(config.layers.hiddenClaimKinds == Set(ClaimKind.allCases))
        #expect(style(of: "nearer", in: state.render()) == .plain)
        #expect(state.view!.highlights.allSatisfy { $0.isEntity })
        // The layers panel toggles one type.
        state.type("h")
        #expect(state.panel?.kind == .layers)
        state.press(.down)  // PERSON is selected first; move to ORG, then PLACE
        state.press(.down)
        #expect(state.panel?.selectedRow?.text == "[x] PLACE")
        _ = state.update(.key(.enter))
        #expect(state.panel?.selectedRow?.text == "[ ] PLACE")
        #expect(state.config.layers.hiddenEntityTypes == [.place])
        state.press(.escape)
        #expect(style(of: "Aleppo.", in: state.render()) == .plain)
    }

    @Test func theLegendNamesTheLayers() {
        var state = state(width: 80)
        let frame = state.render()
        #expect(frame.lines[10].hasPrefix(" person org place norp │ count % measure money date time"))
        state.type("E")
        #expect(state.render().lines[10].hasPrefix(" ·person ·org ·place ·norp │ count"))
    }

    @Test func entityPanelJumpsToMentionsAndNWalksThem() {
        var state = state(height: 8)
        state.type("e")
        let panel = state.render()
        #expect(panel.lines[1].hasPrefix(" Entities in this article (3)"))
        // Most mentioned first, then by name.
        #expect(panel.lines[2].hasPrefix(" PLACE Aleppo"))
        #expect(panel.lines[2].hasSuffix("2×"))
        #expect(panel.lines[3].hasPrefix(" PERSON Sergei Lavrov"))
        #expect(panel.lines[4].hasPrefix(" NORP  Russian"))
        #expect(state.panel?.selectedRow?.text == "PLACE Aleppo")
        state.press(.enter)
        #expect(state.panel == nil)
        #expect(state.message == "Aleppo: mention 1 of 2 (n/N for the others)")
        state.type("n")
        #expect(state.message == "Match 2 of 2")
        #expect(state.view?.search?.matches.count == 2)
    }

    @Test func corpusViewListsTheArticlesThatMentionAnEntity() {
        let corpus = Fixtures.corpus(HighlightTests.text, "Other\n\nNothing here.", HighlightTests.text)
        var state = AppState(corpus: corpus, size: Size(width: 60, height: 12))
        state.openArticle(0)
        for index in [0, 2] { _ = state.update(.analyzed(index: index, analysis: HighlightTests.analysis)) }
        state.type("e")
        state.type("a")
        let frame = state.render()
        #expect(frame.lines[1].hasPrefix(" Articles that mention Aleppo (PLACE)"))
        #expect(frame.lines[2].contains("2× · 0.txt"))
        #expect(frame.lines[3].contains("2× · 2.txt"))
        #expect(frame.lines[4].contains("1 article still being analysed"))
        state.press(.down, .enter)
        #expect(state.view?.index == 2)
        #expect(state.view?.search?.query == "Aleppo")
    }

    @Test func claimPanelListsValuesAndFocusesTheChosenClaim() {
        var state = state(width: 60)
        state.type("c")
        let frame = state.render()
        #expect(frame.lines[2].hasPrefix(" count    nearer 8,000 evacuees"))
        #expect(frame.lines[2].hasSuffix("8000 · nearer · evacuees"))
        state.press(.enter)
        #expect(state.focusDescription == "count 8000 · nearer · evacuees")
    }

    @Test func beforeAnalysisTabSaysItIsStillWorking() {
        var state = AppState(corpus: Fixtures.corpus(HighlightTests.text), size: Size(width: 40, height: 12))
        state.openArticle(0)
        state.press(.tab)
        #expect(state.message == "Still analysing this article…")
        #expect(state.render().lines[10] == " analysing…")
    }
}

@Suite("Mouse and help")
struct MouseAndHelpTests {
    @Test func clickingAHighlightFocusesIt() throws {
        var state = AppState(corpus: Fixtures.corpus(HighlightTests.text), size: Size(width: 40, height: 12))
        state.openArticle(0)
        _ = state.update(.analyzed(index: 0, analysis: HighlightTests.analysis))
        let frame = state.render()
        let y = try #require(frame.lines.firstIndex { $0.contains("nearer 8,000") })
        let x = frame.lines[y].distance(from: frame.lines[y].startIndex, to: frame.lines[y].range(of: "8,000")!.lowerBound)
        _ = state.update(.mouse(MouseEvent(action: .click, x: x, y: y)))
        #expect(state.focusDescription == "count 8000 · nearer · evacuees")
        _ = state.update(.mouse(MouseEvent(action: .click, x: 1, y: 1)))
        #expect(state.focusDescription == "PERSON Sergei Lavrov (“Lavrov”) · 2 mentions")
        _ = state.update(.mouse(MouseEvent(action: .click, x: 39, y: 1)))
        #expect(state.view?.focus == nil)
    }

    @Test func aLongHelpScrollsAndAnyOtherKeyClosesIt() {
        var state = Fixtures.state(width: 70, height: 12)
        state.type("?")
        let first = state.render()
        #expect(first.lines.contains { $0.contains("Keys (j/k scroll, any other key closes)") })
        #expect(!first.lines.contains { $0.contains("Everywhere") })
        state.press(.pageDown, .pageDown, .pageDown, .pageDown)
        #expect(state.render().lines.contains { $0.contains("save the annotation") })
        #expect(state.showHelp)
        state.type("x")
        #expect(!state.showHelp)
    }
}

@Suite("Claim descriptions")
struct ClaimDescriptionTests {
    @Test func theQualifiersMeaningIsSpelledOut() {
        let claim = Claim(text: "More than 20,000 civilians", kind: .count, value: 20000, qualifier: "more than",
                          bound: .lower, unit: "civilians", start: 0, end: 26)
        #expect(AppState.describe(claim) == "20000 · more than (at least) · civilians")
        let date = Claim(text: "5 December 2016", kind: .date, value: nil, normalized: "2016-12-05", start: 0, end: 15)
        #expect(AppState.describe(date) == "2016-12-05")
        #expect(AppState.formatNumber(0.75) == "0.75")
    }
}
