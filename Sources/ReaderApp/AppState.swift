import Annotations

/// Everything the reader shows, as plain data: `update` changes it on an event, `render` draws it.
/// Neither touches the terminal, so every screen can be tested as text.
public struct AppState: Sendable {
    public var articles: [Article]
    public var problems: [LoadProblem]
    /// What the recogniser found in each article, nil until it has been analysed.
    public var analyses: [Analysis?]
    public var size: Size
    public var theme: Theme
    public var config: ReaderConfig
    public var keyMap: KeyMap
    public var screen: Screen = .list
    /// The highlighted row of the article list.
    public var selected = 0
    /// The first article of the list shown.
    public var listTop = 0
    public var view: ArticleView?
    /// A panel over the article (entities, claims, layers…), if one is open.
    public var panel: Panel?
    /// The search prompt while the user types a query.
    public var prompt: LineEditor?
    public var showHelp = false
    /// The first help line shown, when the help is longer than the screen.
    public var helpTop = 0
    /// A one-line message in the status line, cleared by the next key.
    public var message: String?
    public var lastQuery: String?
    /// Each article's annotations, anchored in its current text.
    public var annotations: [[AnchoredAnnotation]]
    /// Articles whose sidecar cannot be used, with the message: annotating them is refused.
    public var sidecarProblems: [Int: String] = [:]
    /// Tags used anywhere in the corpus, for completion.
    public var usedTags: [String] = []
    /// The tag and note editor, while the user annotates.
    public var editor: AnnotationEditor?
    /// Unsaved editor text from an earlier run, by article: the article's editor reopens with it.
    public var drafts: [Int: NoteDraft] = [:]
    /// The editor whose text is being written, until the store answers: a failed write reopens it.
    public var editorBeingSaved: AnnotationEditor?
    /// Inverse changes, newest last: `u` applies the last one.
    public var undoStack: [UndoStep] = []

    public init(corpus: Corpus, size: Size, colorMode: ColorMode = .eight, config: ReaderConfig = ReaderConfig(),
                configProblem: String? = nil) {
        articles = corpus.articles
        problems = corpus.problems
        analyses = Array(repeating: nil, count: corpus.articles.count)
        annotations = Array(repeating: [], count: corpus.articles.count)
        self.size = size
        self.config = config
        keyMap = (try? KeyMap(overrides: config.keys)) ?? (try! KeyMap())
        var colors: [Highlight.Kind: Color] = [:]
        for type in EntityType.allCases { colors[.entity(type)] = config.color(for: .entity(type)) }
        for kind in ClaimKind.allCases { colors[.claim(kind)] = config.color(for: .claim(kind)) }
        theme = Theme(mode: colorMode, customColors: colors)
        message = configProblem
    }

    /// Terminals smaller than this get a message instead of a squeezed screen.
    public static let minimumSize = Size(width: 20, height: 6)

    public var isTooSmall: Bool {
        size.width < AppState.minimumSize.width || size.height < AppState.minimumSize.height
    }

    /// Rows between the header and the status line (the article view also keeps one for the legend).
    public var bodyHeight: Int {
        max(1, size.height - (screen == .article ? 3 : 2))
    }

    /// Articles the list shows at once: two rows each (title, then file and figures).
    public var listRows: Int { max(1, (size.height - 2) / 2) }

    /// Width of the article text: the screen less a margin each side, at most a comfortable measure.
    public var textWidth: Int { max(1, min(size.width - 2, 100)) }

    public var currentArticle: Article? {
        view.map { articles[$0.index] }
    }

    public var currentAnalysis: Analysis? {
        view.flatMap { analyses[$0.index] }
    }

    /// The furthest the article can scroll: its last line at the bottom of the screen.
    public var maximumTop: Int {
        guard let view else { return 0 }
        return max(0, view.layout.lines.count - bodyHeight)
    }

    /// How far through the article the bottom of the screen is, in percent.
    public var percentRead: Int {
        guard let view, !view.layout.lines.isEmpty else { return 100 }
        let bottom = min(view.layout.lines.count, view.top + bodyHeight)
        return bottom * 100 / view.layout.lines.count
    }

    /// The article the recogniser should work on first: the open one, else the selected one.
    public var analysisPriority: Int? {
        let index = view?.index ?? selected
        return analyses.indices.contains(index) && analyses[index] == nil ? index : analyses.firstIndex { $0 == nil }
    }
}
