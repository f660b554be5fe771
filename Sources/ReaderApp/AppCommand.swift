/// What the app asks of the world outside after an event.
public enum AppCommand: Equatable, Sendable {
    case none
    case quit
    /// Write the config file (the user toggled a layer).
    case saveConfig(ReaderConfig)
}
