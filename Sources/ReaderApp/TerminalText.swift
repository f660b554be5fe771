/// Makes text safe to send to a terminal: control and escape characters become visible symbols,
/// so article text can never move the cursor, change colours or ring the bell.
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
}
