/// Sports teams across one document: once "the Montreal Canadiens" is a team, "Canadiens" alone is
/// that team, and so is "Montreal" in a game sentence ("Montreal scored twice", "Toronto led 2-1").
/// A dateline in capitals and cities of documents without a team stay places.
struct TeamNameLinker {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [EntityToken]

    /// Lower-case words that make a sentence a game report.
    static let sportHashes: WordHashTable = WordHashTable(
        ["scored", "scores", "score", "scoring", "goal", "goals", "period", "periods", "quarter", "half", "inning",
         "innings", "game", "games", "season", "win", "wins", "won", "lost", "loss", "losses", "beat", "beating",
         "coach", "points", "led", "lead", "rallied", "overtime", "playoff", "playoffs", "saves", "shots",
         "outshot", "outscored", "assists", "rebounds", "streak", "forward", "defenseman", "goalie", "goaltender",
         "guard", "center", "striker", "midfielder", "pitcher", "quarterback", "touchdown", "victory", "defeat",
         "draw", "tie", "tied", "franchise", "roster", "trade", "traded", "host", "hosts", "visit"].map(WordHash.exact))

    private struct Team {
        var city: [UInt64]
        var nickname: [UInt64]
    }

    /// The mentions with team nicknames and game-sentence cities typed as organisations.
    func link(_ mentions: [EntityMention]) -> [EntityMention] {
        var teams: [Team] = []
        for mention in mentions where mention.teamNicknameWords > 0 && teams.count < 16 {
            let words = (mention.firstToken..<mention.endToken).map { tokens[$0].hash }
            let length = Int(mention.teamNicknameWords)
            teams.append(Team(city: Array(words.dropLast(length)), nickname: Array(words.suffix(length))))
        }
        guard !teams.isEmpty else { return mentions }
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in mentions { for index in mention.firstToken..<mention.endToken { covered[index] = true } }
        let sport = sportSentences()
        var result: [EntityMention] = []
        result.reserveCapacity(mentions.count + 8)
        var index = 0
        var next = 0
        // Walk tokens and mentions together: uncovered nicknames are new mentions.
        while index < tokens.count {
            if next < mentions.count, mentions[next].firstToken <= index {
                var mention = mentions[next]
                let range = mention.firstToken..<mention.endToken
                if mention.teamNicknameWords == 0, mention.type != .org {
                    if teams.contains(where: { matches($0.nickname, range) }) {
                        mention.type = .org
                        mention.fullNameIndex = nil
                        mention.rules.record(.teamNickname)
                    } else if mention.type == .place, !tokens[range.lowerBound].isAllCaps, sport[range.lowerBound],
                              teams.contains(where: { matches($0.city, range) }) {
                        mention.type = .org
                        mention.rules.record(.teamCityInGame)
                    }
                }
                result.append(mention)
                index = max(index, mention.endToken)
                next += 1
                continue
            }
            if !covered[index], tokens[index].isCapitalized,
               let team = teams.first(where: { startsWith($0.nickname, at: index) && !covered[index + $0.nickname.count - 1] }) {
                let end = index + team.nickname.count
                var nickname = EntityMention(firstToken: index, endToken: end, start: tokens[index].start,
                                             end: tokens[end - 1].end, type: .org)
                nickname.rules = EntityRuleTrace(.teamNicknameAlone)
                result.append(nickname)
                index = end
                continue
            }
            index += 1
        }
        return result
    }

    private func matches(_ words: [UInt64], _ range: Range<Int>) -> Bool {
        range.count == words.count && startsWith(words, at: range.lowerBound)
    }

    private func startsWith(_ words: [UInt64], at index: Int) -> Bool {
        guard index + words.count <= tokens.count else { return false }
        for (offset, hash) in words.enumerated() {
            let token = tokens[index + offset]
            if token.hash != hash || (offset > 0 && !token.joinsPrevious) { return false }
        }
        return true
    }

    /// Per token, whether its sentence reports a game: a sport word or a score ("4-2", "118-112").
    private func sportSentences() -> [Bool] {
        var flags = [Bool](repeating: false, count: tokens.count)
        var start = 0
        var isSport = false
        for index in 0...tokens.count {
            if index == tokens.count || (index > start && startsSentence(index)) {
                if isSport { for position in start..<index { flags[position] = true } }
                start = index
                isSport = false
                if index == tokens.count { break }
            }
            let token = tokens[index]
            if Self.sportHashes.contains(token.hash) || (token.startsWithDigit && Self.isScore(bytes, token)) { isSport = true }
        }
        return flags
    }

    private func startsSentence(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isSentenceInitial || token.startsLine else { return false }
        // A quotation's first word continues the sentence around it only when it follows a colon or comma;
        // a full stop, question or exclamation mark before it, or a new line, ends the sentence.
        if token.startsLine { return true }
        var byte = token.start - 1
        while byte > tokens[index - 1].end, bytes[byte] == 0x20 || bytes[byte] == 0x22 || bytes[byte] >= 0x80 { byte -= 1 }
        return bytes[byte] == 0x2E || bytes[byte] == 0x3F || bytes[byte] == 0x21
    }

    /// A score: digits, a hyphen or en dash, digits ("4-2", "118–112").
    static func isScore(_ bytes: UnsafeBufferPointer<UInt8>, _ token: EntityToken) -> Bool {
        func isDigit(_ index: Int) -> Bool { index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        var index = token.start
        let limit = min(bytes.count - 1, token.end + 3)
        while index < limit {
            let byte = bytes[index]
            if byte == 0x2D, index > token.start, isDigit(index + 1) { return true }
            if byte == 0xE2, index + 3 <= limit, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93, isDigit(index + 3) { return true }
            if !isDigit(index) && index < token.end { return false }
            index += 1
        }
        return false
    }
}
