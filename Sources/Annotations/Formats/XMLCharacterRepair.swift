import Foundation

/// Makes the characters XML 1.0 forbids into U+FFFD before a feed is parsed.
///
/// Feeds in the wild carry control characters, raw (a byte 0x07 pasted from a word processor) or as
/// references (`&#7;`, `&#x1B;`). XML 1.0 allows neither, and libxml2 stops at the first one: a single
/// bad character in a channel title lost every item of the feed. Each such character becomes the
/// reference `&#xFFFD;`, which every ASCII-compatible encoding spells the same way, so the repair works
/// before the encoding is known; inside a CDATA section (where references are not decoded) the section is
/// closed around the reference. UTF-16 and UTF-32 feeds, where zero bytes are part of every character,
/// are left to the parser.
public enum XMLCharacterRepair {
    /// The repaired bytes, and how many characters were replaced (0: `data` itself, not copied).
    public static func repair(_ data: Data) -> (data: Data, replaced: Int) {
        guard !isWideEncoding(data), needsRepair(data) else { return (data, 0) }
        let bytes = [UInt8](data)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var replaced = 0
        var index = 0
        var inCDATA = false
        var inComment = false
        while index < bytes.count {
            let byte = bytes[index]
            if inComment {
                if starts(bytes, at: index, with: commentEnd) { inComment = false }
                // A comment is not read, and references are not allowed in it: a space keeps it well formed.
                output.append(isForbiddenControl(byte) ? 0x20 : byte)
                index += 1
                continue
            }
            if inCDATA {
                if starts(bytes, at: index, with: cdataEnd) {
                    inCDATA = false
                    output.append(contentsOf: cdataEnd)
                    index += cdataEnd.count
                    continue
                }
                if isForbiddenControl(byte) {
                    output.append(contentsOf: cdataEnd + replacementReference + cdataStart)
                    replaced += 1
                } else {
                    output.append(byte)
                }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "<") {
                if starts(bytes, at: index, with: cdataStart) {
                    inCDATA = true
                    output.append(contentsOf: cdataStart)
                    index += cdataStart.count
                    continue
                }
                if starts(bytes, at: index, with: commentStart) {
                    inComment = true
                    output.append(contentsOf: commentStart)
                    index += commentStart.count
                    continue
                }
            }
            if byte == UInt8(ascii: "&"), let reference = characterReference(bytes, at: index) {
                if isAllowed(reference.scalar) {
                    // Written out again: `&#X41;` (capital X) is not XML either; `&#x41;` is.
                    output.append(contentsOf: Array("&#x\(String(reference.scalar, radix: 16, uppercase: true));".utf8))
                } else {
                    output.append(contentsOf: replacementReference)
                    replaced += 1
                }
                index = reference.end
                continue
            }
            if isForbiddenControl(byte) {
                output.append(contentsOf: replacementReference)
                replaced += 1
            } else {
                output.append(byte)
            }
            index += 1
        }
        return replaced == 0 ? (data, 0) : (Data(output), replaced)
    }

    static let replacementReference = Array("&#xFFFD;".utf8)
    static let cdataStart = Array("<![CDATA[".utf8)
    static let cdataEnd = Array("]]>".utf8)
    static let commentStart = Array("<!--".utf8)
    static let commentEnd = Array("-->".utf8)

    /// A byte XML 1.0 never allows in a document: C0 controls other than tab, line feed and carriage return.
    static func isForbiddenControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }

    /// XML 1.0's Char production.
    static func isAllowed(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// A quick look for anything to repair: a forbidden control byte or a numeric reference.
    static func needsRepair(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var previous: UInt8 = 0
            for byte in bytes {
                if isForbiddenControl(byte) || (previous == UInt8(ascii: "&") && byte == UInt8(ascii: "#")) { return true }
                previous = byte
            }
            return false
        }
    }

    /// UTF-16 or UTF-32, by byte-order mark or by a zero byte among the first two.
    static func isWideEncoding(_ data: Data) -> Bool {
        let head = Array(data.prefix(4))
        guard head.count >= 2 else { return false }
        if (head[0] == 0xFE && head[1] == 0xFF) || (head[0] == 0xFF && head[1] == 0xFE) { return true }
        return head[0] == 0 || head[1] == 0
    }

    /// The numeric character reference (`&#65;`, `&#x41;`, and the invalid `&#X41;`) starting at `index`, with the index after its
    /// semicolon. A number too long to be a code point reads as 0 (forbidden). Not a reference: nil.
    static func characterReference(_ bytes: [UInt8], at index: Int) -> (scalar: UInt32, end: Int)? {
        var position = index + 1
        guard position < bytes.count, bytes[position] == UInt8(ascii: "#") else { return nil }
        position += 1
        var hexadecimal = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "x") || bytes[position] == UInt8(ascii: "X") {
            hexadecimal = true
            position += 1
        }
        var value: UInt32 = 0
        var digits = 0
        var overflow = false
        while position < bytes.count, let digit = digitValue(bytes[position], hexadecimal: hexadecimal) {
            let (product, multiplyOverflow) = value.multipliedReportingOverflow(by: hexadecimal ? 16 : 10)
            let (sum, addOverflow) = product.addingReportingOverflow(digit)
            if multiplyOverflow || addOverflow || sum > 0x10FFFF { overflow = true }
            value = overflow ? 0 : sum
            digits += 1
            position += 1
        }
        guard digits > 0, position < bytes.count, bytes[position] == UInt8(ascii: ";") else { return nil }
        return (overflow ? 0 : value, position + 1)
    }

    static func digitValue(_ byte: UInt8, hexadecimal: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hexadecimal: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hexadecimal: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    static func starts(_ bytes: [UInt8], at index: Int, with prefix: [UInt8]) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in prefix.indices where bytes[index + offset] != prefix[offset] { return false }
        return true
    }
}
