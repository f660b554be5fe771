#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the recogniser lets `EntityTypeModel` type the names its rules only typed by default.
///
/// On unless the environment variable `READER_ENTITY_MODEL` is `off` (or `0`, `no`, `false`), so a
/// blind set can be scored with and without the model by the same binary.
public enum EntityModelSwitch: Sendable {
    case on
    case off

    /// The switch as the environment sets it, read once.
    public static let fromEnvironment: EntityModelSwitch = {
        guard let raw = getenv("READER_ENTITY_MODEL") else { return .on }
        return parse(String(cString: raw))
    }()

    /// `off` for "off", "0", "no" or "false" (any case, spaces around ignored); `on` otherwise.
    static func parse(_ value: String) -> EntityModelSwitch {
        let word = value.lowercased().filter { $0 != " " }
        return ["off", "0", "no", "false"].contains(word) ? .off : .on
    }
}
