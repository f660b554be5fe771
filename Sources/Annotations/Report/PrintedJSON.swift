import Foundation

/// JSON as `reader` prints and exports it: pretty-printed with sorted keys (stable, diffs well),
/// slashes as they are, and every control character written as a `\u` escape, so the output is
/// safe on a terminal and still holds the exact text.
public enum PrintedJSON {
    public static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return TerminalText.escapingControls(inJSON: String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
