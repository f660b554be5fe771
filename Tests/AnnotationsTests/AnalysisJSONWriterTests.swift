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
            String(decoding: try encoder.encode(ArticleReport(file: $0.0, analysis: $0.1)), as: UTF8.self) + "\n"
        }.joined()
        #expect(Self.written(reports, style: .lines) == expected)
    }
}
