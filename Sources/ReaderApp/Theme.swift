/// The styles of the app's parts for a colour mode. In monochrome every part that must stand out
/// (search matches, the selection) does so by reverse, bold or underline.
public struct Theme: Equatable, Sendable {
    public var mode: ColorMode

    public init(mode: ColorMode) {
        self.mode = mode
    }

    public var header: Style {
        switch mode {
        case .none: Style(bold: true, reverse: true)
        case .eight: Style(foreground: .white, background: .blue, bold: true)
        case .full: Style(foreground: .indexed(231), background: .indexed(24), bold: true)
        }
    }

    public var status: Style {
        switch mode {
        case .none: Style(reverse: true)
        case .eight: Style(foreground: .black, background: .cyan)
        case .full: Style(foreground: .indexed(16), background: .indexed(252))
        }
    }

    public var selection: Style { Style(bold: true, reverse: true) }

    public var title: Style {
        mode == .none ? Style(bold: true) : Style(foreground: .yellow, bold: true)
    }

    public var credit: Style { Style(dim: true) }
    public var secondary: Style { Style(dim: true) }

    public var searchMatch: Style {
        mode == .none ? Style(reverse: true) : Style(foreground: .black, background: .yellow)
    }

    public var searchCurrent: Style {
        mode == .none ? Style(bold: true, underline: true, reverse: true)
            : Style(foreground: .black, background: .magenta, bold: true, underline: true)
    }

    public var problem: Style {
        mode == .none ? Style(bold: true) : Style(foreground: .red, bold: true)
    }
}
