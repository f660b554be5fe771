import Foundation

/// A publication date as sources write it, read far enough to sort and to show short: ISO 8601
/// ("2016-12-15", "2016-12-15T09:30:00Z", as HTML meta, JSON-LD and Atom give it) and RFC 822
/// ("Thu, 15 Dec 2016 09:30:00 GMT", as RSS gives it). The time zone is not applied: the key orders
/// dates of one day correctly across sources only to the hour, which is as exact as a list needs.
public struct PublicationDate: Comparable, Sendable {
    public let year: Int, month: Int, day: Int, hour: Int, minute: Int

    /// The date in `text`, or nil when it is in neither form.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = PublicationDate.iso(trimmed) {
            self = iso
        } else if let rfc = PublicationDate.rfc822(trimmed) {
            self = rfc
        } else {
            return nil
        }
    }

    init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day),
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    /// "2016-12-15": what the list shows, whatever form the source used.
    public var shortText: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    public static func < (left: PublicationDate, right: PublicationDate) -> Bool {
        (left.year, left.month, left.day, left.hour, left.minute) < (right.year, right.month, right.day, right.hour, right.minute)
    }

    private static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 4, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else { return nil }
        return Int(text)
    }

    /// "YYYY-MM-DD", optionally followed by "T" or a space and "HH:MM".
    private static func iso(_ text: String) -> PublicationDate? {
        let characters = Array(text)
        guard characters.count >= 10, characters[4] == "-", characters[7] == "-" else { return nil }
        guard let year = number(text.prefix(4)), let month = number(Substring(String(characters[5..<7]))),
              let day = number(Substring(String(characters[8..<10]))) else { return nil }
        var hour = 0, minute = 0
        if characters.count >= 16, characters[10] == "T" || characters[10] == " ", characters[13] == ":",
           let h = number(Substring(String(characters[11..<13]))), let m = number(Substring(String(characters[14..<16]))) {
            hour = h
            minute = m
        }
        return PublicationDate(year: year, month: month, day: day, hour: hour, minute: minute)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// "[Day, ]DD Mon YYYY[ HH:MM[:SS] zone]".
    private static func rfc822(_ text: String) -> PublicationDate? {
        var words = text.split(separator: " ", omittingEmptySubsequences: true)
        if let first = words.first, first.hasSuffix(",") { words.removeFirst() }
        guard words.count >= 3, let day = number(words[0]),
              let month = months.firstIndex(of: words[1].prefix(3).lowercased()), let year = number(words[2]) else { return nil }
        var hour = 0, minute = 0
        if words.count >= 4 {
            let clock = words[3].split(separator: ":")
            if clock.count >= 2, let h = number(clock[0]), let m = number(clock[1]) {
                hour = h
                minute = m
            }
        }
        return PublicationDate(year: year < 100 ? 2000 + year : year, month: month + 1, day: day, hour: hour, minute: minute)
    }
}
