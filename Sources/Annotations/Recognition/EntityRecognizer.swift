/// Finds people, organisations, places and nationalities (in progress: finds nothing yet).
public struct EntityRecognizer: Sendable {
    public init() {}

    public func entities(in text: String) -> [Entity] { [] }
}
