import Annotations

/// Everything the reader shows, as plain data: `update` changes it on an event, `render` draws it.
/// Neither touches the terminal, so every screen can be tested as text.
public struct AppState: Sendable {
    /// Each article with its analysis, annotations, sidecar state and draft, in corpus order: an
    /// article's index here is its index everywhere in the app.
    public internal(set) var records: [ArticleRecord]
    public var problems: [LoadProblem]
    public var size: Size
    public var theme: Theme
    public var config: ReaderConfig
    public var keyMap: KeyMap
    /// The list, or an article with its view.
    public var screen: Screen = .list
    /// The highlighted row of the article list.
    public var selected = 0
    /// The first row of the list shown.
    public var listTop = 0
    /// How the list is ordered.
    public internal(set) var listSort = ListSort.path
    /// Article indices in the list's order, top first.
    public internal(set) var listOrder: [Int]
    /// Each article's row in the list: `listOrder` inverted.
    var listPositions: [Int]
    /// How many articles have an analysis: the list sorted by claims re-sorts as this doubles.
    var analysedCount = 0
    /// What is open over the screen, bottom first: the last one gets the keys first.
    public internal(set) var overlays: [Overlay] = []
    /// A one-line message in the status line, cleared by the next key.
    public var message: String?
    public var lastQuery: String?
    /// Tags used anywhere in the corpus, for completion.
    public var usedTags: [String] = []
    /// The editor whose text is being written, until the store answers: a failed write reopens it.
    public var editorBeingSaved: AnnotationEditor?
    /// Inverse changes, newest last: `u` applies the last one.
    public var undoStack: [UndoStep] = []
    /// Set while the prompt types a verdict's evidence or note instead of a search.
    public internal(set) var verdictPrompt: VerdictPrompt?
    /// The claim ledger of the articles analysed so far, kept while no other article's analysis
    /// arrives (the ledger panel reopens after every verdict without grouping the corpus again).
    var ledgerCache: (analysed: Int, ledger: ClaimLedger)?
    /// How many articles could not be read: with the analysed ones, what background work has done.
    var unreadableCount = 0
    /// Records whose file is gone since the list was drawn (`ArticleRecord.isGone`), and how many
    /// of them background work had neither analysed nor found unreadable: it no longer waits for them.
    var goneCount = 0
    var goneWaitingCount = 0
    /// Records whose file went while they were open (`ArticleRecord.isGoneWhileOpen`).
    var goneWhileOpen: Set<Int> = []
    /// The first record a scan appended after the list was drawn from the corpus index: the
    /// records are in path order before it and from it on, not across.
    var appendedFrom: Int?
    /// Records whose file changed since the index: its counts are not theirs, whenever they arrive.
    var staleCounts: Set<Int> = []
    /// The article asked to open whose file is being read; it opens when the text arrives.
    var pendingOpen: PendingOpen?
    /// What the list header calls background work in progress ("indexing" when the corpus index
    /// gave the list and files are read behind it, "analysing" otherwise).
    public var backgroundWork = "analysing"
    /// Whether the world answers `.findMentions` from the corpus index, so the entity panel's `a`
    /// asks it instead of going through every analysis held.
    public var indexAnswersMentions = false
    /// Whether the world answers `.loadLedger` from the corpus index, so the ledger panel lists
    /// every article the index has analysed, not only those analysed in memory.
    public var indexAnswersLedger = false
    /// The corpus index's ledger, grouped by the world with the claims of the articles analysed
    /// here (they replace the index's), once it answered; the app only shows it.
    var indexedLedger: IndexedLedgerAnswer?
    /// The annotations carrying a verdict in the sidecars of articles, by path, read with the
    /// index's ledger: they stand for an article's verdicts until its own annotations are read.
    var indexedLedgerVerdicts: [String: [AnchoredAnnotation]] = [:]
    /// Whether `.loadLedger` was asked and its answer is awaited.
    var ledgerRequested = false
    /// A claim to focus in an article being opened, once it is read and analysed (Enter in the ledger).
    var claimToFocus: (index: Int, range: Range<Int>, kind: ClaimKind)?
    /// A verdict asked (`v`/`V` in the ledger) on a claim of an article not read yet: given once the
    /// article is read and analysed.
    var pendingVerdict: (index: Int, range: Range<Int>, step: Int)?
    /// An entity whose mentions to show in an article being opened, once it is analysed.
    var mentionsToShow: (index: Int, name: String, type: EntityType)?
    /// The list filtered as the user types (`/`): its query, the articles that match and why.
    public internal(set) var listFilter: ListFilter?
    /// Each analysed article's claims read for the ledger, with the analysis they were read from:
    /// a regrouping reads only the articles analysed (or analysed again) since the last one.
    var ledgerClaimsCache: [Int: (analysis: Analysis, claims: [LedgerClaim])] = [:]

    public init(corpus: Corpus, size: Size, colorMode: ColorMode = .eight, config: ReaderConfig = ReaderConfig(),
                configProblem: String? = nil) {
        self.init(records: corpus.articles.map(ArticleRecord.init(article:)), problems: corpus.problems, size: size,
                  colorMode: colorMode, config: config, configProblem: configProblem)
    }

    /// The app on records that may not hold their article yet (a list drawn from the corpus index).
    public init(records: [ArticleRecord], problems: [LoadProblem], size: Size, colorMode: ColorMode = .eight,
                config: ReaderConfig = ReaderConfig(), configProblem: String? = nil) {
        self.records = records
        listOrder = Array(records.indices)
        listPositions = Array(records.indices)
        self.problems = problems
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
        max(1, size.height - (screen.kind == .article ? 3 : 2))
    }

    /// Articles the list shows at once: two rows each (title, then file and figures).
    public var listRows: Int { max(1, (size.height - 2) / 2) }

    /// Width of the article text: the screen less a margin each side, at most a comfortable measure.
    public var textWidth: Int { max(1, min(size.width - 2, 100)) }

    /// The open article's layout, scroll position, highlights and focus; nil on the list.
    public var view: ArticleView? { screen.articleView }

    /// Changes the open article's view in place; does nothing on the list.
    mutating func updateView<Result>(_ change: (inout ArticleView) -> Result) -> Result? {
        guard case .article(var view) = screen else { return nil }
        // Let go of the screen's copy first, so the change does not copy the layout.
        screen = .list
        defer { screen = .article(view) }
        return change(&view)
    }

    /// The articles read so far, in corpus order (for export: only a read article has annotations).
    public var articles: [Article] { records.compactMap(\.article) }

    /// Each read article's annotations, anchored in its current text, in step with `articles`.
    public var annotations: [[AnchoredAnnotation]] { records.filter { $0.article != nil }.map(\.annotations) }

    /// Unsaved editor text from an earlier run, by article index: the article's editor reopens with it.
    public var drafts: [Int: NoteDraft] {
        get {
            var drafts: [Int: NoteDraft] = [:]
            for (index, record) in records.enumerated() { drafts[index] = record.draft }
            return drafts
        }
        set {
            for index in records.indices { records[index].draft = newValue[index] }
            let indices = records.indices
            draftCount = newValue.keys.lazy.filter { indices.contains($0) }.count
        }
    }

    /// How many articles have a draft waiting: kept as drafts are given and taken up, because the
    /// loop asks after every event and counting a large corpus's records each time would not do.
    public internal(set) var draftCount = 0

    public var currentArticle: Article? {
        view.flatMap { records[$0.index].article }
    }

    public var currentAnalysis: Analysis? {
        view.flatMap { records[$0.index].analysis }
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
        // Fields read in place: a record is large, and copying each one of a large corpus adds up.
        func waiting(_ index: Int) -> Bool {
            records[index].analysis == nil && records[index].readProblem == nil && !records[index].isGone
        }
        guard analysedCount + unreadableCount + goneWaitingCount < records.count else { return nil }
        return records.indices.contains(index) && waiting(index) ? index : records.indices.first(where: waiting)
    }
}
