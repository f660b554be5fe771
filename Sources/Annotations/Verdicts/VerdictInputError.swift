/// Why a verdict given by the user was not accepted.
public enum VerdictInputError: Error, Equatable, Sendable, CustomStringConvertible {
    case evidenceNotURL(String)

    public var description: String {
        switch self {
        case .evidenceNotURL(let text): "the evidence \"\(text)\" is not a web address (http:// or https://)"
        }
    }
}
