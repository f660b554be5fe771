/// A number read from one or more tokens: "20,000", "11 million", "twenty-five", "three-quarters".
struct ClaimNumber: Sendable {
    /// First and last token of the number (inclusive), before any qualifier or unit.
    var first: Int
    var last: Int
    var value: Double
    /// Written in words ("five", "a third") rather than digits.
    var spelled = false
    /// Digits only: no separators, decimals, scale or suffix ("2012", "61").
    var plainInteger = false
    /// A multiplier word or suffix was applied ("million", "bn").
    var scaled = false
    /// The product of the scale words applied (1e6 for "11 million"), so a range's other end can share it.
    var scale: Double = 1
    /// An ordinal ("second", "21st"): the value is the position.
    var ordinal = false
    /// A fraction ("three-quarters", "a fifth", "one in five").
    var fraction = false
    /// A decade ("1990s").
    var decade = false
    /// Lexicon index of a unit glued to the digits ("km" of "5km", "pm" of "6pm"), 0 when none.
    var gluedUnit: UInt16 = 0
}
