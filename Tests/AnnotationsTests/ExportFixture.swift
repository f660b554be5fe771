import Foundation
@testable import Annotations

/// Fixed annotations on copies of the seeds (fixed ids and times), for golden-file export tests.
struct ExportFixture {
    let folder = TemporaryFolder("reader-export")
    let seeds: String
    let store = AnnotationStore()

    /// A note with every character Markdown or HTML could act on.
    static let hostileNote = """
        # Not a heading
        ---
        > not a quote
        1. not a list
        - nor this
        | a | b |
        |---|---|
        ```
        <script>alert("x")</script> *star* _under_ `tick` &amp; [link](http://x) ![img](y)
        ===
            indented
        """

    init() throws {
        seeds = try folder.copySeeds()
        try annotate("000_cef5231f6ba4b524.txt", "about 85 percent", id: 1, tags: ["check", "percent"],
                     note: "Compare with 93 per cent in 001.",
                     claim: ClaimSnapshot(kind: .percent, value: 85, unit: "percent", qualifier: "about"))
        try annotate("001_ac7699849b98daba.txt", "93 per cent", id: 2, tags: ["check", "percent"],
                     note: "Russian figure; not verified.",
                     claim: ClaimSnapshot(kind: .percent, value: 93, unit: "percent"))
        try annotate("001_ac7699849b98daba.txt", "Konashenkov\u{A0}said in a video briefing", id: 3, tags: ["source"], note: Self.hostileNote)
        try annotate("003_58af670faad38b86.txt", "more than 6,400 people", id: 4, tags: ["evacuees", "check"],
                     note: "vs nearer 8,000 (Turkey)\nand more than 7,000 civilians",
                     claim: ClaimSnapshot(kind: .count, value: 6400, unit: "people", qualifier: "more than"))
        try annotate("003_58af670faad38b86.txt", "nearer 8,000", id: 5, tags: [], note: "")
    }

    func articlePath(_ name: String) -> String { seeds + "/" + name }

    func article(_ name: String) throws -> Article {
        try ArticleLoader.loadFile(articlePath(name)).get()
    }

    func annotate(_ name: String, _ quote: String, id: Int, tags: [String], note: String, claim: ClaimSnapshot? = nil) throws {
        let article = try article(name)
        let range = try require(article.occurrences(of: quote).first, "\(quote) not in \(name)")
        var annotation = Annotation.make(article: article, range: range, tags: tags, note: note,
                                         id: UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", id))!,
                                         now: Date(timeIntervalSince1970: 1_481_969_045 + Double(id) * 60))
        annotation.claim = claim
        try store.add(annotation, to: article)
    }

    /// Every seed with its anchored annotations, named relative to the temporary folder.
    func exported() throws -> [ExportedArticle] {
        try ArticleLoader.load(paths: [seeds]).articles.map { article in
            ExportedArticle(article: article, path: RelativePath.of(article.path, from: folder.path),
                            annotations: Anchoring.anchor(try store.load(for: article), in: article))
        }
    }

    /// The bytes of every sidecar, by file name.
    func sidecarBytes() throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds) where name.hasSuffix(".annotations.json") {
            result[name] = FileManager.default.contents(atPath: seeds + "/" + name)
        }
        return result
    }
}

/// `#require` outside a test function: throws instead of recording an issue.
func require<T>(_ value: T?, _ message: String = "missing value") throws -> T {
    guard let value else { throw NSError(domain: "ExportFixture", code: 1, userInfo: [NSLocalizedDescriptionKey: message]) }
    return value
}
