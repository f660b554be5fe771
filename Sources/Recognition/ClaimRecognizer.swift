/// Finds numeric claims: counts, percentages, money, measures, durations, clock times, dates,
/// ordinals and fractions, each with its qualifier ("more than"), bound, unit or counted noun, and
/// value ("11 million" → 11000000, "three-quarters" → 0.75, "Feb 14" → "02-14").
///
/// Works on the text's UTF-8 bytes in one linear pass (see `ClaimScanner`); Strings are made only
/// for the spans found. Pure and deterministic. What counts as a claim and where its span starts
/// and ends follows ../shared/eval/GUIDELINES.md.
public struct ClaimRecognizer: Sendable {
    private let lexicon: ClaimLexicon

    public init() {
        lexicon = ClaimLexicon.shared
    }

    /// The claims in `text`, sorted by start offset; offsets are Unicode scalar offsets.
    public func claims(in text: String) -> [Claim] {
        var copy = text
        return copy.withUTF8 { claims(inUTF8: $0) }
    }

    /// The claims in UTF-8 bytes (which must be valid UTF-8), with Unicode scalar offsets.
    public func claims(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Claim] {
        var offsets = ScalarOffsetMapper(bytes: bytes)
        return claims(inUTF8: bytes, offsets: &offsets)
    }

    /// The claims in `text`, as `claims(in:)` finds them, each with the rules (`ClaimRule`) that gave
    /// it its kind, span and value, in the order they fired. Slower than `claims(in:)` only by the notes.
    public func explanation(of text: String) -> [ExplainedClaim] {
        var copy = text
        return copy.withUTF8 { bytes in
            var offsets = ScalarOffsetMapper(bytes: bytes)
            var rules: [ClaimRuleTrace] = []
            let found = ClaimScanner.claims(in: bytes, lexicon: lexicon, explaining: true, rules: &rules)
            return zip(found, rules).map { claim, trace in
                ExplainedClaim(claim: self.claim(claim, in: bytes, offsets: &offsets), rules: trace.rules)
            }
        }
    }

    /// The claims in UTF-8 bytes, with the scalar offsets `offsets` (the article's one mapper, which
    /// the entity recogniser may share) gives.
    func claims(inUTF8 bytes: UnsafeBufferPointer<UInt8>, offsets: inout ScalarOffsetMapper) -> [Claim] {
        let found = ClaimScanner.claims(in: bytes, lexicon: lexicon)
        return found.map { claim($0, in: bytes, offsets: &offsets) }
    }

    /// A scanner's claim with its text and scalar offsets.
    private func claim(_ claim: ByteClaim, in bytes: UnsafeBufferPointer<UInt8>, offsets: inout ScalarOffsetMapper) -> Claim {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[claim.start..<claim.end]), as: UTF8.self)
        let start = offsets.scalarOffset(ofByte: claim.start)
        let end = offsets.scalarOffset(ofByte: claim.end)
        return Claim(text: text, kind: claim.kind, value: claim.value, normalized: claim.normalized,
                     qualifier: claim.qualifier, bound: claim.bound, unit: claim.unit, start: start, end: end)
    }
}
