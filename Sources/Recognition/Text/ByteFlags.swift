/// What each byte value is to both tokenizers' ASCII fast paths: one table load per byte instead of
/// a chain of range comparisons. The entity tokenizer and the claim tokenizer read this one table.
///
/// The two disagree on one pair of bytes only: vertical tab and form feed (0x0B, 0x0C) end a line for
/// the claim tokenizer (it reads a spacing that holds a line break as a sentence boundary) but are
/// punctuation for the entity tokenizer's ASCII path, so they carry a flag of their own, `verticalBreak`,
/// and neither `space` nor `lineBreak` (only `ByteClass.classify`, used for non-ASCII sequences, calls
/// them line breaks on the entity side).
enum ByteFlags {
    static let uppercase: UInt8 = 1 << 0
    static let lowercase: UInt8 = 1 << 1
    static let digit: UInt8 = 1 << 2
    /// An ASCII letter of either case.
    static let letter: UInt8 = uppercase | lowercase
    /// An ASCII letter or digit.
    static let word: UInt8 = uppercase | lowercase | digit
    /// Space or tab.
    static let space: UInt8 = 1 << 3
    /// Line feed or carriage return.
    static let lineBreak: UInt8 = 1 << 4
    /// The lead or continuation byte of a multi-byte sequence.
    static let nonASCII: UInt8 = 1 << 5
    /// Hyphen, full stop and apostrophe: they may continue a word ("al-Assad", "U.S.", "O'Brien").
    static let joiner: UInt8 = 1 << 6
    /// Vertical tab and form feed: a line break to the claim tokenizer, punctuation to the entity tokenizer.
    static let verticalBreak: UInt8 = 1 << 7
    /// What ends a line for the claim tokenizer: line feed, carriage return, vertical tab, form feed.
    static let claimLineBreak: UInt8 = lineBreak | verticalBreak
    /// ASCII whitespace for the claim tokenizer: spaces, tabs and its line breaks.
    static let claimSpacing: UInt8 = space | claimLineBreak
    /// The flags of every byte that is not ASCII punctuation: a byte with none of them is a mark such as
    /// ",", "$", "%" or a joiner (joiners are punctuation too when they do not continue a word).
    static let notPunctuation: UInt8 = word | claimSpacing | nonASCII

    /// Flags by byte value; 256 entries, so any `UInt8` indexes it. Allocated once for the process and
    /// never freed, so that the tokenizers hold a plain pointer to it.
    nonisolated(unsafe) static let table: UnsafeBufferPointer<UInt8> = {
        let table = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
        for value in 0..<256 { table[value] = flags(of: UInt8(value)) }
        return UnsafeBufferPointer(table)
    }()

    /// The flags of one byte value.
    static func flags(of value: UInt8) -> UInt8 {
        switch value {
        case 0x41...0x5A: uppercase
        case 0x61...0x7A: lowercase
        case 0x30...0x39: digit
        case 0x20, 0x09: space
        case 0x0A, 0x0D: lineBreak
        case 0x0B, 0x0C: verticalBreak
        case 0x2D, 0x2E, 0x27: joiner
        case 0x80...: nonASCII
        default: 0
        }
    }
}

/// Which of eight bytes, read as one little-endian word, are ASCII capitals, lower-case letters
/// and digits: bit 7 of each byte's lane is set for a yes, every other bit is clear. Lets the
/// tokenizer take a word eight bytes per step instead of one.
struct ASCIIWordLanes {
    let uppercase: UInt64
    let lowercase: UInt64
    /// ASCII letters and digits, the bytes of a plain word.
    let word: UInt64

    static let high: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    init(_ chunk: UInt64) {
        // A lane holding `value + k` has bit 7 set exactly when `value >= 0x80 - k`. The values
        // are 7-bit (bit 7 is cleared first) and k ≤ 0x50, so no sum carries into the next lane;
        // bytes of 0x80 and above are dropped by `isASCII`.
        let ascii = chunk & ~Self.high
        let isASCII = ~chunk & Self.high
        let lowered = ascii | 0x2020_2020_2020_2020
        // 0x61 ≤ lowered ≤ 0x7A: a letter of either case.
        let letters = (lowered &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lowered &+ 0x0505_0505_0505_0505) & isASCII
        // 0x30 ≤ ascii ≤ 0x39.
        let digits = (ascii &+ 0x5050_5050_5050_5050) & ~(ascii &+ 0x4646_4646_4646_4646)
        word = letters | (digits & isASCII)
        // Bit 5 of each byte moved to its bit 7 (bits that cross into the next lane land below
        // bit 7 there): set for lower-case letters, clear for capitals.
        let caseBits = chunk << 2
        uppercase = letters & ~caseBits
        lowercase = letters & caseBits
    }
}
