/// Names a group from the words of its claims and says why its claims belong together.
enum ClaimGroupLabel {
    /// "civilians evacuated from eastern Aleppo": the commonest counted word, the commonest event
    /// word, and the place with its commonest modifier.
    static func label(for members: [LedgerClaim], key: ClaimGroupKey) -> String {
        let features = members.compactMap(\.features)
        let subjectWord = commonest(features.compactMap(\.subjectWord))
        // The event as a verb where one was written ("evacuated"), not a noun like "evacuees".
        let eventWord = commonest(features.compactMap(\.eventWord).filter { LedgerVocabulary.subjectClasses[$0] == nil })
        var words: [String] = []
        switch key.family {
        case "share": words.append("share of " + (subjectWord ?? "unspecified"))
        case "count": words.append(subjectWord ?? "number")
        case "measure:length": words.append("distance")
        default:
            if key.family.hasPrefix("measure:") { words.append(String(key.family.dropFirst("measure:".count))) }
            else if key.family.hasPrefix("money:") { words.append("amount in " + key.family.dropFirst("money:".count)) }
            else { words.append(key.family) }
        }
        if let eventWord { words.append(eventWord) }
        if let place = key.place {
            let modifier = commonest(features.compactMap(\.placeModifier))
            words.append(key.event == "displacement" ? "from" : "in")
            words.append([modifier, place].compactMap { $0 }.joined(separator: " "))
        }
        if key.isLongPeriod { words.append("over years") }
        if key.isProjection { words.append("(forecast)") }
        return words.joined(separator: " ")
    }

    /// One reason per shared feature, quoting the words each came from.
    static func reasons(for members: [LedgerClaim], key: ClaimGroupKey) -> [String] {
        let features = members.compactMap(\.features)
        var reasons: [String] = []
        switch key.family {
        case "count": reasons.append("all are counts")
        case "share": reasons.append("all are shares (percentages and fractions, compared in percent)")
        default:
            if key.family.hasPrefix("measure:") {
                reasons.append("all measure \(key.family.dropFirst("measure:".count)), compared after converting units ("
                               + tally(features.compactMap(\.subjectWord)) + ")")
            } else {
                reasons.append("all are \(key.family)")
            }
        }
        if !key.family.hasPrefix("measure:") {
            let words = features.compactMap(\.subjectWord)
            reasons.append("what is counted: \(key.subject)" + (words.isEmpty ? "" : " (" + tally(words) + ")"))
        }
        let referring = features.compactMap(\.refersBackTo)
        if !referring.isEmpty {
            reasons.append("bare numbers take their subject from the claim before: " + referring.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        if let event = key.event {
            reasons.append("event: \(event) (" + tally(features.compactMap(\.eventWord)) + ")")
        } else {
            reasons.append("no event word in any sentence")
        }
        if let place = key.place { reasons.append("place: \(place) (named in the sentence, or the article's main place)") }
        reasons.append(key.isLongPeriod ? "period: years (the sentences speak of years)" : "period: days or weeks")
        if key.isProjection { reasons.append("all are forecasts (could, may, expected…)") }
        let dates = Set(features.compactMap(\.date)).sorted()
        if !dates.isEmpty {
            reasons.append("dates within \(ClaimLedger.dateWindowDays) days of each other: " + dates.joined(separator: ", "))
        }
        return reasons
    }

    /// The most frequent word, ties to the first seen.
    static func commonest(_ words: [String]) -> String? {
        var counts: [String: Int] = [:]
        for word in words { counts[word, default: 0] += 1 }
        var best: String?
        for word in words where best == nil || counts[word]! > counts[best!]! { best = word }
        return best
    }

    /// "civilians ×4, people, evacuees": each word once, with its count when above one, by first appearance.
    static func tally(_ words: [String]) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for word in words {
            if counts[word] == nil { order.append(word) }
            counts[word, default: 0] += 1
        }
        return order.map { counts[$0]! > 1 ? "\($0) ×\(counts[$0]!)" : $0 }.joined(separator: ", ")
    }
}
