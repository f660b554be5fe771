/// What the terminal can show: no colour (NO_COLOR, or a monochrome terminal), 8 or 256 colours.
public enum ColorMode: Equatable, Sendable {
    case none, eight, full
}
