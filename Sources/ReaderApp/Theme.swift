import Annotations

/// The styles of the app's parts for a colour mode. In monochrome every part that must stand out
/// (search matches, the selection) does so by reverse, bold or underline.
public struct Theme: Equatable, Sendable {
    public var mode: ColorMode
    /// Colours the user chose in the config file, by highlight kind.
    public var customColors: [Highlight.Kind: Color]

    public init(mode: ColorMode, customColors: [Highlight.Kind: Color] = [:]) {
        self.mode = mode
        self.customColors = customColors
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

    // MARK: - Highlights

    /// An entity or claim in the text. Without colour, entities are bold (ORG also underlined,
    /// NORP dim) and claims underlined, so the two stay apart; the legend says which is which.
    public func highlight(_ kind: Highlight.Kind) -> Style {
        if mode == .none {
            switch kind {
            case .entity(.person), .entity(.place): return Style(bold: true)
            case .entity(.org): return Style(bold: true, underline: true)
            case .entity(.norp): return Style(dim: true)
            case .claim: return Style(underline: true)
            }
        }
        var style: Style
        switch kind {
        case .entity(let type):
            style = Style(foreground: entityColor(type), bold: true)
        case .claim(let claimKind):
            style = Style(foreground: claimColor(claimKind), underline: true)
        }
        if let custom = customColors[kind] { style.foreground = custom }
        return style
    }

    func entityColor(_ type: EntityType) -> Color {
        switch (type, mode) {
        case (.person, .full): .indexed(214)
        case (.person, _): .yellow
        case (.org, .full): .indexed(45)
        case (.org, _): .cyan
        case (.place, .full): .indexed(77)
        case (.place, _): .green
        case (.norp, .full): .indexed(177)
        case (.norp, _): .magenta
        }
    }

    /// Quantities red, time blue, order white with eight colours; a hue per kind with 256.
    func claimColor(_ kind: ClaimKind) -> Color {
        if mode == .full {
            switch kind {
            case .count: return .indexed(203)
            case .percent: return .indexed(209)
            case .fraction: return .indexed(217)
            case .money: return .indexed(220)
            case .measure: return .indexed(180)
            case .date: return .indexed(111)
            case .time: return .indexed(75)
            case .duration: return .indexed(147)
            case .ordinal: return .indexed(250)
            }
        }
        switch kind {
        case .count, .percent, .fraction, .money, .measure: return .red
        case .date, .time, .duration: return .blue
        case .ordinal: return .white
        }
    }

    /// The highlight that Tab moved to: reverse video over its own style, in every mode.
    public var focus: Style { Style(bold: true, reverse: true) }

    /// A span the user annotated: underlined, with a tinted background where there is colour.
    public var annotated: Style {
        switch mode {
        case .none: Style(underline: true)
        case .eight: Style(background: .blue, underline: true)
        case .full: Style(background: .indexed(237), underline: true)
        }
    }

    /// The visual selection while choosing a span to annotate.
    public var selectionSpan: Style {
        mode == .none ? Style(reverse: true) : Style(foreground: .black, background: .cyan)
    }
}
