import Foundation

/// Encodes analyses as the JSON array `reader analyze --json` prints.
public enum AnalysisJSON {
    /// Pretty-printed with sorted keys, so the output is stable and diffs well (see `PrintedJSON`).
    public static func encode(_ reports: [ArticleReport]) throws -> String {
        try PrintedJSON.encode(reports)
    }
}
