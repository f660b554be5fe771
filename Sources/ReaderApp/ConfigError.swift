/// Why the config file could not be used; the message names what to fix.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
