import Annotations
import Foundation
import ReaderApp
import Synchronization

/// Analyses the corpus on a background thread so the list appears at once: the article the
/// reader wants first (the open one) jumps the queue, and results are collected by the event loop.
/// An article the list knows only from the corpus index is read here first, with its sidecar, so
/// its file is read when it is analysed, not before the list is drawn.
///
/// An analysis the corpus index already holds for the same bytes is taken from it instead of being
/// made again; analyses made here are handed back to be stored, so the next start finds them.
final class AnalysisWorker: Sendable {
    /// Looks up a stored analysis of this article's current bytes; nil when there is none.
    typealias StoredAnalysis = @Sendable (Article) -> Analysis?
    /// Receives analyses made here (article and analysis), a batch at a time, and once more at the end.
    typealias AnalysisSink = @Sendable ([(Article, Analysis)]) -> Void

    /// Reads an article's file and its annotations; the failure says why the file cannot be read.
    typealias ArticleReader = @Sendable (String, String?) -> Result<(Article, AnnotationUpdate), LoadProblem>

    /// What the worker is given of each article: the article, or the path of a file to read (and
    /// the id of the item to take from it, for a feed or JSON Lines file).
    enum Item: Sendable {
        case article(Article)
        case file(String, item: String?)
    }

    /// One article's outcome: read from its file (with its annotations), analysed, or unreadable.
    struct Outcome: Sendable {
        var index: Int
        var read: (article: Article, annotations: AnnotationUpdate)?
        var analysis: Analysis?
        var problem: String?
    }

    private let reader: ArticleReader?
    private let stored: StoredAnalysis?
    private let sink: AnalysisSink?
    private let finished: (@Sendable () -> Void)?
    private let state = Mutex(State())
    /// Signalled when a scan adds articles (or the worker is stopped) while it may wait for them.
    private let moreArrived = DispatchSemaphore(value: 0)

    private struct State {
        /// What the worker is given, with the files a scan adds behind a list drawn from the index.
        var items: [Item] = []
        var started: [Bool] = []
        /// Every article before this one has been started: the next in order is found from here,
        /// so taking the next article costs nothing like a scan from the start.
        var cursor = 0
        var priority: Int?
        var results: [Outcome] = []
        var stopped = false
        var finished = false
        /// Whether a scan may still add articles (`append`): the worker waits for it before it
        /// calls itself finished, so a small corpus read before its scan is done misses no new file.
        var expectsMore = false
    }

    /// Whether every article has been read and analysed.
    var isFinished: Bool { state.withLock { $0.finished } }

    /// - Parameters:
    ///   - stored: an analysis already made for an article, e.g. from the corpus index.
    ///   - sink: where analyses made here go to be kept (the corpus index).
    ///   - finished: called on the worker's thread once every article is analysed.
    convenience init(articles: [Article], stored: StoredAnalysis? = nil, sink: AnalysisSink? = nil,
         finished: (@Sendable () -> Void)? = nil) {
        self.init(items: articles.map(Item.article), reader: nil, stored: stored, sink: sink, finished: finished)
    }

    /// - Parameter reader: reads the `.file` items; without one they are left alone.
    init(items: [Item], reader: ArticleReader?, stored: StoredAnalysis? = nil, sink: AnalysisSink? = nil,
         finished: (@Sendable () -> Void)? = nil) {
        self.reader = reader
        self.stored = stored
        self.sink = sink
        self.finished = finished
        state.withLock { state in
            state.items = items
            state.started = Array(repeating: false, count: items.count)
        }
    }

    /// Articles of files a scan found after the worker was made: they take the next indices.
    /// Ends the wait `expectMore` began.
    func append(_ added: [Item]) {
        state.withLock { state in
            state.items += added
            state.started += Array(repeating: false, count: added.count)
            state.expectsMore = false
        }
        moreArrived.signal()
    }

    /// Makes the worker wait for `append` (a scan behind the list) before it finishes.
    func expectMore() {
        state.withLock { $0.expectsMore = true }
    }

    /// Articles whose file is gone: they are never read.
    func forget(_ indices: [Int]) {
        state.withLock { state in
            for index in indices where state.started.indices.contains(index) { state.started[index] = true }
        }
    }

    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "reader-analysis"
        thread.start()
    }

    /// The article to analyse next, if it has not been started yet.
    func prioritize(_ index: Int?) {
        state.withLock { $0.priority = index }
    }

    /// Analyses finished since the last call.
    func takeResults() -> [Outcome] {
        state.withLock { state in
            defer { state.results.removeAll() }
            return state.results
        }
    }

    func stop() {
        state.withLock { $0.stopped = true }
        moreArrived.signal()
    }

    private func run() {
        // Made here, on the worker's thread: loading the entity model takes tens of milliseconds,
        // which a list drawn from the index would otherwise spend before its first screen.
        let recognizer = Recognizer()
        var made: [(Article, Analysis)] = []
        while true {
            guard let (index, item) = nextIndex() else {
                // Waits for the scan behind the list (`append`) or `stop`, which signal; a signal
                // given between the check and the wait is kept by the semaphore.
                guard state.withLock({ $0.expectsMore && !$0.stopped }) else { break }
                moreArrived.wait()
                continue
            }
            var result = Outcome(index: index)
            let article: Article
            switch item {
            case .article(let given):
                article = given
            case .file(let path, let item):
                switch reader?(path, item) {
                case .success(let (read, annotations))?:
                    article = read
                    result.read = (read, annotations)
                case .failure(let problem)?:
                    result.problem = problem.message
                    state.withLock { $0.results.append(result) }
                    continue
                case nil:
                    continue
                }
            }
            let analysis: Analysis
            if let found = stored?(article) {
                analysis = found
            } else {
                analysis = recognizer.analyze(article.text)
                if sink != nil { made.append((article, analysis)) }
            }
            result.analysis = analysis
            state.withLock { $0.results.append(result) }
            if made.count >= 256 {
                sink?(made)
                made.removeAll()
            }
        }
        if !made.isEmpty { sink?(made) }
        state.withLock { $0.finished = !$0.stopped }
        if !state.withLock({ $0.stopped }) { finished?() }
    }

    private func nextIndex() -> (Int, Item)? {
        state.withLock { state in
            guard !state.stopped else { return nil }
            if let priority = state.priority, state.started.indices.contains(priority), !state.started[priority] {
                state.started[priority] = true
                return (priority, state.items[priority])
            }
            while state.cursor < state.started.count, state.started[state.cursor] { state.cursor += 1 }
            guard state.cursor < state.started.count else { return nil }
            state.started[state.cursor] = true
            return (state.cursor, state.items[state.cursor])
        }
    }
}
