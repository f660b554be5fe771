import Annotations
import Foundation
@testable import ReaderApp

/// Articles and states the screen tests share.
enum Fixtures {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// A fixed time for events in tests: 2026-12-01 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_796_126_400)

    static let seeds: Corpus = ArticleLoader.load(paths: [packageRoot + "/seeds"])

    static func state(_ corpus: Corpus = seeds, width: Int = 40, height: Int = 12,
                      colorMode: ColorMode = .none) -> AppState {
        AppState(corpus: corpus, size: Size(width: width, height: height), colorMode: colorMode)
    }

    /// HighlightTests' article open, analysed, with an empty sidecar loaded: ready to annotate.
    static func annotatableState(width: Int = 60, height: Int = 16) -> AppState {
        var state = AppState(corpus: corpus(HighlightTests.text), size: Size(width: width, height: height), colorMode: .eight)
        state.openArticle(0)
        _ = state.update(.analyzed(index: 0, analysis: HighlightTests.analysis))
        _ = state.update(.annotations(index: 0, update: .loaded([])))
        return state
    }

    static func corpus(_ texts: String...) -> Corpus {
        Corpus(articles: texts.enumerated().map { Article(path: "t/\($0.offset).txt", text: $0.element) })
    }
}

extension AppState {
    /// One event at a fixed time, with a fresh id: what the terminal loop passes, minus the clock.
    @discardableResult
    mutating func update(_ event: InputEvent) -> AppCommand {
        update(event, environment: AppEnvironment(now: Fixtures.now, newID: UUID()))
    }

    /// Sends keys typed as a string, one character each.
    mutating func type(_ keys: String) {
        for scalar in keys.unicodeScalars { _ = update(.key(.character(scalar))) }
    }

    mutating func press(_ keys: Key...) {
        for key in keys { _ = update(.key(key)) }
    }
}
