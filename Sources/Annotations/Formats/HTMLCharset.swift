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
        // ASCII case folding on bytes: the declaration is ASCII whatever the page's encoding.
        var bytes = [UInt8](head)
        for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] += 0x20 }
        for marker in ["charset=", "encoding="] {
            let pattern = Array(marker.utf8)
            var start = 0
            while let found = ByteSearch.firstIndex(of: pattern, in: bytes, from: start) {
                var index = found + pattern.count
                while index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 || bytes[index] == 0x20 { index += 1 }
                var label: [UInt8] = []
                while index < bytes.count, (0x61...0x7A).contains(bytes[index]) || (0x30...0x39).contains(bytes[index])
                        || bytes[index] == 0x2D || bytes[index] == 0x5F {
                    label.append(bytes[index])
                    index += 1
                }
                if let encoding = TextEncoding(label: String(decoding: label, as: UTF8.self), forHTML: true) { return encoding }
                start = found + pattern.count
            }
        }
        return nil
    }
}
