import Annotations
import Foundation
import Testing
@testable import ReaderApp

@Suite("Config file")
struct ConfigTests {
    @Test func readsLayersKeysAndColours() throws {
        let json = #"{"layers": {"hidden": ["NORP", "date"]}, "keys": {"nextHighlight": "n", "entityPanel": "ctrl-e"}, "colors": {"PERSON": "red", "count": 33}}"#
        let config = try ReaderConfig.parse(Data(json.utf8))
        #expect(config.layers.hiddenEntityTypes == [.norp])
        #expect(config.layers.hiddenClaimKinds == [.date])
        #expect(config.color(for: .entity(.person)) == .red)
        #expect(config.color(for: .claim(.count)) == .indexed(33))
        let keys = try KeyMap(overrides: config.keys)
        #expect(keys.action(for: .character("n")) == .nextHighlight)
        #expect(keys.action(for: .tab) == nil, "a rebound action leaves its old key")
        #expect(keys.action(for: .control("e")) == .entityPanel)
    }

    @Test func reboundKeysDriveTheReader() throws {
        var config = ReaderConfig()
        config.keys = ["nextHighlight": "f2"]
        var state = AppState(corpus: Fixtures.corpus(HighlightTests.text), size: Size(width: 70, height: 40), config: config)
        state.openArticle(0)
        _ = state.update(.analyzed(index: 0, analysis: HighlightTests.analysis))
        state.press(.function(2))
        #expect(state.view?.focus == 0)
        state.type("?")
        #expect(state.render().lines.contains { $0.contains("F2") && $0.contains("next, previous entity or claim") })
    }

    @Test func colourOverridesReachTheTheme() throws {
        let config = try ReaderConfig.parse(Data(#"{"colors": {"PLACE": "blue"}}"#.utf8))
        let state = AppState(corpus: Fixtures.corpus("T\n\nx"), size: Size(width: 40, height: 10), config: config)
        #expect(state.theme.highlight(.entity(.place)).foreground == .blue)
        #expect(state.theme.highlight(.entity(.person)).foreground == .yellow)
    }

    @Test(arguments: [
        ("{not json", "not valid: expected a key in quotes at line 1, column 2"),
        (#"{"keys": {"search": "s"}, "keys": {"quit": "x"}}"#, "not valid: duplicate key \"keys\""),
        (#"{"colors": {"ORG": 45, "ORG": "red"}}"#, "not valid: duplicate key \"ORG\""),
        (#"{"layers": {"hidden": ["CITY"]}}"#, "unknown layer \"CITY\" in layers.hidden"),
        (#"{"keys": {"fly": "x"}}"#, "unknown action \"fly\""),
        (#"{"keys": {"search": "hyper-q"}}"#, "unknown key \"hyper-q\" for search"),
        (#"{"colors": {"PERSON": "mauve"}}"#, "colour for PERSON must be a name"),
        (#"{"layers": 3}"#, "not valid: wrong type at layers"),
    ])
    func brokenConfigsGetAClearMessage(json: String, expected: String) {
        do {
            _ = try ReaderConfig.parse(Data(json.utf8))
            Issue.record("\(json) should not parse")
        } catch {
            #expect("\(error)".contains(expected), "\(error)")
        }
    }

    @Test func savedConfigReadsBackTheSame() throws {
        var config = ReaderConfig()
        config.layers.toggle(.norp)
        config.layers.toggle(.ordinal)
        config.keys = ["search": "s"]
        config.colors = ["ORG": .index(45)]
        let again = try ReaderConfig.parse(config.encoded())
        #expect(again == config)
        #expect(String(decoding: config.encoded(), as: UTF8.self).contains("\"hidden\" : [\n      \"NORP\",\n      \"ordinal\""))
    }
}
