/// The parts a known word can play in a numeric claim; a word may have several ("second": an
/// ordinal and a unit of time; "third": an ordinal and a denominator).
struct ClaimWordRoles: OptionSet, Sendable {
    let rawValue: UInt32

    /// one, two, ..., ninety: a number on its own.
    static let cardinal = ClaimWordRoles(rawValue: 1 << 0)
    /// hundred, thousand, million, bn, m: multiplies the number before it.
    static let scale = ClaimWordRoles(rawValue: 1 << 1)
    /// first, second, ..., 21st's "st": a position.
    static let ordinal = ClaimWordRoles(rawValue: 1 << 2)
    /// half, third, quarter: the bottom of a fraction.
    static let denominator = ClaimWordRoles(rawValue: 1 << 3)
    /// January ... December and their abbreviations.
    static let month = ClaimWordRoles(rawValue: 1 << 4)
    /// Monday ... Sunday: never claims, but part of datelines.
    static let weekday = ClaimWordRoles(rawValue: 1 << 5)
    /// Units of time: seconds ... centuries.
    static let durationUnit = ClaimWordRoles(rawValue: 1 << 6)
    /// Units of measure: km, miles, tonnes, degrees.
    static let measureUnit = ClaimWordRoles(rawValue: 1 << 7)
    /// Currencies written as words: dollars, euros, yen, reais.
    static let currency = ClaimWordRoles(rawValue: 1 << 8)
    /// percent, pct, and "per" (of "per cent"), "percentage" (of "percentage points").
    static let percent = ClaimWordRoles(rawValue: 1 << 9)
    /// GMT, UTC, EST: zones that end a clock time.
    static let timeZone = ClaimWordRoles(rawValue: 1 << 10)
    /// am, pm.
    static let meridiem = ClaimWordRoles(rawValue: 1 << 11)
    /// A word that can begin or be a qualifier (about, more, at, up, as, some).
    static let qualifier = ClaimWordRoles(rawValue: 1 << 12)
    /// Function words and common verbs: they end a counted head.
    static let stop = ClaimWordRoles(rawValue: 1 << 13)
    /// Nouns that are plural without an -s: people, children, police.
    static let pluralNoun = ClaimWordRoles(rawValue: 1 << 14)
    /// Units written before the number: magnitude, category.
    static let leadingUnit = ClaimWordRoles(rawValue: 1 << 15)
    /// Words that make a unit compound: square, sq, cubic.
    static let unitModifier = ClaimWordRoles(rawValue: 1 << 16)
    /// Participles used as counted heads: wounded, injured, dead.
    static let headAdjective = ClaimWordRoles(rawValue: 1 << 17)
    /// a, an: "a third", "a million".
    static let article = ClaimWordRoles(rawValue: 1 << 18)
    /// dozen: twelve, as a multiplier ("two dozen").
    static let dozen = ClaimWordRoles(rawValue: 1 << 19)
    /// Words after a unit that belong to it: Celsius, Fahrenheit.
    static let unitTail = ClaimWordRoles(rawValue: 1 << 20)
    /// Words before a number that make it an age: aged.
    static let ageMarker = ClaimWordRoles(rawValue: 1 << 21)
    /// Currency codes and local symbols written as letters, before the number or after it: KES, Ksh,
    /// Rs, Tk, NIS, CHF, R (glued only: "R20").
    static let currencyCode = ClaimWordRoles(rawValue: 1 << 22)
    /// Words before digits that make them a reference into a text: article, section, clause.
    static let reference = ClaimWordRoles(rawValue: 1 << 23)
    /// Words before "at" and a number that make it an age: dead, died, retired.
    static let lifeEvent = ClaimWordRoles(rawValue: 1 << 24)
    /// youngest, oldest, eldest: superlatives before an age.
    static let ageSuperlative = ClaimWordRoles(rawValue: 1 << 25)
    /// i, he, she, we, they, you: "since I was 8".
    static let personalPronoun = ClaimWordRoles(rawValue: 1 << 26)
    /// at, was, is, turned, turns, and, to, or: the words right before a number that may make it an age.
    static let ageLink = ClaimWordRoles(rawValue: 1 << 27)
    /// Adjectives that may stand between a number and its unit of time: consecutive, straight, fiscal.
    static let durationAdjective = ClaimWordRoles(rawValue: 1 << 28)
}
