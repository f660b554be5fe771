import Foundation

/// Turns sidecars into bytes and back, in one canonical form: pretty-printed, sorted keys, annotations
/// in stable order, a final line feed. Pure: the store does the file system.
///
/// Because the form is canonical, decoding a file this build wrote and encoding it again gives the
/// same bytes, so saving an unchanged sidecar shows no diff in git.
///
/// Reading is strict about what would make a rewrite lossy or ambiguous (a repeated key anywhere, a
/// file too large to be ours) and forgiving about the rest: every number is range-checked before it
/// is used, one bad annotation is skipped and reported while the others load, and fields this build
/// does not know are kept and written back.
public enum SidecarCodec {
    /// Sidecars larger than this are refused rather than read (a real one is a few KB per article).
    public static let maximumSize = 16 * 1024 * 1024
    /// The largest offset a position may hold: far beyond any article this reader loads, and small
    /// enough that no sum of two offsets or lengths can overflow.
    public static let maximumOffset = Int(Int32.max)

    /// The keys this build reads at each level of an annotation; any other key is kept as unknown.
    static let annotationKeys: Set<String> = ["id", "created", "modified", "target", "tags", "note", "claim"]
    static let nestedKeys: [String: Set<String>] = [
        "target": ["quote", "position"],
        "target.quote": ["exact", "prefix", "suffix"],
        "target.position": ["start", "end"],
        "claim": ["kind", "value", "normalized", "unit", "qualifier"],
    ]
    static let sidecarKeys: Set<String> = ["schema", "version", "article", "annotations"]

    // MARK: - Encoding

    /// The canonical bytes of a sidecar.
    public static func encode(_ sidecar: Sidecar) throws -> Data {
        var members = sidecar.unknownFields
        members["schema"] = .string(sidecar.schema)
        members["version"] = .number(String(sidecar.version))
        members["article"] = .string(sidecar.article)
        let annotations = Sidecar.ordered(sidecar.annotations).map(value(of:))
        members["annotations"] = .array(annotations + sidecar.skipped.map(\.raw))
        var bytes = JSONWriter.write(.object(members))
        bytes.append(0x0A)
        return Data(bytes)
    }

    /// An annotation as JSON: the known fields, with the unknown ones it was read with merged back.
    static func value(of annotation: Annotation) -> JSONValue {
        let target = annotation.target
        var members: [String: JSONValue] = [
            "id": .string(annotation.id.uuidString),
            "created": .string(annotation.created),
            "modified": .string(annotation.modified),
            "tags": .array(annotation.tags.map(JSONValue.string)),
            "note": .string(annotation.note),
            "target": .object([
                "quote": .object([
                    "exact": .string(target.quote.exact),
                    "prefix": .string(target.quote.prefix),
                    "suffix": .string(target.quote.suffix),
                ]),
                "position": .object([
                    "start": .number(String(target.position.start)),
                    "end": .number(String(target.position.end)),
                ]),
            ]),
        ]
        if let claim = annotation.claim {
            var claimMembers: [String: JSONValue] = ["kind": .string(claim.kind.rawValue)]
            if let value = claim.value { claimMembers["value"] = .number(numberText(value)) }
            if let normalized = claim.normalized { claimMembers["normalized"] = .string(normalized) }
            if let unit = claim.unit { claimMembers["unit"] = .string(unit) }
            if let qualifier = claim.qualifier { claimMembers["qualifier"] = .string(qualifier) }
            members["claim"] = .object(claimMembers)
        }
        return .object(merge(unknown: annotation.unknownFields, into: members, level: nil))
    }

    /// Puts unknown fields back beside the known ones. An unknown part under a known key that is
    /// now absent (a claim removed) goes with it rather than leave a half object behind.
    static func merge(unknown: [String: JSONValue], into known: [String: JSONValue], level: String?) -> [String: JSONValue] {
        var result = known
        let knownHere = level.map { nestedKeys[$0] ?? [] } ?? annotationKeys
        for (key, value) in unknown {
            if knownHere.contains(key) {
                guard case .object(let unknownInside)? = Optional(value),
                      case .object(let knownInside)? = result[key] else { continue }
                let nextLevel = level.map { $0 + "." + key } ?? key
                result[key] = .object(merge(unknown: unknownInside, into: knownInside, level: nextLevel))
            } else {
                result[key] = value
            }
        }
        return result
    }

    /// A double as `JSONEncoder` writes it: its shortest round-tripping text, without a trailing ".0".
    static func numberText(_ value: Double) -> String {
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    // MARK: - Decoding

    /// Reads a sidecar, classifying what is wrong with a file that is not one of ours.
    /// - Parameter path: the file's path, named in any problem.
    public static func decode(_ data: Data, path: String) throws(SidecarProblem) -> Sidecar {
        guard data.count <= maximumSize else {
            throw SidecarProblem(path: path, kind: .tooLarge(data.count), detail: "")
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse([UInt8](data))
        } catch {
            if error.isDuplicateKey {
                throw SidecarProblem(path: path, kind: .invalid, detail: error.description)
            }
            throw SidecarProblem(path: path, kind: .notJSON, detail: data.isEmpty ? "the file is empty" : error.description)
        }
        guard case .object(let members) = document else {
            throw SidecarProblem(path: path, kind: .foreign, detail: "the top level is not a JSON object")
        }
        guard case .string(let schema)? = members["schema"], schema == Sidecar.schemaName else {
            throw SidecarProblem(path: path, kind: .foreign, detail: "")
        }
        guard case .number(let versionText)? = members["version"] else {
            throw SidecarProblem(path: path, kind: .invalid, detail: "\"version\" is missing or not a number")
        }
        guard let version = Int(versionText) else {
            throw SidecarProblem(path: path, kind: .invalid, detail: "\"version\" \(versionText) is not a whole number in range")
        }
        if version > Sidecar.currentVersion {
            throw SidecarProblem(path: path, kind: .newerVersion(version), detail: "")
        }
        if version < 1 {
            throw SidecarProblem(path: path, kind: .invalid, detail: "version \(version) does not exist")
        }
        guard case .string(let article)? = members["article"] else {
            throw SidecarProblem(path: path, kind: .invalid, detail: "\"article\" is missing or not a string")
        }
        guard case .array(let entries)? = members["annotations"] else {
            throw SidecarProblem(path: path, kind: .invalid, detail: "\"annotations\" is missing or not a list")
        }
        var sidecar = Sidecar(article: article)
        sidecar.version = version
        sidecar.unknownFields = members.filter { !sidecarKeys.contains($0.key) }
        var annotations: [Annotation] = []
        var firstIndexOfID: [UUID: Int] = [:]
        for (index, entry) in entries.enumerated() {
            do throws(FieldFault) {
                let annotation = try self.annotation(from: entry)
                if let earlier = firstIndexOfID[annotation.id] {
                    throw FieldFault("its id repeats that of annotation \(earlier + 1)")
                }
                firstIndexOfID[annotation.id] = index
                annotations.append(annotation)
            } catch {
                sidecar.skipped.append(SkippedAnnotation(index: index, reason: error.message, raw: entry))
            }
        }
        sidecar.annotations = Sidecar.ordered(annotations)
        return sidecar
    }

    /// What is wrong with one field of one annotation.
    struct FieldFault: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// One annotation from its JSON, every field checked; unknown fields kept.
    static func annotation(from value: JSONValue) throws(FieldFault) -> Annotation {
        guard case .object(let members) = value else { throw FieldFault("it is \(value.kindName), not an object") }
        let idText = try string(members, "id", in: "")
        guard let id = UUID(uuidString: idText) else { throw FieldFault("\"id\" is not a UUID") }
        let targetMembers = try object(members, "target", in: "")
        let quoteMembers = try object(targetMembers, "quote", in: "target.")
        let positionMembers = try object(targetMembers, "position", in: "target.")
        let start = try offset(positionMembers, "start")
        let end = try offset(positionMembers, "end")
        guard start <= end else { throw FieldFault("\"target.position\" starts at \(start), after its end \(end)") }
        guard case .array(let tagValues)? = members["tags"] else { throw FieldFault("\"tags\" is missing or not a list") }
        var tags: [String] = []
        for tagValue in tagValues {
            guard case .string(let tag) = tagValue else { throw FieldFault("\"tags\" holds \(tagValue.kindName), not a string") }
            tags.append(tag)
        }
        var annotation = Annotation(
            id: id, created: try string(members, "created", in: ""), modified: try string(members, "modified", in: ""),
            target: AnnotationTarget(
                quote: TextQuoteSelector(exact: try string(quoteMembers, "exact", in: "target.quote."),
                                         prefix: try string(quoteMembers, "prefix", in: "target.quote."),
                                         suffix: try string(quoteMembers, "suffix", in: "target.quote.")),
                position: TextPositionSelector(start: start, end: end)),
            tags: tags, note: try string(members, "note", in: ""), claim: try claim(members["claim"]))
        annotation.unknownFields = unknownParts(of: members, level: nil) ?? [:]
        return annotation
    }

    /// The unknown keys of an object, recursing into known keys that hold objects; nil when none.
    static func unknownParts(of members: [String: JSONValue], level: String?) -> [String: JSONValue]? {
        let knownHere = level.map { nestedKeys[$0] ?? [] } ?? annotationKeys
        var result: [String: JSONValue] = [:]
        for (key, value) in members {
            if !knownHere.contains(key) {
                result[key] = value
            } else if case .object(let inside) = value {
                let nextLevel = level.map { $0 + "." + key } ?? key
                if let unknownInside = unknownParts(of: inside, level: nextLevel) { result[key] = .object(unknownInside) }
            }
        }
        return result.isEmpty ? nil : result
    }

    static func claim(_ value: JSONValue?) throws(FieldFault) -> ClaimSnapshot? {
        guard let value, value != .null else { return nil }
        guard case .object(let members) = value else { throw FieldFault("\"claim\" is \(value.kindName), not an object") }
        let kindText = try string(members, "kind", in: "claim.")
        guard let kind = ClaimKind(rawValue: kindText) else { throw FieldFault("\"claim.kind\" \(MessageText.quoted(kindText)) is not a claim kind") }
        var number: Double?
        switch members["value"] {
        case nil, .null?: number = nil
        case .number(let text)?:
            guard let parsed = Double(text), parsed.isFinite else { throw FieldFault("\"claim.value\" \(text) is out of range") }
            number = parsed
        case let other?: throw FieldFault("\"claim.value\" is \(other.kindName), not a number")
        }
        return ClaimSnapshot(kind: kind, value: number, normalized: try optionalString(members, "normalized", in: "claim."),
                             unit: try optionalString(members, "unit", in: "claim."),
                             qualifier: try optionalString(members, "qualifier", in: "claim."))
    }

    static func string(_ members: [String: JSONValue], _ key: String, in path: String) throws(FieldFault) -> String {
        guard case .string(let text)? = members[key] else {
            throw FieldFault("\"\(path)\(key)\" is \(members[key].map(\.kindName) ?? "missing")\(members[key] == nil ? "" : ", not a string")")
        }
        return text
    }

    static func optionalString(_ members: [String: JSONValue], _ key: String, in path: String) throws(FieldFault) -> String? {
        switch members[key] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case let other?: throw FieldFault("\"\(path)\(key)\" is \(other.kindName), not a string")
        }
    }

    static func object(_ members: [String: JSONValue], _ key: String, in path: String) throws(FieldFault) -> [String: JSONValue] {
        guard case .object(let inside)? = members[key] else {
            throw FieldFault("\"\(path)\(key)\" is \(members[key].map(\.kindName) ?? "missing")\(members[key] == nil ? "" : ", not an object")")
        }
        return inside
    }

    /// A position offset: a whole number from 0 to `maximumOffset`, checked before any arithmetic.
    static func offset(_ members: [String: JSONValue], _ key: String) throws(FieldFault) -> Int {
        guard case .number(let text)? = members[key] else {
            throw FieldFault("\"target.position.\(key)\" is \(members[key].map(\.kindName) ?? "missing")\(members[key] == nil ? "" : ", not a number")")
        }
        guard let number = Int(text), number >= 0, number <= maximumOffset else {
            throw FieldFault("\"target.position.\(key)\" \(text) is not a whole number from 0 to \(maximumOffset)")
        }
        return number
    }

    /// A one-line account of a decoding error: which field, and what was wrong.
    static func describe(_ error: DecodingError) -> String {
        func pathText(_ path: [CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\" at \(pathText(context.codingPath).isEmpty ? "top level" : pathText(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(pathText(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
