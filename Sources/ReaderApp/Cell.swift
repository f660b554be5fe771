/// One terminal cell: a base character with any combining marks, and its style.
///
/// A wide character takes its cell and the next; the next holds a `continuation` cell that the
/// backend skips.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var width: Int
    public var style: Style

    public init(text: String, width: Int = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell(text: " ")
    public static let continuation = Cell(text: "", width: 0)
}
