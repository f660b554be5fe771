/// Dates and clock times: "June 29, 2008", "5 December 2016", "Feb. 14", "March 2021", "6:00 p.m.",
/// "10am", "1500 GMT". Dates are normalised to ISO ("2008-06-29", "02-14", "2021-03"), times to "18:00".
extension ClaimScanner {
    // MARK: Dates

    /// A date that starts with a capitalised month: "Feb 14", "Feb. 14", "March 31, 2025", "March 2021".
    mutating func parseMonthFirstDate(at index: Int) -> Int? {
        let monthToken = token(index)
        guard monthToken.capitalized else { return nil }
        let month = entry(monthToken).month
        var position = index + 1
        if isMark(position, "."), !token(position).spaceBefore, text(monthToken).count <= 4 { position += 1 }
        let dayToken = token(position)
        guard dayToken.kind == .number, dayToken.spaceBefore, !dayToken.lineBreakBefore, dayToken.decimalDigits == 0,
              !dayToken.grouped else { return nil }
        if let year = yearDigits(dayToken) {
            note(.monthYearDate)
            emit(first: index, last: position, kind: .date, value: nil, normalized: isoDate(year: year, month: month, day: nil))
            return position + 1
        }
        guard let day = dayDigits(dayToken) else { return nil }
        var last = position
        var year: Int?
        var yearPosition = position + 1
        if isMark(yearPosition, ","), !token(yearPosition).spaceBefore { yearPosition += 1 }
        let yearToken = token(yearPosition)
        if yearToken.kind == .number, yearToken.spaceBefore, !yearToken.lineBreakBefore, let found = yearDigits(yearToken) {
            year = found
            last = yearPosition
        }
        note(.monthFirstDate)
        emit(first: index, last: last, kind: .date, value: nil, normalized: isoDate(year: year, month: month, day: day))
        return last + 1
    }

    /// A date that starts with the day: "5 December 2016", "14th December".
    mutating func parseDayFirstDate(_ number: ClaimNumber) -> Int? {
        let dayToken = token(number.first)
        guard number.first == number.last, dayToken.kind == .number, let day = dayDigits(dayToken) else { return nil }
        let monthToken = token(number.last + 1)
        guard monthToken.kind == .word, monthToken.spaceBefore, !monthToken.lineBreakBefore, monthToken.capitalized,
              roles(monthToken).contains(.month) else { return nil }
        let month = entry(monthToken).month
        var last = number.last + 1
        if isMark(last + 1, "."), !token(last + 1).spaceBefore, text(monthToken).count <= 4 { last += 1 }
        var year: Int?
        let yearToken = token(last + 1)
        if yearToken.kind == .number, yearToken.spaceBefore, !yearToken.lineBreakBefore, let found = yearDigits(yearToken) {
            year = found
            last += 1
        }
        note(.dayFirstDate)
        emit(first: number.first, last: last, kind: .date, value: nil, normalized: isoDate(year: year, month: month, day: day))
        return last + 1
    }

    /// A date written in digits: ISO "2021-03-17"; day first with full stops, "17.03.2021"; with slashes
    /// or hyphens, "17/03/2021" or "3/17/2021", only when a number above 12 tells the day from the month.
    mutating func parseNumericDate(at index: Int) -> Int? {
        let first = token(index)
        guard first.kind == .number, !first.hasSuffix, !first.grouped, first.integerDigits <= 4 else { return nil }
        if first.integerDigits == 4 {
            guard first.decimalDigits == 0, let year = yearDigits(first), isHyphen(index + 1), isHyphen(index + 3),
                  let month = gluedDigits(index + 2, width: 2), let day = gluedDigits(index + 4, width: 2),
                  (1...12).contains(month), (1...31).contains(day), !continuesNumericDate(index + 4) else { return nil }
            note(.isoDate)
            emit(first: index, last: index + 4, kind: .date, value: nil, normalized: isoDate(year: year, month: month, day: day))
            return index + 5
        }
        guard first.integerDigits <= 2 else { return nil }
        if first.decimalDigits > 0 {
            // "17.03.2021" reads as the decimal 17.03, a full stop and the year.
            guard first.decimalDigits <= 2, isMark(index + 1, "."), !token(index + 1).spaceBefore,
                  !token(index + 2).spaceBefore, let year = yearDigits(token(index + 2)),
                  !continuesNumericDate(index + 2) else { return nil }
            let point = first.start + Int(first.integerDigits)
            var month = 0
            for offset in (point + 1)..<first.end { month = month * 10 + Int(bytes[offset] &- 0x30) }
            let day = Int(first.value)
            guard (1...12).contains(month), (1...31).contains(day) else { return nil }
            note(.dottedDate)
            emit(first: index, last: index + 2, kind: .date, value: nil, normalized: isoDate(year: year, month: month, day: day))
            return index + 3
        }
        let separator = token(index + 1)
        guard separator.kind == .dash || separator.kind == .punctuation, separator.mark == UInt8(ascii: "/") || separator.mark == UInt8(ascii: "-"),
              !separator.spaceBefore, let second = gluedDigits(index + 2, width: nil) else { return nil }
        let other = token(index + 3)
        guard other.mark == separator.mark, other.kind == separator.kind, !other.spaceBefore, !token(index + 4).spaceBefore,
              let year = yearDigits(token(index + 4)), !continuesNumericDate(index + 4) else { return nil }
        let firstValue = Int(first.value)
        let day: Int, month: Int
        if firstValue > 12, firstValue <= 31, (1...12).contains(second) {
            (day, month) = (firstValue, second)
        } else if second > 12, second <= 31, (1...12).contains(firstValue) {
            (day, month) = (second, firstValue)
        } else {
            return nil
        }
        note(.slashedDate)
        emit(first: index, last: index + 4, kind: .date, value: nil, normalized: isoDate(year: year, month: month, day: day))
        return index + 5
    }

    /// The token is an ASCII hyphen glued to what comes before.
    private mutating func isHyphen(_ index: Int) -> Bool {
        let candidate = token(index)
        return candidate.kind == .dash && candidate.mark == UInt8(ascii: "-") && !candidate.spaceBefore
    }

    /// The value of plain digits glued to the token before (of `width` digits when given), else nil.
    private mutating func gluedDigits(_ index: Int, width: Int?) -> Int? {
        let candidate = token(index)
        guard candidate.kind == .number, !candidate.spaceBefore, candidate.decimalDigits == 0, !candidate.grouped,
              !candidate.hasSuffix, candidate.integerDigits <= 2 else { return nil }
        if let width, Int(candidate.integerDigits) != width { return nil }
        return Int(candidate.value)
    }

    /// More digits are glued on after token `index` ("2021-03-17-4", "1.2.2021.5"): a code, not a date.
    private mutating func continuesNumericDate(_ index: Int) -> Bool {
        let next = token(index + 1)
        guard !next.spaceBefore, next.kind != .end else { return false }
        if next.kind == .number { return true }
        guard next.kind == .dash || next.kind == .punctuation, next.mark != UInt8(ascii: ","), next.mark != UInt8(ascii: ")") else { return false }
        let after = token(index + 2)
        return after.kind == .number && !after.spaceBefore
    }

    /// A day of the month: 1–31, digits with at most an ordinal suffix.
    private func dayDigits(_ digits: ClaimToken) -> Int? {
        guard digits.kind == .number, digits.integerDigits <= 2, digits.decimalDigits == 0, !digits.grouped,
              digits.value >= 1, digits.value <= 31 else { return nil }
        if digits.hasSuffix, !isOrdinalSuffix(digits.suffixWord) { return nil }
        return Int(digits.value)
    }

    /// A year: four plain digits, 1000–2100.
    private func yearDigits(_ digits: ClaimToken) -> Int? {
        guard digits.kind == .number, digits.integerDigits == 4, digits.decimalDigits == 0, !digits.grouped,
              !digits.hasSuffix, digits.value >= 1000, digits.value <= 2100 else { return nil }
        return Int(digits.value)
    }

    private func isoDate(year: Int?, month: Int, day: Int?) -> String {
        let monthText = twoDigits(month)
        switch (year, day) {
        case let (year?, day?): return "\(year)-\(monthText)-\(twoDigits(day))"
        case let (year?, nil): return "\(year)-\(monthText)"
        case let (nil, day?): return "\(monthText)-\(twoDigits(day))"
        case (nil, nil): return monthText
        }
    }

    private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    // MARK: Times

    /// "6:00", "6:00 p.m.", "18:30 GMT".
    mutating func parseClock(at index: Int) -> Int? {
        let clock = token(index)
        var hours = Int(clock.value) / 60
        let minutes = Int(clock.value) % 60
        guard hours <= 24, minutes < 60 else { return nil }
        var last = index
        if let (isPM, meridiemLast) = meridiem(after: index) {
            guard hours >= 1, hours <= 12 else { return nil }
            hours = hours % 12 + (isPM ? 12 : 0)
            last = meridiemLast
        }
        last = zone(after: last) ?? last
        note(.clockTime)
        emit(first: index, last: last, kind: .time, value: nil, normalized: "\(twoDigits(hours)):\(twoDigits(minutes))")
        return last + 1
    }

    /// "10am", "8.30 pm", "6 p.m.", "1500 GMT".
    mutating func parseNumericTime(_ number: ClaimNumber) -> Int? {
        let digits = token(number.first)
        guard number.first == number.last, digits.kind == .number, !digits.grouped else { return nil }
        var hours = Int(digits.value)
        var minutes = 0
        if digits.decimalDigits == 2 {
            minutes = Int((digits.value * 100).rounded()) % 100
        } else if digits.decimalDigits != 0 {
            return nil
        }
        var meridiemInfo: (Bool, Int)?
        if number.gluedUnit != 0, lexicon.words[Int(number.gluedUnit)].roles.contains(.meridiem) {
            meridiemInfo = (lexicon.texts[Int(number.gluedUnit)] == "pm", number.last)
        } else if !digits.hasSuffix {
            meridiemInfo = meridiem(after: number.last)
        }
        if let (isPM, last) = meridiemInfo {
            guard hours >= 1, hours <= 12, minutes < 60 else { return nil }
            hours = hours % 12 + (isPM ? 12 : 0)
            let end = zone(after: last) ?? last
            note(.meridiemTime)
            emit(first: number.first, last: end, kind: .time, value: nil, normalized: "\(twoDigits(hours)):\(twoDigits(minutes))")
            return end + 1
        }
        // Military time with a zone: "1500 GMT".
        guard number.plainInteger, digits.integerDigits == 4, let end = zone(after: number.last) else { return nil }
        hours = Int(digits.value) / 100
        minutes = Int(digits.value) % 100
        guard hours < 24, minutes < 60 else { return nil }
        note(.militaryTime)
        emit(first: number.first, last: end, kind: .time, value: nil, normalized: "\(twoDigits(hours)):\(twoDigits(minutes))")
        return end + 1
    }

    /// "am", "pm", "a.m.", "p.m." after token `index`: whether it is pm, and its last token.
    private mutating func meridiem(after index: Int) -> (Bool, Int)? {
        let next = token(index + 1)
        guard next.kind == .word, next.word != 0, !next.lineBreakBefore else { return nil }
        let nextText = text(next)
        if nextText == "am" || nextText == "pm" { return (nextText == "pm", index + 1) }
        guard nextText == "a" || nextText == "p", isMark(index + 2, "."), !token(index + 2).spaceBefore,
              isWord(index + 3, "m"), !token(index + 3).spaceBefore else { return nil }
        var last = index + 3
        if isMark(index + 4, "."), !token(index + 4).spaceBefore { last = index + 4 }
        return (nextText == "p", last)
    }

    /// A time zone right after token `index` ("GMT", "UTC"), its index.
    private mutating func zone(after index: Int) -> Int? {
        let next = token(index + 1)
        guard next.kind == .word, next.word != 0, next.spaceBefore, !next.lineBreakBefore,
              roles(next).contains(.timeZone), next.capitalized else { return nil }
        return index + 1
    }
}
