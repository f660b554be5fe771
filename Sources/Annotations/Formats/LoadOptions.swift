import Foundation

/// Choices a user makes about how sources are read.
public struct LoadOptions: Sendable, Equatable {
    /// JSON Lines field names: our name (`text`, `title`, `url`, `date`, `source`, `id`, `byline`)
    /// to the name the file uses (`--fields text=maintext,title=headline`).
    public var fieldMap: [String: String]
    /// Read plain text and HTML in this encoding instead of detecting it (`--encoding`).
    public var encoding: TextEncoding?

    public init(fieldMap: [String: String] = [:], encoding: TextEncoding? = nil) {
        self.fieldMap = fieldMap
        self.encoding = encoding
    }

    /// Parses `text=maintext,title=headline`.
    public static func fieldMap(from text: String) throws(LoadProblem) -> [String: String] {
        var map: [String: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw LoadProblem(path: "--fields", message: "\"\(pair)\" is not NAME=FIELD (e.g. text=maintext,title=headline)")
            }
            guard JSONLinesReader.fieldNames.contains(parts[0]) else {
                throw LoadProblem(path: "--fields", message: "\"\(parts[0])\" is not one of \(JSONLinesReader.fieldNames.sorted().joined(separator: ", "))")
            }
            map[parts[0]] = parts[1]
        }
        return map
    }
}
