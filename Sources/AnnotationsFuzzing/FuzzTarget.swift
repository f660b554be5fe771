#if !FUZZ_SINGLE_MODULE
import Annotations
#endif
import Foundation

/// The fuzzed entry points, each taking the fuzzer's bytes. libFuzzer calls them from the harness
/// in `Fuzz/` (built by `scripts/fuzz.sh`); `swift test` runs every kept crash and seed through the
/// very same functions. Each checks its own invariants and stops the process on a violation, so a
/// wrong answer is found like a crash.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case recognizer
    case sidecarCodec = "sidecar-codec"
    case anchoring
    case markdownExport = "markdown-export"
    case w3cExport = "w3c-export"
    case w3cImport = "w3c-import"

    /// Runs the target on one input.
    public func run(_ bytes: [UInt8]) {
        var input = FuzzInput(bytes)
        switch self {
        case .recognizer: FuzzTarget.recognize(&input)
        case .sidecarCodec: FuzzTarget.codec(&input)
        case .anchoring: FuzzTarget.anchor(&input)
        case .markdownExport: FuzzTarget.exportMarkdown(&input)
        case .w3cExport: FuzzTarget.exportW3C(&input)
        case .w3cImport: FuzzTarget.importW3C(&input)
        }
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz invariant broken: \(message())") }
    }

    /// An article text: odd pieces, sometimes the raw rest of the input decoded leniently.
    static func articleText(_ input: inout FuzzInput) -> String {
        if input.choose(4) == 0 { return String(decoding: input.remainder(), as: UTF8.self) }
        var text = ""
        for _ in 0..<input.choose(12) {
            text += input.pick(["Title\n\n", "More than 20,000 civilians left eastern Aleppo. ", "Zanzibar giraffe ",
                                "$1.5bn ", "50% ", "12 December 2016 ", "Mr Putin said ", "\n\n", "1,2,3 ",
                                "9223372036854775807 ", "-1e400 "]) + FuzzValues.string(&input)
        }
        return text
    }

    static func recognize(_ input: inout FuzzInput) {
        let text = articleText(&input)
        let count = text.unicodeScalars.count
        let analysis = Recognizer().analyze(text)
        for entity in analysis.entities {
            require(0 <= entity.start && entity.start <= entity.end && entity.end <= count, "entity \(entity.start)..<\(entity.end) in \(count)")
        }
        for claim in analysis.claims {
            require(0 <= claim.start && claim.start <= claim.end && claim.end <= count, "claim \(claim.start)..<\(claim.end) in \(count)")
        }
        require(Recognizer().analyze(text) == analysis, "the analysis is not deterministic")
    }

    static func codec(_ input: inout FuzzInput) {
        let bytes = FuzzDocuments.sidecar(&input)
        guard let sidecar = try? SidecarCodec.decode(Data(bytes), path: "fuzz.annotations.json") else { return }
        for annotation in sidecar.annotations {
            let position = annotation.target.position
            require(0 <= position.start && position.start <= position.end && position.end <= SidecarCodec.maximumOffset,
                    "decoded position \(position.start)..<\(position.end)")
        }
        // Whatever was read is written back: known, unknown and skipped alike, and stably.
        let written: Data
        do { written = try SidecarCodec.encode(sidecar) } catch { fatalError("encode failed: \(error)") }
        let reread: Sidecar
        do { reread = try SidecarCodec.decode(written, path: "fuzz.annotations.json") } catch {
            fatalError("the codec cannot read what it wrote: \(error)")
        }
        require(reread.annotations == sidecar.annotations, "annotations changed in a round trip")
        require(reread.unknownFields == sidecar.unknownFields, "unknown fields changed in a round trip")
        require(reread.skipped.map(\.raw) == sidecar.skipped.map(\.raw), "skipped entries changed in a round trip")
        require((try? SidecarCodec.encode(reread)) == written, "encoding is not canonical")
    }

    /// Annotations read through the codec (so with any numbers a file can hold) and some made
    /// directly with extreme positions, anchored in an article.
    static func annotations(_ input: inout FuzzInput, text: String) -> [Annotation] {
        var result: [Annotation] = []
        if let sidecar = try? SidecarCodec.decode(Data(FuzzDocuments.sidecar(&input)), path: "fuzz") {
            result += sidecar.annotations
        }
        let scalars = Array(text.unicodeScalars)
        for _ in 0..<input.choose(4) {
            let start = input.flag() ? input.integer() : input.choose(scalars.count + 2)
            let end = input.flag() ? input.integer() : input.choose(scalars.count + 2)
            let length = input.choose(20)
            let exact: String
            if input.flag(), start >= 0, start < scalars.count {
                exact = String(String.UnicodeScalarView(scalars[start..<min(scalars.count, start + length)]))
            } else {
                exact = FuzzValues.string(&input)
            }
            result.append(Annotation(created: "c", modified: "m",
                                     target: AnnotationTarget(quote: TextQuoteSelector(exact: exact, prefix: FuzzValues.string(&input),
                                                                                       suffix: FuzzValues.string(&input)),
                                                              position: TextPositionSelector(start: start, end: end)),
                                     tags: [FuzzValues.string(&input)], note: FuzzValues.string(&input)))
        }
        return result
    }

    /// The article JSON seeds are anchored in: the words of the examples, and numbers.
    static let seedArticle = "Title\n\nMore than 20,000 civilians left eastern Aleppo. A Zanzibar giraffe was seen. 50% of 12 people.\n"

    static func anchored(_ input: inout FuzzInput) -> ExportedArticle {
        let text = input.startsWithJSON ? seedArticle : articleText(&input)
        let article = Article(path: "fuzz/a.txt", text: text)
        let anchored = Anchoring.anchor(annotations(&input, text: text), in: article)
        for entry in anchored {
            if let range = entry.range {
                require(range.lowerBound >= 0 && range.upperBound <= article.scalars.count, "range \(range) outside \(article.scalars.count)")
                require(entry.state != .orphan, "an orphan with a range")
            } else {
                require(entry.state == .orphan, "\(entry.state) without a range")
            }
        }
        return ExportedArticle(article: article, path: "fuzz/a.txt", annotations: anchored)
    }

    static func anchor(_ input: inout FuzzInput) {
        _ = anchored(&input)
    }

    static func exportMarkdown(_ input: inout FuzzInput) {
        let exported = anchored(&input)
        let markdown = MarkdownExporter().export([exported])
        require(MarkdownExporter().export([exported]) == markdown, "Markdown export is not deterministic")
    }

    static func exportW3C(_ input: inout FuzzInput) {
        let exported = anchored(&input)
        let json: String
        do { json = try W3CExporter().export([exported]) } catch { fatalError("W3C export failed: \(error)") }
        // What is exported imports back to the same annotations, when their positions are valid.
        let valid = exported.annotations.map(\.annotation).filter {
            0 <= $0.target.position.start && $0.target.position.start <= $0.target.position.end
                && $0.target.position.end <= SidecarCodec.maximumOffset
        }
        guard valid.count == exported.annotations.count else {
            _ = try? W3CImporter.items(from: Data(json.utf8))
            return
        }
        let items: [W3CImporter.Item]
        do { items = try W3CImporter.items(from: Data(json.utf8)) } catch { fatalError("cannot import own export: \(error)") }
        var expected = Sidecar.ordered(valid)
        for index in expected.indices { expected[index].unknownFields = [:] }
        require(items.map(\.annotation) == expected, "W3C round trip changed annotations")
    }

    static func importW3C(_ input: inout FuzzInput) {
        let bytes = FuzzDocuments.webAnnotations(&input)
        guard let items = try? W3CImporter.items(from: Data(bytes)) else { return }
        for item in items {
            let position = item.annotation.target.position
            require(0 <= position.start && position.start <= position.end && position.end <= SidecarCodec.maximumOffset,
                    "imported position \(position.start)..<\(position.end)")
        }
    }
}
