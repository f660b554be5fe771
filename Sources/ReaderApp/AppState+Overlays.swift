import Annotations

// The overlay stack: pushing, popping and the typed views of each overlay, then the key, mouse,
// paste and drawing routed through it. Each overlay's own keys and drawing live in its own file
// (AppState+HelpOverlay, +EditorOverlay, +PromptOverlay, +SelectionOverlay, +PanelOverlay).
extension AppState {
    // MARK: - Pushing and popping

    /// Opens an overlay on top; one of the same kind already open is replaced where it is.
    mutating func open(_ overlay: Overlay) {
        if let index = overlays.firstIndex(where: { $0.kind == overlay.kind }) {
            overlays[index] = overlay
        } else {
            overlays.append(overlay)
        }
    }

    /// Closes the overlay of a kind, if one is open.
    mutating func close(_ kind: Overlay.Kind) {
        overlays.removeAll { $0.kind == kind }
    }

    /// The open panel; setting it opens, replaces or (with nil) closes the panel.
    public internal(set) var panel: Panel? {
        get { overlays.lazy.compactMap { if case .panel(let panel) = $0 { panel } else { nil } }.first }
        set { if let newValue { open(.panel(newValue)) } else { close(.panel) } }
    }

    /// The tag and note editor, while the user annotates.
    public internal(set) var editor: AnnotationEditor? {
        get { overlays.lazy.compactMap { if case .editor(let editor) = $0 { editor } else { nil } }.first }
        set { if let newValue { open(.editor(newValue)) } else { close(.editor) } }
    }

    /// The search prompt while the user types a query.
    public internal(set) var prompt: LineEditor? {
        get { overlays.lazy.compactMap { if case .prompt(let prompt) = $0 { prompt } else { nil } }.first }
        set { if let newValue { open(.prompt(newValue)) } else { close(.prompt) } }
    }

    /// The span being chosen for an annotation (visual selection), if any.
    public internal(set) var selection: Selection? {
        get { overlays.lazy.compactMap { if case .selection(let selection) = $0 { selection } else { nil } }.first }
        set { if let newValue { open(.selection(newValue)) } else { close(.selection) } }
    }

    /// Whether the key list is shown.
    public var showHelp: Bool { overlays.contains { $0.kind == .help } }

    /// The first help line shown, when the help is longer than the screen.
    public var helpTop: Int {
        overlays.lazy.compactMap { if case .help(let top) = $0 { top } else { nil } }.first ?? 0
    }

    // MARK: - Routing

    /// Gives a key to the top overlay; nil when there is none and the screen should have it.
    mutating func overlayHandles(_ key: Key, environment: AppEnvironment) -> AppCommand? {
        guard let top = overlays.last else { return nil }
        switch top {
        case .help: scrollHelp(key)
        case .editor: return handleEditorKey(key, environment: environment)
        case .prompt: return handlePromptKey(key, environment: environment)
        case .selection: return handleSelectionKey(key)
        case .panel: return handlePanelKey(key, environment: environment)
        }
        return AppCommand.none
    }

    /// Gives the mouse to the top overlay that takes it; false when the screen should have it.
    /// What the top overlay that takes the mouse asks of the world, or nil when none took it.
    mutating func overlayHandles(_ mouse: MouseEvent) -> AppCommand? {
        guard let top = overlays.last(where: \.takesMouse) else { return nil }
        switch top {
        case .help: close(.help)
        case .panel(let panel): return handlePanelMouse(mouse, in: panel)
        default: return nil
        }
        return AppCommand.none
    }

    /// Gives pasted text to the top overlay that takes text.
    mutating func overlayPaste(_ text: String) {
        switch overlays.last(where: \.takesText) {
        case .editor?: pasteIntoEditor(text)
        case .prompt?: prompt?.insert(text)
        default: break
        }
    }

    /// Keeps each overlay's scrolled rows in reach after a resize.
    mutating func fitOverlaysToSize() {
        overlays = overlays.map { overlay in
            switch overlay {
            case .panel(var panel):
                panel.top = min(panel.top, max(0, panel.rows.count - panelRows))
                panel.move(by: 0, visibleRows: panelRows)
                return .panel(panel)
            case .help(let top):
                return .help(top: min(top, max(0, HelpText.lines(keyMap: keyMap).count - max(1, size.height - 4))))
            default:
                return overlay
            }
        }
    }

    // MARK: - Drawing

    /// Draws the overlays from the bottom of the stack up; `overStatusLine` picks the ones drawn
    /// before the status line or after it.
    /// Each overlay gets its area of `screen`: a panel the rows between the header and the status
    /// line, the editor those above the status line, the prompt the status line, the help all of it.
    func renderOverlays(in screen: Rect, into frame: inout Frame, overStatusLine: Bool) {
        for overlay in overlays where overlay.drawsOverStatusLine == overStatusLine {
            switch overlay {
            case .panel(let panel): renderPanel(panel, in: screen.droppingTop(1).droppingBottom(1), into: &frame)
            case .editor(let editor): renderEditor(editor, in: screen.droppingBottom(1), into: &frame)
            case .prompt(let prompt): renderPrompt(prompt, in: screen.bottom(1), into: &frame)
            case .help: renderHelp(in: screen, into: &frame)
            case .selection: break
            }
        }
    }
}
