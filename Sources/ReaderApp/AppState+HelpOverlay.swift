/// The key list over the screen: j/k and the page keys scroll it, any other key closes it.
extension AppState {
    /// j/k and the page keys scroll a help longer than the screen; any other key closes it.
    mutating func scrollHelp(_ key: Key) {
        let visible = max(1, size.height - 4)
        let maximum = max(0, HelpText.lines(keyMap: keyMap).count - visible)
        switch keyMap.action(for: key, in: .help) {
        case .helpDown?: open(.help(top: min(maximum, helpTop + 1)))
        case .helpUp?: open(.help(top: max(0, helpTop - 1)))
        case .helpPageDown?: open(.help(top: min(maximum, helpTop + visible)))
        case .helpPageUp?: open(.help(top: max(0, helpTop - visible)))
        default: close(.help)
        }
    }

    /// A box centred in `area`.
    func renderHelp(in area: Rect, into frame: inout Frame) {
        let lines = HelpText.lines(keyMap: keyMap)
        let width = min(area.width - 2, (lines.map { CellWidth.of($0) }.max() ?? 0) + 4)
        let height = min(area.height - 2, lines.count + 2)
        let left = area.x + max(0, (area.width - width) / 2)
        let top = area.y + max(0, (area.height - height) / 2)
        for row in 0..<height {
            frame.put(String(repeating: " ", count: width), x: left, y: top + row, style: theme.header)
        }
        let scrolls = lines.count > height - 2
        frame.put(scrolls ? " Keys (j/k scroll, any other key closes) " : " Keys (any key closes) ", x: left + 2, y: top,
                  style: theme.header, limit: left + width)
        for (index, line) in lines.dropFirst(helpTop).prefix(height - 2).enumerated() {
            frame.put(line, x: left + 2, y: top + 1 + index, style: theme.header, limit: left + width)
        }
    }
}
