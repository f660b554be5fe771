/// Names a group from the words of its claims and says why its claims belong together.
enum ClaimGroupLabel {
    /// "civilians evacuated from eastern Aleppo": the commonest counted word, the commonest event
    /// word, and the place with its commonest modifier.
    static func label(for members: [LedgerClaim], key: ClaimGroupKey) -> String {
        let features = members.compactMap(\.features)
        let subjectWord = commonest(features.compactMap(\.subjectWord))
        // The event as a verb where one was written ("evacuated"), not a noun like "evacuees".
        var eventWord = commonest(features.compactMap(\.eventWord).filter { LedgerVocabulary.subjectClasses[$0] == nil })
        var words: [String] = []
        switch key.family {
        case "share" where key.event == "change":
            // "change in Sears": a rise or fall of what is named, the verb given after it.
            words.append("change in " + (subjectWord ?? key.subject) + (eventWord.map { " (\($0))" } ?? ""))
            eventWord = nil
        case "share": words.append("share of " + (subjectWord ?? "unspecified"))
        case "count": words.append(subjectWord ?? "number")
        case "measure:length": words.append("distance")
        default:
            if key.family.hasPrefix("measure:") { words.append(String(key.family.dropFirst("measure:".count))) }
            else if key.family.hasPrefix("money:") {
                // "price in $" (a deal, a purchase), "revenue in $": what the sum pays for or measures.
                words.append((key.subject == "money" ? "amount" : key.subject) + " in " + key.family.dropFirst("money:".count))
            }
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
        if let place = key.place {
            reasons.append("place: \(place) (named in the sentence, or the place the article names most, a dateline's"
                           + " apart; places named in each other's articles join)")
        } else {
            reasons.append("place: none named (the articles name no place but a dateline's)")
        }
        if let span = valueSpan(of: features), span.maximum > span.minimum {
            reasons.append("values \(number(span.minimum))–\(number(span.maximum)), none more than "
                           + "\(Int(ClaimLedger.magnitudeRatio))× the next smaller")
        }
        reasons.append(key.isLongPeriod ? "period: years (the sentences speak of years)" : "period: days or weeks")
        if key.isProjection { reasons.append("all are forecasts (could, may, expected…)") }
        let dates = Set(features.compactMap(\.date)).sorted()
        if !dates.isEmpty {
            reasons.append("dates within \(ClaimLedger.dateWindowDays) days of each other: " + dates.joined(separator: ", "))
        }
        return reasons
    }

    static func valueSpan(of features: [ClaimFeatures]) -> (minimum: Double, maximum: Double)? {
        let values = features.compactMap(\.baseValue)
        guard let minimum = values.min(), let maximum = values.max() else { return nil }
        return (minimum, maximum)
    }

    /// A value as written in a reason: whole numbers without a fraction.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
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
