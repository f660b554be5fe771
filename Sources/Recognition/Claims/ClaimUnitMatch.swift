/// What follows (or precedes) a number and decides its kind: "percent", "km", "years", "$", "civilians".
struct ClaimUnitMatch: Sendable {
    var kind: ClaimKind
    /// First and last token of the unit as written, if any.
    var unitFirst: Int?
    var unitLast: Int?
    /// The claim's first token when the unit comes first ("$", "magnitude"), else the number's.
    var first: Int
    /// The claim's last token.
    var last: Int
    /// Multiplier the unit implies ("$5m": a million).
    var multiplier: Double = 1
    /// For durations: the unit's length in seconds.
    var seconds: Double = 0
    /// The unit's text when it is not a run of whole tokens ("km" glued in "5km").
    var unitText: String?
    /// The claim's value when the unit changes it beyond a multiplier ("1 minute 12 seconds": 72).
    var value: Double?
    /// The rules that decided the kind, span and value, for `ClaimRecognizer.explanation`.
    var rules = ClaimRuleTrace()

    /// This match with `rule` recorded.
    @inline(__always)
    func by(_ rule: ClaimRule) -> ClaimUnitMatch {
        var match = self
        match.rules.record(rule)
        return match
    }
}
