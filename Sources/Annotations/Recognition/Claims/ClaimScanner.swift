/// Finds numeric claims in UTF-8 bytes: tokenizes once, left to right, and at each token that can
/// start a number (digits, number words, ordinals, fractions, months) reads the claim around it —
/// qualifier before, unit or counted head after — from a small window of tokens.
///
/// Linear time: every token is made once and kept in a ring of the last `ringSize` tokens; a claim
/// looks at most a fixed number of tokens back and ahead.
struct ClaimScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let lexicon: ClaimLexicon
    private var tokenizer: ClaimTokenizer
    private var ring: [ClaimToken]
    private var produced = 0
    /// The first token a new claim (with its qualifier) may start at: the one after the last claim.
    var floor = 0
    private(set) var claims: [ByteClaim] = []

    static let ringSize = 64
    /// How far back a claim may look (qualifiers, currency signs, "a" of "a third").
    static let lookBehind = 8
    /// How far ahead a claim may look (units, counted heads, compound durations, dates).
    static let lookAhead = 24

    init(bytes: UnsafeBufferPointer<UInt8>, lexicon: ClaimLexicon) {
        self.bytes = bytes
        self.lexicon = lexicon
        tokenizer = ClaimTokenizer(bytes: bytes, lexicon: lexicon)
        ring = Array(repeating: ClaimToken(start: 0, end: 0, kind: .end), count: Self.ringSize)
    }

    /// Runs over the whole text and returns the claims in order.
    mutating func scan() -> [ByteClaim] {
        var index = 0
        while true {
            let current = token(index)
            if current.kind == .end { break }
            if isTrigger(current), let next = parseClaim(at: index) {
                index = max(next, index + 1)
            } else {
                index += 1
            }
        }
        return claims
    }

    // MARK: Tokens

    /// The token at `index`; before the text's start, a line-break boundary token.
    mutating func token(_ index: Int) -> ClaimToken {
        if index < 0 { return ClaimToken(start: 0, end: 0, kind: .end, lineBreakBefore: true) }
        while produced <= index {
            ring[produced & (Self.ringSize - 1)] = tokenizer.next()
            produced += 1
        }
        // A look-back past the ring sees a boundary: no claim reads that far back.
        if index <= produced - Self.ringSize { return ClaimToken(start: 0, end: 0, kind: .end, lineBreakBefore: true) }
        return ring[index & (Self.ringSize - 1)]
    }

    @inline(__always) func entry(_ token: ClaimToken) -> ClaimWord { lexicon.words[Int(token.word)] }
    @inline(__always) func roles(_ token: ClaimToken) -> ClaimWordRoles { lexicon.words[Int(token.word)].roles }
    @inline(__always) func text(_ token: ClaimToken) -> String { lexicon.texts[Int(token.word)] }

    /// The token at `index` is the known word `text` (any case).
    mutating func isWord(_ index: Int, _ text: String) -> Bool {
        let candidate = token(index)
        return candidate.kind == .word && candidate.word != 0 && lexicon.texts[Int(candidate.word)] == text
    }

    /// The token at `index` is the punctuation mark `mark`.
    mutating func isMark(_ index: Int, _ mark: Character) -> Bool {
        let candidate = token(index)
        return candidate.kind == .punctuation && candidate.mark == mark.asciiValue
    }

    /// The token follows the previous one with no space ("5" then "%" in "5%").
    mutating func isGlued(_ index: Int) -> Bool { !token(index).spaceBefore }

    /// Whether a token can begin a claim.
    private func isTrigger(_ candidate: ClaimToken) -> Bool {
        switch candidate.kind {
        case .number, .clock, .fractionGlyph: return true
        case .word:
            guard candidate.word != 0 else { return false }
            return !roles(candidate).isDisjoint(with: [.cardinal, .ordinal, .denominator, .month, .scale, .dozen])
        default: return false
        }
    }

    // MARK: Output

    /// The bytes from token `first` to token `last`, lowercased: qualifiers and units as written.
    mutating func lowercasedText(from first: Int, through last: Int) -> String {
        let start = token(first).start, end = token(last).end
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
    }

    /// Records a claim spanning tokens `first...last` and moves the floor past it.
    mutating func emit(first: Int, last: Int, kind: ClaimKind, value: Double?, normalized: String? = nil,
                       qualifier: (first: Int, last: Int, bound: ClaimBound)? = nil, unit: (first: Int, last: Int)? = nil) {
        let spanFirst = qualifier?.first ?? first
        var claim = ByteClaim(start: token(spanFirst).start, end: token(last).end, kind: kind, value: value,
                              normalized: normalized)
        if let qualifier {
            claim.qualifier = lowercasedText(from: qualifier.first, through: qualifier.last)
            claim.bound = qualifier.bound
        }
        if let unit { claim.unit = lowercasedText(from: unit.first, through: unit.last) }
        claims.append(claim)
        floor = last + 1
    }

    /// Replaces the unit of the claim just emitted (for units inside a token, such as "km" of "5km").
    mutating func setLastUnit(_ unit: String) {
        guard !claims.isEmpty else { return }
        claims[claims.count - 1].unit = unit
    }
}
