import Foundation

/// The text encodings a source may be in: UTF-8, and the two single-byte ones news archives still
/// hold (windows-1252, which browsers also use for pages labelled ISO-8859-1, and true Latin-1).
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
    case latin1 = "iso-8859-1"

    /// The encoding a charset label names (`utf8`, `cp1252`, `latin1`, `ISO-8859-1`…), or nil.
    /// - Parameter forHTML: follow browsers, which read ISO-8859-1 and US-ASCII pages as windows-1252.
    public init?(label: String, forHTML: Bool = false) {
        let name = String(label.lowercased().unicodeScalars.filter { !" \t\r\n\"'".unicodeScalars.contains($0) })
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8": self = .utf8
        case "windows-1252", "cp1252", "x-cp1252", "cp-1252": self = .windows1252
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1", "us-ascii", "ascii":
            self = forHTML ? .windows1252 : .latin1
        default: return nil
        }
    }

    /// The bytes decoded, or nil when they are not valid in this encoding (invalid UTF-8, or one of
    /// the five bytes windows-1252 leaves undefined).
    public func decode(_ bytes: some Collection<UInt8>) -> String? {
        switch self {
        case .utf8:
            return String(validating: bytes, as: UTF8.self)
        case .latin1:
            var view = String.UnicodeScalarView()
            for byte in bytes { view.append(Unicode.Scalar(byte)) }
            return String(view)
        case .windows1252:
            var view = String.UnicodeScalarView()
            for byte in bytes {
                if byte < 0x80 || byte >= 0xA0 {
                    view.append(Unicode.Scalar(byte))
                } else {
                    let value = TextEncoding.windows1252High[Int(byte) - 0x80]
                    guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
                    view.append(scalar)
                }
            }
            return String(view)
        }
    }

    /// windows-1252's bytes 0x80…0x9F (0 where the code page defines nothing).
    static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}
