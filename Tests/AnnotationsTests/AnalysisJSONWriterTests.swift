@testable import Annotations
import Foundation
import Testing

@Suite("Streaming analysis JSON")
struct AnalysisJSONWriterTests {
    static let tricky = Analysis(
        entities: [Entity(text: "Café \"Noir\"\\/", type: .org, start: 0, end: 13, canonical: "Café\tNoir\u{1}\n")],
        claims: [
            Claim(text: "0.1", kind: .fraction, value: 0.1, start: 1, end: 2),
            Claim(text: "huge", kind: .money, value: 1e20, qualifier: "more than", bound: .lower, unit: "dollars", start: 3, end: 4),
            Claim(text: "tiny", kind: .measure, value: 1.5e-7, start: 5, end: 6),
            Claim(text: "big whole", kind: .count, value: 1e15, start: 7, end: 8),
            Claim(text: "whole", kind: .count, value: 20_000, unit: "people", start: 9, end: 10),
            Claim(text: "Dec 5", kind: .date, value: nil, normalized: "12-05", start: 11, end: 12),
            Claim(text: "some", kind: .count, value: nil, qualifier: "about", bound: .approximate, start: 13, end: 14),
            // Whole numbers are written digit by digit: a sign, a zero and many digits.
            Claim(text: "minus", kind: .count, value: -3_070, start: 15, end: 16),
            Claim(text: "nought", kind: .count, value: 0, start: 0, end: 9_876_543_210),
        ])

    static func written(_ reports: [(String, Analysis)], style: AnalysisJSONWriter.Style) -> String {
        var output: [UInt8] = []
        var writer = AnalysisJSONWriter(style: style) { bytes, _ in
            output += bytes
            bytes.removeAll()
        }
        for (file, analysis) in reports { writer.write(file: file, analysis: analysis) }
        writer.finish()
        return String(decoding: output, as: UTF8.self)
    }

    static func seedReports() throws -> [(String, Analysis)] {
        let recognizer = Recognizer()
        return ArticleLoader.load(paths: [TestPaths.seeds]).articles.map { ($0.path, recognizer.analyze($0.text)) }
    }

    @Test func theArrayIsByteForByteWhatJSONEncoderPrints() throws {
        let reports = try Self.seedReports() + [("a/b \"c\".txt", Self.tricky), ("empty.txt", Analysis())]
        let expected = try AnalysisJSON.encode(reports.map { ArticleReport(file: $0.0, analysis: $0.1) }) + "\n"
        #expect(Self.written(reports, style: .array) == expected)
        #expect(Self.written([], style: .array) == (try AnalysisJSON.encode([])) + "\n")
    }

    @Test func eachLineIsTheCompactObjectJSONEncoderPrints() throws {
        let reports = try Self.seedReports() + [("x.txt", Self.tricky), ("empty.txt", Analysis())]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = try reports.map {
            TerminalText.escapingControls(
                inJSON: String(decoding: try encoder.encode(ArticleReport(file: $0.0, analysis: $0.1)), as: UTF8.self)) + "\n"
        }.joined()
        #expect(Self.written(reports, style: .lines) == expected)
    }

    /// Items of containers and the metadata formats give, some fields missing, one "\u{1B}" in a title.
    static let withMetadata: [ArticleReport] = [
        ArticleReport(file: "feed.rss", analysis: tricky, item: "guid-1",
                      metadata: ArticleMetadata(title: "T \u{1B}", byline: "Ana Ruiz", date: "Thu, 15 Dec 2016 09:30:00 GMT",
                                                source: "Courier", url: "https://example.org/a?b=1&c=\"2\"")),
        ArticleReport(file: "page.html", analysis: Analysis(), metadata: ArticleMetadata(date: "2016-12-15")),
        ArticleReport(file: "items.jsonl", analysis: Analysis(), item: "7", metadata: ArticleMetadata()),
        ArticleReport(file: "plain.txt", analysis: tricky),
    ]

    static func writtenReports(_ reports: [ArticleReport], style: AnalysisJSONWriter.Style) -> String {
        var output: [UInt8] = []
        var writer = AnalysisJSONWriter(style: style) { bytes, _ in
            output += bytes
            bytes.removeAll()
        }
        for report in reports {
            writer.write(file: report.file, analysis: Analysis(entities: report.entities, claims: []), item: report.item,
                         metadata: report.metadata)
        }
        writer.finish()
        return String(decoding: output, as: UTF8.self)
    }

    @Test func itemsAndMetadataAreWrittenAsJSONEncoderWritesThem() throws {
        // Claims are covered above; here the tail after "file", in both styles.
        let reports = Self.withMetadata.map { report -> ArticleReport in
            ArticleReport(file: report.file, analysis: Analysis(entities: report.entities, claims: []), item: report.item,
                          metadata: report.metadata)
        }
        #expect(Self.writtenReports(reports, style: .array) == (try AnalysisJSON.encode(reports)) + "\n")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = try reports.map {
            TerminalText.escapingControls(inJSON: String(decoding: try encoder.encode($0), as: UTF8.self)) + "\n"
        }.joined()
        #expect(Self.writtenReports(reports, style: .lines) == lines)
    }

    /// DEL, C1 controls, line separators and bidi overrides in every field, with their neighbours.
    static let hostile: String = {
        let scalars: [UInt32] = [0x1B, 0x7E, 0x7F, 0x80, 0x85, 0x9B, 0x9F, 0xA0, 0xE9, 0x2027, 0x2028, 0x2029,
                                 0x202A, 0x202E, 0x202F, 0x2065, 0x2066, 0x2069, 0x206A, 0x20AC, 0x1F600]
        return "x" + String(String.UnicodeScalarView(scalars.map { Unicode.Scalar($0)! })) + "y"
    }()

    @Test func controlCharactersAreEscapedAsPrintedJSONEscapesThem() throws {
        let analysis = Analysis(
            entities: [Entity(text: Self.hostile, type: .person, start: 0, end: 1, canonical: Self.hostile)],
            claims: [Claim(text: Self.hostile, kind: .money, value: 3, qualifier: Self.hostile, unit: Self.hostile,
                           start: 2, end: 3)])
        let reports = [(Self.hostile + ".txt", analysis)]
        let array = Self.written(reports, style: .array)
        #expect(array == (try AnalysisJSON.encode(reports.map { ArticleReport(file: $0.0, analysis: $0.1) })) + "\n")
        #expect(array.contains("\\u007F\\u0080\\u0085\\u009B\\u009F"))
        #expect(array.contains("\\u2028\\u2029\\u202A\\u202E"))
        for line in [array, Self.written(reports, style: .lines)] {
            #expect(!line.unicodeScalars.contains { TerminalText.replacement(for: $0) != nil && !["\n", " "].contains($0) })
        }
    }

    /// Every scalar there is, so a control TerminalText adds later cannot slip past the writer's
    /// quick check of lead bytes.
    @Test func everyScalarIsWrittenAsPrintedJSONWritesIt() throws {
        let scalars = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }
        for start in stride(from: 0, to: scalars.count, by: 65_536) {
            let text = String(String.UnicodeScalarView(scalars[start..<min(start + 65_536, scalars.count)]))
            let reports = [(text, Analysis())]
            let expected = try AnalysisJSON.encode(reports.map { ArticleReport(file: $0.0, analysis: $0.1) }) + "\n"
            #expect(Self.written(reports, style: .array) == expected, "scalars from \(start)")
        }
    }
}
