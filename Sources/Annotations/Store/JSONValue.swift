/// A JSON document as read, for the sidecar codec: numbers keep their text so that a value this
/// build does not understand is written back exactly as it came, and objects are maps because a
/// sidecar with a repeated key is refused before it gets here.
public enum JSONValue: Hashable, Sendable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    /// The number's text as written in the file (already checked to be valid JSON number syntax).
    case number(String)
    case bool(Bool)
    case null

    /// The members of an object, nil for any other value.
    public var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// A short name of the value's kind, for messages ("a string", "an array").
    public var kindName: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "true or false"
        case .null: return "null"
        }
    }
}
