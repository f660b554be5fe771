/// Escaping for text a user typed (or an article holds) placed inside Markdown that we control,
/// so nothing in it can start a heading, list, table, code block, link or HTML, and no control
/// character reaches the file (or the terminal it is printed on) except as its visible stand-in.
enum MarkdownText {
    /// Characters that can open or close inline structure anywhere in a line (emphasis, code,
    /// links, autolinks and HTML, entities, GFM tables and strikethrough, escapes themselves).
    static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "#", "!"]
    /// Characters that only matter at the start of a line (lists, setext underlines, headings…).
    static let escapedAtLineStart: Set<Unicode.Scalar> = ["-", "+", "="]

    /// One line of inline text: escaped, line breaks and tabs turned into spaces, white space at
    /// the ends trimmed, and the first character escaped as if it started a line.
    static func inline(_ text: String) -> String {
        let flat = String(String.UnicodeScalarView(text.unicodeScalars.map { isLineBreak($0) || $0 == "\t" ? " " : $0 }))
        return escapeLine(trim(flat))
    }

    /// Several lines joined by hard line breaks (a backslash at the end of a line), blank lines
    /// dropped, each line escaped as if it started a line; `indent` goes before every line but the first.
    static func lines(_ text: String, indent: String) -> String {
        let parts = splitLines(text).map(trim).filter { !$0.isEmpty }.map(escapeLine)
        return parts.joined(separator: "\\\n" + indent)
    }

    /// A code span holding `text` literally: the fence is longer than any run of backticks inside.
    static func code(_ text: String) -> String {
        let flat = String(String.UnicodeScalarView(text.unicodeScalars.map { isLineBreak($0) ? " " : $0 }))
        var longest = 0
        var run = 0
        for scalar in flat.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = flat.hasPrefix("`") || flat.hasSuffix("`") || flat.hasPrefix(" ") ? " " : ""
        return fence + padding + TerminalText.visible(flat) + padding + fence
    }

    /// Text continuing a line (not at its start): only the characters that matter anywhere escaped.
    static func escapeInline(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if alwaysEscaped.contains(scalar) { result.append("\\") }
            result.append(isLineBreak(scalar) || scalar == "\t" ? " " : TerminalText.replacement(for: scalar) ?? scalar)
        }
        return String(result)
    }

    static func escapeLine(_ line: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(line.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if alwaysEscaped.contains(scalar) || (index == 0 && escapedAtLineStart.contains(scalar)) {
                result.append("\\")
            }
            // "1. x" or "1) x" at a line start would open an ordered list.
            if (scalar == "." || scalar == ")"), index > 0, scalars[0..<index].allSatisfy(NumberTokens.isDigit) {
                result.append("\\")
            }
            result.append(TerminalText.replacement(for: scalar) ?? scalar)
        }
        return String(result)
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}"
    }

    /// `text` without spaces and tabs at either end (Markdown's notion of white space on a line).
    static func trim(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let range = Article.trim(0..<scalars.count, in: scalars)
        return Article.string(scalars[range])
    }

    static func splitLines(_ text: String) -> [String] {
        text.unicodeScalars.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak)
            .map { String(String.UnicodeScalarView($0)) }
    }
}
