import Foundation

/// Encodes analyses as the JSON array `reader analyze --json` prints.
public enum AnalysisJSON {
    /// Pretty-printed with sorted keys, so the output is stable and diffs well.
    public static func encode(_ reports: [ArticleReport]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(reports), as: UTF8.self)
    }
}
