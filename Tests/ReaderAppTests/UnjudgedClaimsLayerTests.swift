import Annotations
import Foundation
import Testing
@testable import ReaderApp

/// The layer that hides claims nobody has given a verdict: toggled in the layers panel, kept in the
/// config file as `unjudged`, and following verdicts as they are given.
@Suite("Only claims with a verdict")
struct UnjudgedClaimsLayerTests {
    static let text = "Counts\n\nAbout 5 people and 7 cars left Aleppo.\n"

    static func range(_ needle: String) -> Range<Int> {
        let scalars = Array(text.unicodeScalars), wanted = Array(needle.unicodeScalars)
        let start = (0...(scalars.count - wanted.count)).first { Array(scalars[$0..<($0 + wanted.count)]) == wanted }!
        return start..<(start + wanted.count)
    }

    static var analysis: Analysis {
        let people = range("5 people"), cars = range("7 cars"), aleppo = range("Aleppo")
        return Analysis(entities: [Entity(text: "Aleppo", type: .place, start: aleppo.lowerBound, end: aleppo.upperBound)],
                        claims: [Claim(text: "5 people", kind: .count, value: 5, start: people.lowerBound, end: people.upperBound),
                                 Claim(text: "7 cars", kind: .count, value: 7, start: cars.lowerBound, end: cars.upperBound)])
    }

    static func judged(_ quote: String, _ status: VerdictStatus) -> Annotation {
        let span = range(quote)
        return Annotation(created: "2026-12-01T12:00:00.000Z", modified: "2026-12-01T12:00:00.000Z",
                          target: AnnotationTarget(quote: TextQuoteSelector(exact: quote, prefix: "", suffix: ""),
                                                   position: TextPositionSelector(start: span.lowerBound, end: span.upperBound)),
                          verdict: ClaimVerdict(status: status, date: "2026-12-01T12:00:00.000Z"))
    }

    func state(hidingUnjudged: Bool) -> AppState {
        var config = ReaderConfig()
        config.layers.hidesUnjudgedClaims = hidingUnjudged
        var state = AppState(corpus: Fixtures.corpus(Self.text), size: Size(width: 60, height: 30), colorMode: .none, config: config)
        state.openArticle(0)
        state.update(.analyzed(index: 0, analysis: Self.analysis))
        return state
    }

    func claimTexts(_ state: AppState) -> [String] {
        (state.view?.highlights ?? []).filter { !$0.isEntity }.map { range in
            String(String.UnicodeScalarView(Array(Self.text.unicodeScalars)[range.range]))
        }
    }

    @Test func onlyTheJudgedClaimStaysAndEntitiesAreUntouched() {
        var state = state(hidingUnjudged: true)
        #expect(claimTexts(state).isEmpty, "no verdict yet: no claim shown")
        state.update(.annotations(index: 0, update: .loaded([Self.judged("7 cars", .disputed)])))
        #expect(claimTexts(state) == ["7 cars"])
        #expect(state.view?.highlights.contains { $0.isEntity } == true)
        state.update(.annotations(index: 0, update: .loaded([])))
        #expect(claimTexts(state).isEmpty, "the verdict taken back hides it again")
    }

    @Test func theLayersPanelTogglesItAndTheConfigKeepsIt() throws {
        var state = state(hidingUnjudged: false)
        #expect(claimTexts(state) == ["5 people", "7 cars"])
        state.update(.key(.character("h")))
        let row = try #require(state.panel?.rows.firstIndex { $0.target == .unjudgedClaimsLayer })
        #expect(state.panel?.rows[row].text == "[x] unjudged")
        state.panel?.selected = row
        let command = state.update(.key(.enter))
        guard case .saveConfig(let saved) = command else {
            Issue.record("toggling a layer saves the config: \(command)")
            return
        }
        #expect(saved.layers.hidesUnjudgedClaims)
        #expect(state.panel?.rows[row].text == "[ ] unjudged")
        #expect(claimTexts(state).isEmpty)
        let reread = try ReaderConfig.parse(saved.encoded())
        #expect(reread.layers.hidesUnjudgedClaims)
        #expect(String(decoding: saved.encoded(), as: UTF8.self).contains("\"unjudged\""))
    }
}
