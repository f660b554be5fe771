/// The corpus index query for what is typed in the list filter. Plain words are each quoted (so
/// an apostrophe or a dot in a word is no syntax error) and the last one, still being typed, is a
/// prefix: `aleppo civ` asks for `"aleppo" "civ"*`. A last word of fewer than three letters is left
/// out until it grows (`aleppo c` asks for `"aleppo"`): a one-letter prefix matches nearly every
/// article, and ranking them all takes seconds on a large corpus. Text using the index's own syntax (quotes,
/// brackets, AND/OR/NOT/NEAR, a star, a column) goes as typed, the last bare word still a prefix,
/// and a query that syntax rejects comes back as a message.
enum ListFilterQuery {
    /// The shortest last word taken as a prefix.
    static let shortestPrefix = 3

    static func fullText(_ typed: String) -> String {
        let words = typed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return typed }
        let operators: Set<String> = ["AND", "OR", "NOT", "NEAR"]
        let syntax: Set<Character> = ["\"", "(", ")", "*", ":", "^", "{", "}"]
        let usesSyntax = words.contains { operators.contains($0) } || typed.contains { syntax.contains($0) }
        let endsInWord = !(typed.last == " " || typed.last == "\t")
        if usesSyntax {
            guard endsInWord, let last = words.last, !operators.contains(last), last.count >= shortestPrefix,
                  last.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return typed }
            return typed + "*"
        }
        var asked = words
        var lastIsPrefix = endsInWord
        if endsInWord, let last = asked.last, last.count < shortestPrefix {
            lastIsPrefix = false
            if asked.count > 1 { asked.removeLast() }
        }
        return asked.enumerated().map { position, word in
            let quoted = "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            return position == asked.count - 1 && lastIsPrefix ? quoted + "*" : quoted
        }.joined(separator: " ")
    }
}
