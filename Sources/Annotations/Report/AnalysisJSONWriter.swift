/// Writes analyses one article at a time in exactly the bytes `AnalysisJSON.encode` gives for the
/// whole array (JSONEncoder, pretty-printed, sorted keys, slashes unescaped), so `reader analyze
/// --json` streams in constant memory; or one compact object per line (JSON Lines).
public struct AnalysisJSONWriter {
    public enum Style: Sendable {
        /// The pretty-printed array of the JSON contract.
        case array
        /// One compact object per line.
        case lines
    }

    let style: Style
    let output: (inout [UInt8], Bool) -> Void
    private var buffer: [UInt8] = []
    private var count = 0

    /// - Parameter output: receives the bytes written so far and may empty the buffer; its flag is
    ///   true for the last call, which must take every byte.
    public init(style: Style, output: @escaping (inout [UInt8], Bool) -> Void) {
        self.style = style
        self.output = output
        buffer.reserveCapacity(1 << 16)
        if style == .array { append("[\n") }
    }

    /// Writes one article's report: `item` and `metadata` as `ArticleReport` carries them (absent
    /// when nil or empty), so the bytes stay JSONEncoder's.
    public mutating func write(file: String, analysis: Analysis, item: String? = nil, metadata: ArticleMetadata? = nil) {
        let tail = Self.tailFields(item: item, metadata: metadata.flatMap { $0.isEmpty ? nil : $0 })
        switch style {
        case .array:
            if count > 0 { append(",\n") }
            writePretty(file: file, analysis: analysis, tail: tail)
        case .lines:
            writeCompact(file: file, analysis: analysis, tail: tail)
            buffer.append(UInt8(ascii: "\n"))
        }
        count += 1
        output(&buffer, false)
    }

    /// Ends the array (with the line feed `print` adds after JSONEncoder's output).
    public mutating func finish() {
        if style == .array {
            append("\n]\n")
        }
        output(&buffer, true)
    }

    // MARK: - Pretty, as JSONEncoder's .prettyPrinted with .sortedKeys

    /// The fields after `file`, in sorted-key order: `item`, then `metadata` with its own keys sorted.
    private static func tailFields(item: String?, metadata: ArticleMetadata?) -> (item: String?, metadata: [(String, String)]?) {
        let fields = metadata.map { metadata in
            [("byline", metadata.byline), ("date", metadata.date), ("source", metadata.source), ("title", metadata.title),
             ("url", metadata.url)].compactMap { name, value in value.map { (name, $0) } }
        }
        return (item, fields)
    }

    private mutating func writePretty(file: String, analysis: Analysis, tail: (item: String?, metadata: [(String, String)]?)) {
        append("  {\n    \"claims\" : ")
        prettyArray(analysis.claims) { writer, claim in writer.prettyClaim(claim) }
        append(",\n    \"entities\" : ")
        prettyArray(analysis.entities) { writer, entity in writer.prettyEntity(entity) }
        append(",\n    \"file\" : ")
        string(file)
        if let item = tail.item {
            append(",\n    \"item\" : ")
            string(item)
        }
        if let metadata = tail.metadata {
            append(",\n    \"metadata\" : {")
            for (index, (name, value)) in metadata.enumerated() {
                buffer.append(contentsOf: ((index == 0 ? "\n      \"" : ",\n      \"") + name + "\" : ").utf8)
                string(value)
            }
            append("\n    }")
        }
        append("\n  }")
    }

    private mutating func prettyArray<Element>(_ elements: [Element], _ body: (inout Self, Element) -> Void) {
        if elements.isEmpty {
            append("[\n\n    ]")
            return
        }
        append("[\n")
        for (index, element) in elements.enumerated() {
            if index > 0 { append(",\n") }
            append("      {\n")
            body(&self, element)
            append("\n      }")
        }
        append("\n    ]")
    }

    // Each key is one literal with the separator and indentation before it and " : " after it.

    private mutating func prettyEntity(_ entity: Entity) {
        append("        \"canonical\" : ")
        string(entity.canonical)
        append(",\n        \"end\" : ")
        integer(entity.end)
        append(",\n        \"start\" : ")
        integer(entity.start)
        append(",\n        \"text\" : ")
        string(entity.text)
        append(",\n        \"type\" : ")
        string(entity.type.rawValue)
    }

    private mutating func prettyClaim(_ claim: Claim) {
        // `bound`, when there is one, sorts before `end`, which is always there.
        if let bound = claim.bound {
            append("        \"bound\" : ")
            string(bound.rawValue)
            append(",\n        \"end\" : ")
        } else {
            append("        \"end\" : ")
        }
        integer(claim.end)
        append(",\n        \"kind\" : ")
        string(claim.kind.rawValue)
        if let qualifier = claim.qualifier {
            append(",\n        \"qualifier\" : ")
            string(qualifier)
        }
        append(",\n        \"start\" : ")
        integer(claim.start)
        append(",\n        \"text\" : ")
        string(claim.text)
        if let unit = claim.unit {
            append(",\n        \"unit\" : ")
            string(unit)
        }
        append(",\n        \"value\" : ")
        value(of: claim)
    }

    // MARK: - Compact, as JSONEncoder's .sortedKeys without pretty printing

    private mutating func writeCompact(file: String, analysis: Analysis, tail: (item: String?, metadata: [(String, String)]?)) {
        append("{\"claims\":[")
        for (index, claim) in analysis.claims.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            var fields: [(String, (inout Self) -> Void)] = []
            if let bound = claim.bound { fields.append(("bound", { $0.string(bound.rawValue) })) }
            fields.append(("end", { $0.integer(claim.end) }))
            fields.append(("kind", { $0.string(claim.kind.rawValue) }))
            if let qualifier = claim.qualifier { fields.append(("qualifier", { $0.string(qualifier) })) }
            fields.append(("start", { $0.integer(claim.start) }))
            fields.append(("text", { $0.string(claim.text) }))
            if let unit = claim.unit { fields.append(("unit", { $0.string(unit) })) }
            fields.append(("value", { $0.value(of: claim) }))
            compactObject(fields)
        }
        append("],\"entities\":[")
        for (index, entity) in analysis.entities.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            compactObject([
                ("canonical", { $0.string(entity.canonical) }), ("end", { $0.integer(entity.end) }),
                ("start", { $0.integer(entity.start) }), ("text", { $0.string(entity.text) }),
                ("type", { $0.string(entity.type.rawValue) }),
            ])
        }
        append("],\"file\":")
        string(file)
        if let item = tail.item {
            append(",\"item\":")
            string(item)
        }
        if let metadata = tail.metadata {
            append(",\"metadata\":")
            compactObject(metadata.map { name, value in (name, { $0.string(value) }) })
        }
        buffer.append(UInt8(ascii: "}"))
    }

    private mutating func compactObject(_ fields: [(String, (inout Self) -> Void)]) {
        buffer.append(UInt8(ascii: "{"))
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            buffer.append(UInt8(ascii: "\""))
            buffer.append(contentsOf: field.0.utf8)
            append("\":")
            field.1(&self)
        }
        buffer.append(UInt8(ascii: "}"))
    }

    // MARK: - Values

    /// ClaimReport's rule: the normalised text, else the number (whole numbers without a point), else null.
    private mutating func value(of claim: Claim) {
        if let normalized = claim.normalized {
            string(normalized)
        } else if let value = claim.value {
            if value == value.rounded(), abs(value) < 1e15 {
                integer(Int(Int64(value)))
            } else {
                // JSONEncoder prints a Double as its description less a trailing ".0".
                var text = value.description
                if text.hasSuffix(".0") { text.removeLast(2) }
                buffer.append(contentsOf: text.utf8)
            }
        } else {
            append("null")
        }
    }

    /// The decimal digits, as `String(value)` gives them, without making a string: written from
    /// the last into a small buffer, then copied whole.
    private mutating func integer(_ value: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            // 19 digits and a sign at most.
            var position = digits.count
            var magnitude = value.magnitude
            repeat {
                position -= 1
                digits[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                position -= 1
                digits[position] = UInt8(ascii: "-")
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: digits[position...]))
        }
    }

    /// A literal's bytes, copied whole (a `String`'s UTF-8 view would be appended byte by byte).
    private mutating func append(_ literal: StaticString) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Escaped as `PrintedJSON` does: quote, backslash and C0 controls as JSONEncoder writes them,
    /// and the other scalars `TerminalText` counts as controls (DEL, C1, line and paragraph
    /// separators, bidi overrides) as `\\uXXXX`; everything else as is. Runs of bytes that need no
    /// escape are copied whole.
    private mutating func string(_ text: String) {
        buffer.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let length: Int
                switch byte {
                case 0x00..<0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    length = 1
                case 0x7F, 0xC2, 0xE2:
                    // Every other control TerminalText knows starts with one of these bytes.
                    let (scalar, width) = Self.scalar(in: bytes, at: index)
                    guard TerminalText.replacement(for: scalar) != nil else {
                        index += width
                        continue
                    }
                    length = width
                default:
                    index += 1
                    continue
                }
                if runStart < index { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                escape(bytes, at: index, length: length)
                index += length
                runStart = index
            }
            if runStart < bytes.count { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""): buffer.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): buffer.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: buffer.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: buffer.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: buffer.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x08: buffer.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: buffer.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        case 0x00..<0x20:
            // JSONEncoder's own escape, in lower case.
            buffer.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                       Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)]])
        default:
            // TerminalText.escapingControls(inJSON:)'s escape, in upper case.
            let value = Self.scalar(in: bytes, at: index).scalar.value
            buffer.append(contentsOf: [0x5C, UInt8(ascii: "u")])
            for shift in stride(from: 12, through: 0, by: -4) {
                buffer.append(Self.upperHexDigits[Int((value >> UInt32(shift)) & 0xF)])
            }
        }
    }

    private static let upperHexDigits = Array("0123456789ABCDEF".utf8)

    /// The scalar whose UTF-8 starts at `index` (the text is valid UTF-8) and its width in bytes.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = UInt32(bytes[index])
        switch lead {
        case 0x00..<0x80:
            return (Unicode.Scalar(UInt8(lead)), 1)
        case 0xC0..<0xE0:
            let value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            return (Unicode.Scalar(value)!, 2)
        default:
            let value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return (Unicode.Scalar(value)!, 3)
        }
    }
}
