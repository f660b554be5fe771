import Foundation

/// Small text helpers shared by the HTML, feed and JSON readers.
enum HTMLText {
    /// Runs of HTML white space become one space; the ends are trimmed. Characters browsers show
    /// (no-break spaces included) are kept.
    static func collapsingWhiteSpace(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var hasC1 = false
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0C, 0x0D:
                pendingSpace = !bytes.isEmpty
            default:
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                // U+0080…U+009F are C2 80…C2 9F in UTF-8.
                if byte >= 0x80, byte <= 0x9F, bytes.last == 0xC2 { hasC1 = true }
                bytes.append(byte)
            }
        }
        let collapsed = String(decoding: bytes, as: UTF8.self)
        guard hasC1 else { return collapsed }
        var view = String.UnicodeScalarView()
        for scalar in collapsed.unicodeScalars { view.append(repairedC1(scalar)) }
        return String(view)
    }

    /// A character reference such as `&#150;` in an old page means windows-1252's character (as
    /// browsers read it), not a C1 control.
    static func repairedC1(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.value >= 0x80, scalar.value <= 0x9F else { return scalar }
        let value = TextEncoding.windows1252High[Int(scalar.value) - 0x80]
        return value == 0 ? scalar : Unicode.Scalar(value) ?? scalar
    }

    /// The number of words (runs of non-space characters).
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// `text` without a trailing " | Site" (or " - Site", " – Site", " — Site", " :: Site") when
    /// what follows the separator is short or is the site's name, and what comes before is a headline.
    static func withoutSiteSuffix(_ text: String, siteName: String?) -> String {
        let title = collapsingWhiteSpace(text)
        let scalars = Array(title.unicodeScalars)
        for separator in [" | ", " :: ", " — ", " – ", " - ", " · "] {
            let pattern = Array(separator.unicodeScalars)
            guard scalars.count > pattern.count,
                  let start = (0...(scalars.count - pattern.count)).reversed().first(where: { scalars[$0..<($0 + pattern.count)].elementsEqual(pattern) })
            else { continue }
            let head = Article.string(scalars[..<start])
            let tail = Article.string(scalars[(start + pattern.count)...])
            let tailIsSite = siteName.map { tail.lowercased() == $0.lowercased() } ?? false
            if wordCount(head) >= 3, tailIsSite || wordCount(tail) <= 4 {
                return withoutSiteSuffix(head, siteName: siteName)
            }
        }
        return title
    }
}
