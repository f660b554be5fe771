/// Text taken from a file and put into a message, made safe to print: in quotes, cut at a length,
/// with every control character shown by `TerminalText` (the one place that decides what counts as
/// one and how it looks), so a hostile sidecar cannot drive the terminal that shows its error.
enum MessageText {
    static func quoted(_ text: String, limit: Int = 80) -> String {
        var result = "\""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                result += "…"
                break
            }
            count += 1
            if let shown = TerminalText.replacement(for: scalar) {
                result.unicodeScalars.append(shown)
            } else {
                if scalar == "\"" || scalar == "\\" { result += "\\" }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
