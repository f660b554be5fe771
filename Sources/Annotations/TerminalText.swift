/// Makes text safe to send to a terminal: control and escape characters become visible symbols,
/// so an article, a file name or a note can never move the cursor, set the window title, write
/// the clipboard, switch the character set, ring the bell or reorder a line.
///
/// The one place that decides what counts as a control character and how it is shown: the
/// terminal app draws with it, the command line prints with it, the Markdown export writes with
/// it, and JSON output escapes the same set.
public enum TerminalText {
    /// The visible stand-in for a control scalar, or nil when the scalar is safe to draw.
    public static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x09: return " "
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + scalar.value)  // ␀ … ␟ (␛ for ESC)
        case 0x7F: return "\u{2421}"  // ␡
        case 0x80...0x9F: return "\u{FFFD}"  // C1 controls, CSI among them
        case 0x2028, 0x2029: return " "
        case 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"  // bidi overrides would reorder the line
        default: return nil
        }
    }

    /// `text` with every control scalar replaced by its visible stand-in.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { replacement(for: $0) != nil }) else { return text }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { view.append(replacement(for: scalar) ?? scalar) }
        return String(view)
    }

    /// Encoded JSON with every control scalar still in it written as a `\uXXXX` escape, which
    /// JSON allows for any character: the data stays exact, the bytes carry no control. Encoders
    /// escape U+0000–U+001F already, but not DEL, the C1 controls or the bidi overrides.
    public static func escapingControls(inJSON json: String) -> String {
        guard json.unicodeScalars.contains(where: { replacement(for: $0) != nil }) else { return json }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            // Outside strings JSON has only ASCII punctuation and white space, which stay as they are.
            guard replacement(for: scalar) != nil, !isJSONWhiteSpace(scalar) else {
                result.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let escape = "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            result.append(contentsOf: escape.unicodeScalars)
        }
        return String(result)
    }

    static func isJSONWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
