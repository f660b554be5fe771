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
    /// The last `ringSize` tokens, indexed by token number modulo the size; owned by `claims(inUTF8:)`.
    private let ring: UnsafeMutablePointer<ClaimToken>
    /// Beside each ring slot, where its token's whitespace starts (its gap), bitwise complemented
    /// (negative) while the token is pending: a look-behind token set up at a trigger is only built
    /// when a parse reads it, and most parses read one or two of the five.
    private let gaps: UnsafeMutablePointer<Int>
    private var produced = 0
    /// The first token index of the current window; tokens before it are unknown (a boundary).
    private var windowBase = 0
    /// The first token a new claim (with its qualifier) may start at: the one after the last claim.
    var floor = 0
    var claims: [ByteClaim] = []
    /// Whether each claim's rules are kept (in `claimRules`, beside `claims`) for
    /// `ClaimRecognizer.explanation`; off, the notes cost a test each, per claim, not per token.
    var explaining = false
    /// The rules noted for the claim being read, given to it when it is emitted.
    var pendingRules = ClaimRuleTrace()
    /// When `explaining`, the rules of `claims[i]` at `i`.
    var claimRules: [ClaimRuleTrace] = []

    static let ringSize = 64
    /// How far back a claim may look (qualifiers, currency signs, "a" of "a third").
    static let lookBehind = 8
    /// How far ahead a claim may look (units, counted heads, compound durations, dates).
    static let lookAhead = 24

    /// - Parameters:
    ///   - ring: room for `ringSize` tokens, written before read; the caller owns and frees it.
    ///   - gaps: room for `ringSize` offsets, written before read; the caller owns and frees it.
    init(bytes: UnsafeBufferPointer<UInt8>, lexicon: ClaimLexicon, ring: UnsafeMutablePointer<ClaimToken>,
         gaps: UnsafeMutablePointer<Int>) {
        self.bytes = bytes
        self.lexicon = lexicon
        self.ring = ring
        self.gaps = gaps
        tokenizer = ClaimTokenizer(bytes: bytes, lexicon: lexicon)
    }

    /// Runs a scanner over `bytes` with a ring it allocates and frees.
    static func claims(in bytes: UnsafeBufferPointer<UInt8>, lexicon: ClaimLexicon) -> [ByteClaim] {
        var rules: [ClaimRuleTrace] = []
        return claims(in: bytes, lexicon: lexicon, explaining: false, rules: &rules)
    }

    /// Runs a scanner over `bytes`; when `explaining`, `rules` gets each claim's rules, in step with the claims.
    static func claims(in bytes: UnsafeBufferPointer<UInt8>, lexicon: ClaimLexicon, explaining: Bool,
                       rules: inout [ClaimRuleTrace]) -> [ByteClaim] {
        // Left uninitialised: every slot is written before it is read (a fresh window starts past
        // all of them), and assigning to uninitialised memory is allowed for these plain-data types.
        // Initialising 64 tokens one by one cost more than the scan of a short article's words.
        assert(_isPOD(ClaimToken.self))
        let ring = UnsafeMutablePointer<ClaimToken>.allocate(capacity: ringSize)
        let gaps = UnsafeMutablePointer<Int>.allocate(capacity: ringSize)
        defer {
            ring.deallocate()
            gaps.deallocate()
        }
        var scanner = ClaimScanner(bytes: bytes, lexicon: lexicon, ring: ring, gaps: gaps)
        // News runs at about one claim per 150–400 bytes; reserving for one per 100 avoids regrowth
        // copies, and the pages of the room never written are never touched.
        scanner.claims.reserveCapacity(min(bytes.count / 100, 1 << 22))
        scanner.explaining = explaining
        let found = scanner.scan()
        if explaining { rules = scanner.claimRules }
        return found
    }

    /// Runs over the whole text and returns the claims in order.
    ///
    /// Most tokens are skipped without being built: only their start offsets are remembered. At a
    /// token that may start a claim, the few tokens before it (the claim's look-behind) are set up
    /// in the ring, pending, from those offsets — after the last window's tokens when it ended only a
    /// few tokens before, else in a fresh window — and claims are read from the trigger on through
    /// every token the window has built. A pending token is built when first read (`token(_:)`),
    /// from its own offset, as it would have been in order: tokens depend only on where they start.
    mutating func scan() -> [ByteClaim] {
        var recent = RecentOffsets()
        var floorByte = 0
        var windowOpen = false
        // Tokens skipped since the window's last built token, each also appended to `recent`.
        var skipped = 0
        let triggers = ClaimLexicon.triggerRoles
        while true {
            tokenizer.skipPlainTokens(triggers: triggers, recent: &recent, skipped: &skipped)
            guard let (gap, start, mayStartClaim) = tokenizer.skip(triggers: triggers) else { break }
            guard mayStartClaim else {
                skipped += 1
                recent.append(gap)
                continue
            }
            var index = produced
            let fresh = !windowOpen || skipped > RecentOffsets.capacity
            if fresh {
                // A fresh window: indices continue past everything in the ring, so nothing stale is seen.
                windowBase = produced + Self.ringSize
                produced = windowBase
                index = windowBase
            }
            // The look-behind, pending: after the window's tokens, the few skipped since; in a fresh
            // window, the last few skipped. Then the trigger, built in order from its gap.
            let lookBehind = fresh ? recent.count : skipped
            for back in stride(from: lookBehind, to: 0, by: -1) {
                gaps[produced & (Self.ringSize - 1)] = ~recent.offset(back: back)
                produced += 1
            }
            let triggerIndex = produced
            tokenizer.move(to: gap)
            if fresh {
                // The first token at or after the last claim's end. For a pending token its gap tells:
                // a claim ends where a token does, never inside the whitespace before a token.
                while index < triggerIndex, ~gaps[index & (Self.ringSize - 1)] < floorByte { index += 1 }
                if index == triggerIndex {
                    while token(index).start < floorByte, token(index).kind != .end { index += 1 }
                }
                floor = index
            }
            windowOpen = true
            // Pending tokens all come before the trigger.
            index = max(index, triggerIndex)
            while token(index).start < start, token(index).kind != .end { index += 1 }
            // Claims from the trigger on, through every token the window has built (a parse looks ahead).
            while index < produced {
                let current = token(index)
                if current.kind == .end { break }
                if isTrigger(current), let next = parseClaim(at: index) {
                    index = max(next, index + 1)
                } else {
                    index += 1
                }
            }
            if let last = claims.last { floorByte = last.end }
            skipped = 0
            recent.removeAll()
            for previous in max(windowBase, produced - RecentOffsets.capacity)..<produced {
                // A token's gap is where the token before it ends.
                recent.append(previous > windowBase ? gapOffset(of: previous) : token(previous).start)
            }
        }
        return claims
    }

    /// Whether a built token can begin a claim.
    @inline(__always)
    private func isTrigger(_ candidate: ClaimToken) -> Bool {
        switch candidate.kind {
        case .number, .clock, .fractionGlyph: return true
        case .word: return !candidate.roles.isDisjoint(with: ClaimLexicon.triggerRoles)
        default: return false
        }
    }

    // MARK: Tokens

    /// The token at `index`; before the text's start, a line-break boundary token.
    @inline(__always)
    mutating func token(_ index: Int) -> ClaimToken {
        if index < windowBase { return ClaimToken(start: 0, end: 0, kind: .end, lineBreakBefore: true) }
        while produced <= index {
            gaps[produced & (Self.ringSize - 1)] = tokenizer.position
            ring[produced & (Self.ringSize - 1)] = tokenizer.next()
            produced += 1
        }
        // A look-back past the ring sees a boundary: no claim reads that far back.
        if index <= produced - Self.ringSize { return ClaimToken(start: 0, end: 0, kind: .end, lineBreakBefore: true) }
        let slot = index & (Self.ringSize - 1)
        if gaps[slot] < 0 { buildPending(slot) }
        return ring[slot]
    }

    /// Builds the pending token of a ring slot from its gap, leaving the tokenizer where it was.
    private mutating func buildPending(_ slot: Int) {
        let gap = ~gaps[slot]
        let resume = tokenizer.position
        tokenizer.move(to: gap)
        ring[slot] = tokenizer.next()
        tokenizer.move(to: resume)
        gaps[slot] = gap
    }

    /// Where the whitespace before token `index` (built or pending, in the ring) starts.
    private func gapOffset(of index: Int) -> Int {
        let stored = gaps[index & (Self.ringSize - 1)]
        return stored < 0 ? ~stored : stored
    }

    @inline(__always) func entry(_ token: ClaimToken) -> ClaimWord { lexicon.words[Int(token.word)] }
    @inline(__always) func roles(_ token: ClaimToken) -> ClaimWordRoles { token.roles }
    @inline(__always) func text(_ token: ClaimToken) -> String { lexicon.texts[Int(token.word)] }

    /// The token at `index` is the known word `text` (lowercase letters), in any case.
    ///
    /// Compares the token's bytes, lowercased, with the literal: a known word's token is ASCII letters
    /// whose lowercase is its lexicon text, and a String comparison cost far more (the parser asks
    /// this of nearly every number).
    @inline(__always)
    mutating func isWord(_ index: Int, _ text: StaticString) -> Bool {
        let candidate = token(index)
        let length = text.utf8CodeUnitCount
        guard candidate.kind == .word, candidate.word != 0, candidate.end - candidate.start == length else { return false }
        let expected = text.utf8Start
        for offset in 0..<length where bytes[candidate.start + offset] | 0x20 != expected[offset] { return false }
        return true
    }

    /// The token at `index` is the punctuation mark `mark`.
    @inline(__always)
    mutating func isMark(_ index: Int, _ mark: Character) -> Bool {
        let candidate = token(index)
        return candidate.kind == .punctuation && candidate.mark == mark.asciiValue
    }

    /// The token follows the previous one with no space ("5" then "%" in "5%").
    mutating func isGlued(_ index: Int) -> Bool { !token(index).spaceBefore }

    // MARK: Output

    /// The bytes from token `first` to token `last`, lowercased: qualifiers and units as written.
    mutating func lowercasedText(from first: Int, through last: Int) -> String {
        Self.lowercased(UnsafeBufferPointer(rebasing: bytes[token(first).start..<token(last).end]))
    }

    /// The text of UTF-8 bytes, lowercased: byte by byte when it is ASCII (the usual case, and no
    /// Unicode tables needed), by `String.lowercased()` otherwise.
    static func lowercased(_ text: UnsafeBufferPointer<UInt8>) -> String {
        guard text.allSatisfy({ $0 < 0x80 }) else { return String(decoding: text, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: text.count) { buffer in
            for (index, byte) in text.enumerated() {
                buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
            }
            return text.count
        }
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
        if explaining {
            claimRules.append(pendingRules)
            pendingRules = ClaimRuleTrace()
        }
        claims.append(claim)
        floor = last + 1
    }

    /// Notes, when explaining, that `rule` decided something about the claim about to be emitted.
    /// Called right before an emit, so that a parse that fails leaves no note behind.
    @inline(__always)
    mutating func note(_ rule: ClaimRule) {
        if explaining { pendingRules.record(rule) }
    }

    /// Notes, when explaining, the rules a unit match gathered.
    @inline(__always)
    mutating func note(_ rules: ClaimRuleTrace) {
        if explaining { pendingRules.record(rules) }
    }

    /// Replaces the unit of the claim just emitted (for units inside a token, such as "km" of "5km").
    mutating func setLastUnit(_ unit: String) {
        guard !claims.isEmpty else { return }
        claims[claims.count - 1].unit = unit
    }
}
