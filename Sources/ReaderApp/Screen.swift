/// Which screen the app shows.
public enum Screen: Equatable, Sendable {
    case list
    case article
}
