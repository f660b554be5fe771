import Foundation
import Testing

/// A temporary corpus folder and cache folder for one test, with paragraphs of the seed articles
/// to write new articles from (tests never write into seeds/ or the home folder).
struct CorpusFolder {
    let root: String
    let corpus: String
    let cache: String

    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Blocks of the seed articles, to make varied but real texts from.
    static let paragraphs: [String] = {
        let seeds = packageRoot + "/seeds"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: seeds)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return names.flatMap { name -> [String] in
            let text = (try? String(contentsOfFile: seeds + "/" + name, encoding: .utf8)) ?? ""
            return text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
        }
    }()

    init(_ label: String) {
        root = NSTemporaryDirectory() + "reader-\(label)-\(UUID().uuidString)"
        corpus = root + "/corpus"
        cache = root + "/cache"
        try? FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
    }

    var indexFile: String { cache + "/index.sqlite" }

    @discardableResult
    func write(_ relative: String, _ text: String) -> String {
        let path = corpus + "/" + relative
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        return path
    }

    /// A title and a few paragraphs picked by `random`.
    static func article<G: RandomNumberGenerator>(using random: inout G) -> String {
        let count = Int.random(in: 1...4, using: &random)
        let title = "Report \(Int.random(in: 1...99_999, using: &random)) on " + (paragraphs.randomElement(using: &random) ?? "")
            .prefix(40).replacingOccurrences(of: "\n", with: " ")
        return ([title] + (0..<count).map { _ in paragraphs.randomElement(using: &random) ?? "" }).joined(separator: "\n\n") + "\n"
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}

/// A small seeded generator (SplitMix64), so a failing sequence can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
