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
        if style == .array { buffer.append(contentsOf: "[\n".utf8) }
    }

    public mutating func write(file: String, analysis: Analysis) {
        switch style {
        case .array:
            if count > 0 { buffer.append(contentsOf: ",\n".utf8) }
            writePretty(file: file, analysis: analysis)
        case .lines:
            writeCompact(file: file, analysis: analysis)
            buffer.append(UInt8(ascii: "\n"))
        }
        count += 1
        output(&buffer, false)
    }

    /// Ends the array (with the line feed `print` adds after JSONEncoder's output).
    public mutating func finish() {
        if style == .array {
            buffer.append(contentsOf: "\n]\n".utf8)
        }
        output(&buffer, true)
    }

    // MARK: - Pretty, as JSONEncoder's .prettyPrinted with .sortedKeys

    private mutating func writePretty(file: String, analysis: Analysis) {
        buffer.append(contentsOf: "  {\n    \"claims\" : ".utf8)
        prettyArray(analysis.claims) { writer, claim in writer.prettyClaim(claim) }
        buffer.append(contentsOf: ",\n    \"entities\" : ".utf8)
        prettyArray(analysis.entities) { writer, entity in writer.prettyEntity(entity) }
        buffer.append(contentsOf: ",\n    \"file\" : ".utf8)
        string(file)
        buffer.append(contentsOf: "\n  }".utf8)
    }

    private mutating func prettyArray<Element>(_ elements: [Element], _ body: (inout Self, Element) -> Void) {
        if elements.isEmpty {
            buffer.append(contentsOf: "[\n\n    ]".utf8)
            return
        }
        buffer.append(contentsOf: "[\n".utf8)
        for (index, element) in elements.enumerated() {
            if index > 0 { buffer.append(contentsOf: ",\n".utf8) }
            buffer.append(contentsOf: "      {\n".utf8)
            body(&self, element)
            buffer.append(contentsOf: "\n      }".utf8)
        }
        buffer.append(contentsOf: "\n    ]".utf8)
    }

    private mutating func prettyKey(_ key: String, first: Bool = false) {
        buffer.append(contentsOf: (first ? "        \"" : ",\n        \"").utf8)
        buffer.append(contentsOf: key.utf8)
        buffer.append(contentsOf: "\" : ".utf8)
    }

    private mutating func prettyEntity(_ entity: Entity) {
        prettyKey("canonical", first: true)
        string(entity.canonical)
        prettyKey("end")
        integer(entity.end)
        prettyKey("start")
        integer(entity.start)
        prettyKey("text")
        string(entity.text)
        prettyKey("type")
        string(entity.type.rawValue)
    }

    private mutating func prettyClaim(_ claim: Claim) {
        var first = true
        func key(_ writer: inout Self, _ name: String) {
            writer.prettyKey(name, first: first)
            first = false
        }
        if let bound = claim.bound {
            key(&self, "bound")
            string(bound.rawValue)
        }
        key(&self, "end")
        integer(claim.end)
        key(&self, "kind")
        string(claim.kind.rawValue)
        if let qualifier = claim.qualifier {
            key(&self, "qualifier")
            string(qualifier)
        }
        key(&self, "start")
        integer(claim.start)
        key(&self, "text")
        string(claim.text)
        if let unit = claim.unit {
            key(&self, "unit")
            string(unit)
        }
        key(&self, "value")
        value(of: claim)
    }

    // MARK: - Compact, as JSONEncoder's .sortedKeys without pretty printing

    private mutating func writeCompact(file: String, analysis: Analysis) {
        buffer.append(contentsOf: "{\"claims\":[".utf8)
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
        buffer.append(contentsOf: "],\"entities\":[".utf8)
        for (index, entity) in analysis.entities.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            compactObject([
                ("canonical", { $0.string(entity.canonical) }), ("end", { $0.integer(entity.end) }),
                ("start", { $0.integer(entity.start) }), ("text", { $0.string(entity.text) }),
                ("type", { $0.string(entity.type.rawValue) }),
            ])
        }
        buffer.append(contentsOf: "],\"file\":".utf8)
        string(file)
        buffer.append(UInt8(ascii: "}"))
    }

    private mutating func compactObject(_ fields: [(String, (inout Self) -> Void)]) {
        buffer.append(UInt8(ascii: "{"))
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            buffer.append(UInt8(ascii: "\""))
            buffer.append(contentsOf: field.0.utf8)
            buffer.append(contentsOf: "\":".utf8)
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
                buffer.append(contentsOf: String(Int64(value)).utf8)
            } else {
                // JSONEncoder prints a Double as its description less a trailing ".0".
                var text = value.description
                if text.hasSuffix(".0") { text.removeLast(2) }
                buffer.append(contentsOf: text.utf8)
            }
        } else {
            buffer.append(contentsOf: "null".utf8)
        }
    }

    private mutating func integer(_ value: Int) {
        buffer.append(contentsOf: String(value).utf8)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Escaped as JSONEncoder does: quote, backslash and C0 controls; everything else as is. Runs
    /// of bytes that need no escape are copied whole.
    private mutating func string(_ text: String) {
        buffer.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if runStart < index { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): buffer.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): buffer.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: buffer.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: buffer.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: buffer.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x08: buffer.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: buffer.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                default:
                    buffer.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                               Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)]])
                }
            }
            if runStart < bytes.count { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
        buffer.append(UInt8(ascii: "\""))
    }
}
