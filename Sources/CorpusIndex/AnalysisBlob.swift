import Annotations
import Foundation

/// An article's analysis as one compact blob in the index: length-prefixed UTF-8 strings and
/// variable-length integers, a few times smaller and faster than JSON. Any bytes that do not decode
/// are reported as nil, and the article is then analysed again.
public enum AnalysisBlob {
    static let formatVersion: UInt8 = 1

    public static func encode(_ analysis: Analysis) -> [UInt8] {
        var writer = Writer()
        writer.bytes.reserveCapacity(64 * (analysis.entities.count + analysis.claims.count) + 8)
        writer.bytes.append(formatVersion)
        writer.integer(analysis.entities.count)
        for entity in analysis.entities {
            writer.string(entity.text)
            writer.string(entity.type.rawValue)
            writer.string(entity.canonical)
            writer.integer(entity.start)
            writer.integer(entity.end)
        }
        writer.integer(analysis.claims.count)
        for claim in analysis.claims {
            writer.string(claim.text)
            writer.string(claim.kind.rawValue)
            if let value = claim.value {
                writer.bytes.append(1)
                withUnsafeBytes(of: value.bitPattern.littleEndian) { writer.bytes.append(contentsOf: $0) }
            } else {
                writer.bytes.append(0)
            }
            writer.optional(claim.normalized)
            writer.optional(claim.qualifier)
            writer.optional(claim.bound?.rawValue)
            writer.optional(claim.unit)
            writer.integer(claim.start)
            writer.integer(claim.end)
        }
        return writer.bytes
    }

    public static func decode(_ bytes: [UInt8]) -> Analysis? {
        var reader = Reader(bytes: bytes)
        guard reader.byte() == formatVersion, let entityCount = reader.integer() else { return nil }
        var analysis = Analysis()
        analysis.entities.reserveCapacity(entityCount)
        for _ in 0..<entityCount {
            guard let text = reader.string(), let type = reader.string().flatMap(EntityType.init(rawValue:)),
                  let canonical = reader.string(), let start = reader.integer(), let end = reader.integer()
            else { return nil }
            analysis.entities.append(Entity(text: text, type: type, start: start, end: end, canonical: canonical))
        }
        guard let claimCount = reader.integer() else { return nil }
        analysis.claims.reserveCapacity(claimCount)
        for _ in 0..<claimCount {
            guard let text = reader.string(), let kind = reader.string().flatMap(ClaimKind.init(rawValue:)),
                  let hasValue = reader.byte() else { return nil }
            var value: Double?
            if hasValue == 1 {
                guard let bits = reader.word() else { return nil }
                value = Double(bitPattern: bits)
            }
            guard let normalized = reader.optional(), let qualifier = reader.optional(), let bound = reader.optional(),
                  let unit = reader.optional(), let start = reader.integer(), let end = reader.integer()
            else { return nil }
            let claimBound = bound.flatMap { ClaimBound(rawValue: $0) }
            if bound != nil, claimBound == nil { return nil }
            analysis.claims.append(Claim(text: text, kind: kind, value: value, normalized: normalized,
                                         qualifier: qualifier, bound: claimBound, unit: unit, start: start, end: end))
        }
        return reader.isAtEnd ? analysis : nil
    }

    struct Writer {
        var bytes: [UInt8] = []

        mutating func integer(_ value: Int) {
            var rest = UInt64(bitPattern: Int64(value))
            while rest >= 0x80 {
                bytes.append(UInt8(rest & 0x7F) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }

        mutating func string(_ value: String) {
            integer(value.utf8.count)
            bytes.append(contentsOf: value.utf8)
        }

        /// Absent as 0, present as its length plus one.
        mutating func optional(_ value: String?) {
            guard let value else { return integer(0) }
            integer(value.utf8.count + 1)
            bytes.append(contentsOf: value.utf8)
        }
    }

    struct Reader {
        let bytes: [UInt8]
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        mutating func byte() -> UInt8? {
            guard offset < bytes.count else { return nil }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func integer() -> Int? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while let byte = byte() {
                guard shift < 64 else { return nil }
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 {
                    let signed = Int64(bitPattern: value)
                    return signed >= 0 ? Int(signed) : nil
                }
                shift += 7
            }
            return nil
        }

        mutating func word() -> UInt64? {
            guard offset + 8 <= bytes.count else { return nil }
            var value: UInt64 = 0
            for index in 0..<8 { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
            offset += 8
            return value
        }

        mutating func text(count: Int) -> String? {
            guard count >= 0, offset + count <= bytes.count else { return nil }
            defer { offset += count }
            return String(validating: bytes[offset..<(offset + count)], as: UTF8.self)
        }

        mutating func string() -> String? {
            integer().flatMap { text(count: $0) }
        }

        /// nil when the bytes are bad; .some(nil) when the value is absent.
        mutating func optional() -> String?? {
            guard let length = integer() else { return nil }
            if length == 0 { return .some(nil) }
            guard let value = text(count: length - 1) else { return nil }
            return .some(value)
        }
    }
}
