/// Link targets written into Markdown we control, made safe to stand inside `(…)` and `<…>`.
enum MarkdownLink {
    /// A link destination in angle brackets, so spaces are allowed; `<`, `>` and every character
    /// TerminalText counts as control (line breaks, DEL, C1, bidi overrides) percent-encoded.
    static func destination(_ path: String) -> String {
        "<" + encoded(path, extra: []) + ">"
    }

    /// The text of an autolink `<…>`: spaces, angle brackets and controls percent-encoded.
    static func autolink(_ url: String) -> String {
        encoded(url, extra: [" "])
    }

    static func encoded(_ text: String, extra: Set<Unicode.Scalar>) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "<" || scalar == ">" || TerminalText.replacement(for: scalar) != nil || extra.contains(scalar) {
                for byte in String(scalar).utf8 { out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2) }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
