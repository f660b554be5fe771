import Annotations
import Foundation
@testable import ReaderApp

/// A world for loop tests: a fixed clock, ids counted up from 1, analyses handed over on the
/// first look, and annotations kept in memory the way the sidecar store keeps them.
final class InMemoryWorld: AppWorld {
    static let now = Date(timeIntervalSince1970: 1_796_126_400)
    private var pendingAnalyses: [InputEvent]
    private var issuedIDs = 0
    private(set) var annotations: [Int: [Annotation]] = [:]
    private(set) var performed: [AppCommand] = []
    private(set) var priorities: [Int?] = []
    private(set) var draftChanges = 0

    /// Articles whose files the world reads when the app asks (`.readArticle`), by index; an index
    /// missing here is a file that cannot be read.
    var files: [Int: Article] = [:]

    /// Looks at the background work before the analyses are handed over, as if they took a while.
    private var looksBeforeAnalyses: Int

    init(analyses: [Int: Analysis], arrivingAfter looks: Int = 0) {
        pendingAnalyses = analyses.sorted { $0.key < $1.key }.map { .analyzed(index: $0.key, analysis: $0.value) }
        looksBeforeAnalyses = looks
    }

    static func id(_ number: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", number))!
    }

    func environment() -> AppEnvironment {
        issuedIDs += 1
        return AppEnvironment(now: InMemoryWorld.now, newID: InMemoryWorld.id(issuedIDs))
    }

    func takeBackgroundEvents() -> [InputEvent] {
        guard looksBeforeAnalyses == 0 else {
            looksBeforeAnalyses -= 1
            return []
        }
        defer { pendingAnalyses = [] }
        return pendingAnalyses
    }

    /// Called once the loop has drawn its first frame (with how many frames were drawn then, when
    /// the test gives the terminal).
    private(set) var firstFrameCalls = 0
    var framesWhenFirstDrawn: (() -> Int)?
    private(set) var framesAtFirstFrameCall: [Int] = []

    func firstFrameDrawn() {
        firstFrameCalls += 1
        if let framesWhenFirstDrawn { framesAtFirstFrameCall.append(framesWhenFirstDrawn()) }
    }

    func prioritize(_ articleIndex: Int?) {
        if priorities.last != articleIndex { priorities.append(articleIndex) }
    }

    /// Retries a save waits for a folder lock held by another process before it is free; nil, free.
    var lockHeldForRetries: Int?
    /// What the loop answered each time a save asked whether to keep waiting.
    private(set) var waitAnswers: [Bool] = []

    func perform(_ command: AppCommand, in state: AppState, blocked: BlockedWait) -> [InputEvent] {
        performed.append(command)
        if case .searchCorpus(let query) = command {
            return [.corpusSearchResults(query: query, hits: CorpusSearchHit.substringHits(of: query, in: state.records))]
        }
        if case .filterList(let query) = command {
            return [.listFilterResults(query: query, hits: CorpusSearchHit.substringHits(of: query, in: state.records),
                                       problem: nil)]
        }
        if case .readArticle(let index) = command {
            guard let article = files[index] else { return [.articleUnreadable(index: index, problem: "permission denied")] }
            return [.articleRead(index: index, article: article, annotations: .loaded(annotations[index] ?? []))]
        }
        guard case .changeAnnotations(let index, let change) = command else { return [] }
        if let retries = lockHeldForRetries {
            for _ in 0..<retries {
                let answer = blocked.keepWaiting("Waiting for the lock on corpus, held by editor (process 7): Esc gives up")
                waitAnswers.append(answer)
                if !answer {
                    return [.annotations(index: index, update: .failed("not saved: gave up waiting for the lock on corpus"))]
                }
            }
        }
        var list = annotations[index] ?? []
        switch change {
        case .add(let annotation): list.append(annotation)
        case .update(let annotation): list = list.map { $0.id == annotation.id ? annotation : $0 }
        case .delete(let id): list.removeAll { $0.id == id }
        }
        annotations[index] = list
        return [.annotations(index: index, update: .loaded(list))]
    }

    func draftsChanged(in state: AppState) -> [InputEvent] {
        draftChanges += 1
        return []
    }
}
