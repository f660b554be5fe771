import Foundation

/// Finds the charset an HTML page is in, as browsers do: a byte-order mark, then a `<meta charset>`
/// or `http-equiv` declaration in the first 1024 bytes (or an XML declaration), then the bytes
/// themselves (UTF-8 when they are valid UTF-8, windows-1252 otherwise).
public enum HTMLCharset {
    public static func detect(_ bytes: Data) -> TextEncoding {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if let declared = declared(in: bytes.prefix(1024)) { return declared }
        return String(validating: bytes, as: UTF8.self) != nil ? .utf8 : .windows1252
    }

    /// The charset named by a meta tag or XML declaration in `head`, when it is one we read.
    static func declared(in head: Data) -> TextEncoding? {
        let text = String(decoding: head, as: UTF8.self).lowercased()
        for marker in ["charset=", "encoding="] {
            var searchStart = text.startIndex
            while let range = text.range(of: marker, range: searchStart..<text.endIndex) {
                var label = ""
                var index = range.upperBound
                while index < text.endIndex, text[index] == "\"" || text[index] == "'" || text[index] == " " {
                    index = text.index(after: index)
                }
                while index < text.endIndex, text[index].isLetter || text[index].isNumber || text[index] == "-" || text[index] == "_" {
                    label.append(text[index])
                    index = text.index(after: index)
                }
                if let encoding = TextEncoding(label: label, forHTML: true) { return encoding }
                searchStart = range.upperBound
            }
        }
        return nil
    }
}
