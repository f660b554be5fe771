/// The corpus index query for what is typed in the list filter. Plain words are each quoted (so
/// an apostrophe or a dot in a word is no syntax error) and the last one, still being typed, is a
/// prefix: `aleppo civ` asks for `"aleppo" "civ"*`. Text using the index's own syntax (quotes,
/// brackets, AND/OR/NOT/NEAR, a star, a column) goes as typed, the last bare word still a prefix,
/// and a query that syntax rejects comes back as a message.
enum ListFilterQuery {
    static func fullText(_ typed: String) -> String {
        let words = typed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return typed }
        let operators: Set<String> = ["AND", "OR", "NOT", "NEAR"]
        let syntax: Set<Character> = ["\"", "(", ")", "*", ":", "^", "{", "}"]
        let usesSyntax = words.contains { operators.contains($0) } || typed.contains { syntax.contains($0) }
        let endsInWord = !(typed.last == " " || typed.last == "\t")
        if usesSyntax {
            guard endsInWord, let last = words.last, !operators.contains(last),
                  last.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return typed }
            return typed + "*"
        }
        return words.enumerated().map { position, word in
            let quoted = "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            return position == words.count - 1 && endsInWord ? quoted + "*" : quoted
        }.joined(separator: " ")
    }
}
