/// Where the first match sits in a text that FTS5's highlight() marked with U+0001 … U+0002, and
/// the line around it, cut to a width that fits a terminal row.
import Foundation

struct SearchSnippet {
    static let width = 100
    var line = 1
    var column = 1
    var snippet = ""

    init(highlighted text: String) {
        var current: [Unicode.Scalar] = []
        var matchAt: Int?
        var lineNumber = 1
        for scalar in text.unicodeScalars {
            if scalar == "\u{1}" {
                if matchAt == nil { matchAt = current.count }
                continue
            }
            if scalar == "\u{2}" { continue }
            if scalar == "\n" {
                if matchAt != nil { break }
                lineNumber += 1
                current.removeAll(keepingCapacity: true)
                continue
            }
            current.append(scalar)
        }
        guard let matchAt else {
            snippet = Self.clean(Array(text.unicodeScalars.prefix { $0 != "\n" }.filter { $0 != "\u{1}" && $0 != "\u{2}" }), from: 0)
            return
        }
        line = lineNumber
        column = matchAt + 1
        let start = max(0, min(matchAt - Self.width / 3, current.count - Self.width))
        snippet = Self.clean(current, from: start)
    }

    /// `width` scalars from `start`, with "…" where cut and every control character made a space.
    static func clean(_ scalars: [Unicode.Scalar], from start: Int) -> String {
        let end = min(scalars.count, start + width)
        var view = String.UnicodeScalarView()
        if start > 0 { view.append("…") }
        for scalar in scalars[start..<end] {
            let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || scalar.properties.generalCategory == .format
            view.append(isControl ? " " : scalar)
        }
        if end < scalars.count { view.append("…") }
        return String(view).trimmingCharacters(in: .whitespaces)
    }
}
