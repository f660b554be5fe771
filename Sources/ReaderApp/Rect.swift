/// A rectangle of cells on the screen: the area a widget is given to draw into (as ratatui's
/// `render(area, buffer)`), so no widget works out absolute rows from the screen size itself.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The row after the last one.
    public var maxY: Int { y + height }

    /// The last row.
    public var lastRow: Int { maxY - 1 }

    /// The first `count` rows.
    public func top(_ count: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: min(height, count))
    }

    /// The last `count` rows.
    public func bottom(_ count: Int) -> Rect {
        let rows = min(height, count)
        return Rect(x: x, y: maxY - rows, width: width, height: rows)
    }

    /// The area less `count` rows at the top.
    public func droppingTop(_ count: Int) -> Rect {
        let rows = min(height, count)
        return Rect(x: x, y: y + rows, width: width, height: height - rows)
    }

    /// The area less `count` rows at the bottom.
    public func droppingBottom(_ count: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: height - min(height, count))
    }
}
