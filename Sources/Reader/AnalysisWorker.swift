import Annotations
import Foundation
import Synchronization

/// Analyses the corpus on a background thread so the list appears at once: the article the
/// reader wants first (the open one) jumps the queue, and results are collected by the event loop.
final class AnalysisWorker: Sendable {
    private let articles: [Article]
    private let recognizer = Recognizer()
    private let state = Mutex(State())

    private struct State {
        var started: Set<Int> = []
        var priority: Int?
        var results: [(index: Int, analysis: Analysis)] = []
        var stopped = false
    }

    init(articles: [Article]) {
        self.articles = articles
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
    func takeResults() -> [(index: Int, analysis: Analysis)] {
        state.withLock { state in
            defer { state.results.removeAll() }
            return state.results
        }
    }

    func stop() {
        state.withLock { $0.stopped = true }
    }

    private func run() {
        while let index = nextIndex() {
            let analysis = recognizer.analyze(articles[index].text)
            state.withLock { $0.results.append((index, analysis)) }
        }
    }

    private func nextIndex() -> Int? {
        state.withLock { state in
            guard !state.stopped else { return nil }
            var next: Int?
            if let priority = state.priority, articles.indices.contains(priority), !state.started.contains(priority) {
                next = priority
            } else {
                next = articles.indices.first { !state.started.contains($0) }
            }
            if let next { state.started.insert(next) }
            return next
        }
    }
}
