/// What a key does. Keys map to actions through a `KeyMap`, one table per mode, which the config
/// file can change; the names are the ones the config file uses.
public enum Action: String, CaseIterable, Sendable, Codable {
    // The article view.
    case back, lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case nextArticle, previousArticle
    case search, nextMatch, previousMatch
    case nextHighlight, previousHighlight
    case entityPanel, claimPanel, layersPanel
    case toggleEntities, toggleClaims
    case annotate, visualSelect, annotationPanel, undo, export
    // The article and the list.
    case ledgerPanel
    // The article list.
    case searchCorpus, filterList, clearFilter
    case listDown, listUp, listPageDown, listPageUp, listFirst, listLast, cycleListSort, open, quit
    // Every screen.
    case help
    // Panels.
    case panelDown, panelUp, panelPageDown, panelPageUp, panelFirst, panelLast, choose, close
    case editAnnotation, deleteAnnotation, mentionsAcrossCorpus, nextVerdict, previousVerdict, verdictEvidence, verdictNote
    // Choosing a span.
    case selectWordForward, selectWordBack, selectLetterForward, selectLetterBack, selectLineDown, selectLineUp
    case selectOtherEnd, cancelSelection
    // The key list.
    case helpDown, helpUp, helpPageDown, helpPageUp
    // The search prompt and the note editor.
    case runSearch, cancelPrompt, saveAnnotation, cancelEditor, completeTagOrSwitchField, switchField

    /// The modes whose tables bind this action: rebinding it moves its key in each of them.
    public var modes: [KeyMode] {
        switch self {
        case .listDown, .listUp, .listPageDown, .listPageUp, .listFirst, .listLast, .cycleListSort, .open, .quit, .searchCorpus,
             .filterList, .clearFilter: [.list]
        case .help, .ledgerPanel: [.list, .article]
        case .panelDown, .panelUp, .panelPageDown, .panelPageUp, .panelFirst, .panelLast, .close: [.panel]
        case .choose: [.panel, .layersPanel]
        case .toggleEntities, .toggleClaims: [.article, .layersPanel]
        case .undo: [.article, .annotationsPanel, .ledgerPanel]
        case .nextVerdict, .previousVerdict, .verdictEvidence, .verdictNote: [.ledgerPanel]
        case .editAnnotation, .deleteAnnotation: [.annotationsPanel]
        case .mentionsAcrossCorpus: [.entitiesPanel]
        case .selectWordForward, .selectWordBack, .selectLetterForward, .selectLetterBack, .selectLineDown,
             .selectLineUp, .selectOtherEnd, .cancelSelection: [.selection]
        case .annotate: [.article, .selection]
        case .helpDown, .helpUp, .helpPageDown, .helpPageUp: [.help]
        case .runSearch, .cancelPrompt: [.prompt]
        case .saveAnnotation, .cancelEditor, .completeTagOrSwitchField, .switchField: [.editor]
        default: [.article]
        }
    }
}
