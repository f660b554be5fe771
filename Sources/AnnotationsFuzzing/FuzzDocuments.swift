/// Builds the text of JSON documents from fuzz input: mostly well-formed sidecars and Web
/// Annotation collections, with extreme numbers, odd strings, repeated and unknown keys, and
/// sometimes a wrong type where a field is expected.
public enum FuzzDocuments {
    /// One member `"key" : value`, sometimes twice (a duplicate key), sometimes with a wrong type.
    static func member(_ key: String, _ value: String, _ input: inout FuzzInput) -> [String] {
        switch input.choose(24) {
        case 0: return []
        case 1: return ["\"\(key)\":\(value)", "\"\(key)\":\(value)"]
        case 2: return ["\"\(key)\":\(anyValue(&input, depth: 2))"]
        case 3: return ["\"\(key)\":\(value)", "\"x-\(key)\":\(anyValue(&input, depth: 2))"]
        default: return ["\"\(key)\":\(value)"]
        }
    }

    static func object(_ members: [[String]], _ input: inout FuzzInput) -> String {
        var flat = members.flatMap { $0 }
        if input.choose(8) == 0 { flat.append("\"future\":\(anyValue(&input, depth: 3))") }
        if flat.count > 1, input.choose(4) == 0 { flat.swapAt(0, flat.count - 1) }
        return "{" + flat.joined(separator: ",") + "}"
    }

    /// Any JSON value, nested up to `depth`.
    public static func anyValue(_ input: inout FuzzInput, depth: Int) -> String {
        switch input.choose(depth > 0 ? 7 : 5) {
        case 0: return input.pick(FuzzValues.numberTexts)
        case 1: return FuzzValues.literal(FuzzValues.string(&input), &input)
        case 2: return input.pick(["true", "false", "null"])
        case 3: return "\(input.integer())"
        case 4: return "[]"
        case 5: return "[" + (0..<input.choose(4)).map { _ in anyValue(&input, depth: depth - 1) }.joined(separator: ",") + "]"
        default:
            return "{" + (0..<input.choose(4)).map { _ in
                FuzzValues.literal(input.pick(["a", "color", "start", "id", "schema", ""]), &input) + ":" + anyValue(&input, depth: depth - 1)
            }.joined(separator: ",") + "}"
        }
    }

    static func number(_ input: inout FuzzInput) -> String {
        switch input.choose(3) {
        case 0: return input.pick(FuzzValues.numberTexts)
        case 1: return "\(input.integer())"
        default: return "\(input.choose(200))"
        }
    }

    static func uuid(_ input: inout FuzzInput) -> String {
        switch input.choose(16) {
        case 0: return "\"not-a-uuid\""
        case 1: return "\"00000000-0000-0000-0000-000000000001\""
        default:
            let hex = (0..<16).map { _ in String(input.byte() & 0x0F, radix: 16) }.joined()
            return "\"\(hex.prefix(8))-0000-4000-8000-\(hex.suffix(8))0000\""
        }
    }

    /// One annotation object as in a sidecar.
    static func annotation(_ input: inout FuzzInput) -> String {
        let quote = object([
            member("exact", FuzzValues.literal(FuzzValues.string(&input), &input), &input),
            member("prefix", FuzzValues.literal(FuzzValues.string(&input), &input), &input),
            member("suffix", FuzzValues.literal(FuzzValues.string(&input), &input), &input),
        ], &input)
        let position = object([member("start", number(&input), &input), member("end", number(&input), &input)], &input)
        var members = [
            member("id", uuid(&input), &input),
            member("created", "\"2016-12-17T10:04:05.250Z\"", &input),
            member("modified", FuzzValues.literal(FuzzValues.string(&input), &input), &input),
            member("target", object([member("quote", quote, &input), member("position", position, &input)], &input), &input),
            member("tags", "[" + (0..<input.choose(3)).map { _ in FuzzValues.literal(FuzzValues.string(&input), &input) }.joined(separator: ",") + "]", &input),
            member("note", FuzzValues.literal(FuzzValues.string(&input), &input), &input),
        ]
        if input.flag() {
            let claim = object([
                member("kind", "\"\(input.pick(["count", "money", "percent", "date", "nonsense"]))\"", &input),
                member("value", number(&input), &input),
                member("unit", FuzzValues.literal(FuzzValues.string(&input), &input), &input),
            ], &input)
            members.append(member("claim", claim, &input))
        }
        if input.choose(4) == 0 { members.append(["\"color\":\(anyValue(&input, depth: 2))"]) }
        return object(members, &input)
    }

    /// A sidecar document; or, when the input starts with a JSON opening (`{`, `[`, white space)
    /// or one time in eight, the raw bytes, so JSON files serve as seeds and the parser sees noise.
    public static func sidecar(_ input: inout FuzzInput) -> [UInt8] {
        if input.startsWithJSON || input.choose(8) == 0 { return input.remainder() }
        let annotations = (0..<input.choose(5)).map { _ in annotation(&input) }
        let text = object([
            member("schema", input.choose(8) == 0 ? "\"other.tool\"" : "\"reader.annotations\"", &input),
            member("version", input.choose(4) == 0 ? number(&input) : "1", &input),
            member("article", FuzzValues.literal(FuzzValues.string(&input), &input), &input),
            member("annotations", "[" + annotations.joined(separator: ",") + "]", &input),
        ], &input)
        return Array(text.utf8)
    }

    /// A W3C Web Annotation collection, as `reader import` reads.
    public static func webAnnotations(_ input: inout FuzzInput) -> [UInt8] {
        if input.startsWithJSON || input.choose(8) == 0 { return input.remainder() }
        let items = (0..<input.choose(4)).map { _ -> String in
            let selectors = [
                object([member("type", "\"TextQuoteSelector\"", &input),
                        member("exact", FuzzValues.literal(FuzzValues.string(&input), &input), &input),
                        member("prefix", FuzzValues.literal(FuzzValues.string(&input), &input), &input)], &input),
                object([member("type", "\"TextPositionSelector\"", &input),
                        member("start", number(&input), &input), member("end", number(&input), &input)], &input),
            ]
            let target = object([member("source", FuzzValues.literal(FuzzValues.string(&input), &input), &input),
                                 member("selector", "[" + selectors.joined(separator: ",") + "]", &input)], &input)
            let body = object([member("purpose", "\"\(input.pick(["commenting", "tagging", "other"]))\"", &input),
                               member("value", FuzzValues.literal(FuzzValues.string(&input), &input), &input)], &input)
            return object([member("id", "\"urn:uuid:\"", &input).map { _ in "\"id\":\"urn:uuid:" + uuid(&input).dropFirst() },
                           member("type", "\"Annotation\"", &input),
                           member("target", target, &input),
                           member("body", "[" + body + "]", &input),
                           member("reader:claim", "{\"kind\":\"count\",\"value\":\(number(&input))}", &input)], &input)
        }
        let text = object([
            member("@context", "\"http://www.w3.org/ns/anno.jsonld\"", &input),
            member("type", "\"AnnotationCollection\"", &input),
            member("label", FuzzValues.literal(FuzzValues.string(&input), &input), &input),
            member("total", number(&input), &input),
            member("items", "[" + items.joined(separator: ",") + "]", &input),
        ], &input)
        return Array(text.utf8)
    }
}
