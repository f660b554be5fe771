/// The hostile values the structured fuzz inputs are built from: numbers at the edges of every
/// integer and floating type, strings long, empty or full of odd Unicode.
public enum FuzzValues {
    /// Number texts as they could appear in a JSON file.
    public static let numberTexts = [
        "0", "1", "-1", "7", "12", "50", "10", "2147483647", "2147483648", "-2147483648", "4294967296",
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809",
        "18446744073709551616", "1e400", "-1e400", "1e308", "5e-324", "1.5", "-0", "0.0", "1E2", "1e-7",
        "100000000000000000000000000000000", "3.0", "1e+21",
    ]

    /// Pieces that strings are made of.
    public static let stringPieces = [
        "", "a", "Aleppo", "20,000", "Zanzibar giraffe", " ", "\n", "\t", "\u{0}", "\u{1B}[2J", "\u{7F}", "\u{85}",
        "\u{2028}", "\u{2029}", "\u{200B}", "\u{200D}", "\u{202E}", "\u{FEFF}", "\u{FFFD}", "\u{FFFF}", "\u{10FFFF}",
        "é", "e\u{301}", "\u{301}", "👩‍👩‍👧", "🇫🇷", "日本", "ا", "\u{A0}", "\u{2009}", "\"", "\\", "/", "}", "]",
        "#tag", "**bold**", "`code`", "<b>", "[link](x)", "|", "\r\n", "\r",
    ]

    /// A string from the input: pieces, sometimes repeated to a great length.
    public static func string(_ input: inout FuzzInput) -> String {
        var text = ""
        for _ in 0..<input.choose(6) {
            let piece = input.pick(stringPieces)
            let repeats = input.choose(16) == 0 ? 1 + input.choose(4) * 1_000 : 1
            text += String(repeating: piece, count: repeats)
        }
        return text
    }

    /// A JSON string literal for `text`, escaped as JSON requires; sometimes with an escape that
    /// is valid JSON but not valid Unicode (a lone surrogate).
    public static func literal(_ text: String, _ input: inout FuzzInput) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\u{0}"..."\u{1F}": result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        switch input.choose(32) {
        case 0: result += "\\ud800"
        case 1: result += "\\udc00\\ud800"
        case 2: result += "\\u00e9\\/"
        default: break
        }
        return result + "\""
    }
}
