/// What the lexicon knows of one word: its roles and the numbers attached to them.
struct ClaimWord: Sendable {
    var roles: ClaimWordRoles = []
    /// For cardinals: the number; for scales: the multiplier.
    var number: Double = 0
    /// For ordinals: the position.
    var ordinal: Int = 0
    /// For denominators: the bottom of the fraction.
    var denominator: Int = 0
    /// For months: 1...12.
    var month: Int = 0
    /// For units of time: the length in seconds (to add "1 minute 12 seconds" up).
    var seconds: Double = 0
    /// For a single-word qualifier: its bound.
    var bound: ClaimBound?
}
