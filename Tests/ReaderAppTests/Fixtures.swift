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

    static let seeds: Corpus = ArticleLoader.load(paths: [packageRoot + "/seeds"])

    static func state(_ corpus: Corpus = seeds, width: Int = 40, height: Int = 12,
                      colorMode: ColorMode = .none) -> AppState {
        AppState(corpus: corpus, size: Size(width: width, height: height), colorMode: colorMode)
    }

    static func corpus(_ texts: String...) -> Corpus {
        Corpus(articles: texts.enumerated().map { Article(path: "t/\($0.offset).txt", text: $0.element) })
    }
}

extension AppState {
    /// Sends keys typed as a string, one character each.
    mutating func type(_ keys: String) {
        for scalar in keys.unicodeScalars { _ = update(.key(.character(scalar))) }
    }

    mutating func press(_ keys: Key...) {
        for key in keys { _ = update(.key(key)) }
    }
}
