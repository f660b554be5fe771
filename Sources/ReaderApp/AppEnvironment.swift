import Foundation

/// What `update` needs from the world and must not fetch itself: the time and a fresh id for a new
/// annotation. The loop passes one with every event, so a transition depends only on its inputs and
/// every one can be replayed in a test.
public struct AppEnvironment: Equatable, Sendable {
    /// The time of the event: a new or revised annotation's `created`/`modified`.
    public var now: Date
    /// The id a new annotation takes, if this event creates one.
    public var newID: UUID

    public init(now: Date, newID: UUID) {
        self.now = now
        self.newID = newID
    }
}
