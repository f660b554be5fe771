import Annotations

/// The ledger panel on the corpus index: its groups come from the world, which reads the index's
/// ledger (every article the index has analysed, opened or not) and groups it with the claims of
/// the articles analysed here, off the UI thread; the panel says it is reading until the first
/// answer, and asks again as analysed articles arrive. The app never groups this ledger itself.
extension AppState {
    /// Whether the ledger panel waits for the corpus index's first answer.
    var awaitsIndexedLedger: Bool { indexAnswersLedger && indexedLedger == nil }

    /// `L`: opens the ledger panel, asking the world for the index's ledger the first time, and
    /// again when articles were analysed here since the last answer.
    mutating func showLedgerPanel() -> AppCommand {
        openLedgerPanel()
        guard indexAnswersLedger, !ledgerRequested else { return .none }
        if let answer = indexedLedger, answer.analysedCount == analysedArticleCount { return .none }
        return requestIndexedLedger()
    }

    /// Asks the world to group the ledger with the articles analysed here now.
    mutating func requestIndexedLedger() -> AppCommand {
        ledgerRequested = true
        return .loadLedger(LedgerRequest(analysed: records.compactMap { record in
            guard let article = record.article, let analysis = record.analysis else { return nil }
            return LedgerRequest.Analysed(path: record.summary.ledgerKey, article: article, analysis: analysis)
        }))
    }

    /// Articles analysed here (read, with their analysis), as a `LedgerRequest` counts them.
    var analysedArticleCount: Int {
        records.lazy.filter { $0.article != nil && $0.analysis != nil }.count
    }

    /// Articles neither analysed here nor by the index: their claims are not in the ledger yet.
    var articlesStillToAnalyse: Int {
        guard let answer = indexedLedger else { return 0 }
        return records.lazy.filter { $0.analysis == nil && !answer.indexedPaths.contains($0.summary.ledgerKey) }.count
    }

    /// The panel shown while the index's ledger is read.
    mutating func openLedgerLoadingPanel() {
        panel = Panel(kind: .ledger, title: "Claim ledger",
                      rows: [PanelRow(text: "Reading the ledger from the corpus index…")], hint: "Esc: close")
    }

    /// The world's answer: swapped in, kept for every later opening, and shown if the panel is
    /// open. A problem leaves the ledger of the articles analysed in memory, and says why. When
    /// more articles were analysed meanwhile (all of them, or twice as many), it asks again.
    mutating func receiveIndexedLedger(_ answer: IndexedLedgerAnswer) -> AppCommand {
        ledgerRequested = false
        if let problem = answer.problem {
            indexAnswersLedger = false
            message = "Ledger from the corpus index: \(problem); showing the articles analysed so far"
        } else {
            indexedLedger = answer
            indexedLedgerVerdicts = answer.verdicts
        }
        ledgerCache = nil
        guard let open = panel, open.kind == .ledger else { return .none }
        reopenLedgerPanel(keeping: open)
        return indexAnswersLedger ? regroupAfterAnalysis() : .none
    }

    /// Asks the world to group again when articles analysed here since its last answer have made
    /// every article analysed, or doubled, so a large corpus is not regrouped on every arrival.
    mutating func regroupAfterAnalysis() -> AppCommand {
        guard let answer = indexedLedger, !ledgerRequested else { return .none }
        let analysed = analysedArticleCount
        guard analysed != answer.analysedCount,
              analysed == records.count || analysed >= 2 * max(1, answer.analysedCount) else { return .none }
        return requestIndexedLedger()
    }

    /// Focuses the claim asked for in the article being opened, once it is open and analysed.
    mutating func showPendingClaim() {
        guard let (index, range, kind) = claimToFocus, view?.index == index, records[index].analysis != nil else { return }
        claimToFocus = nil
        focus(kind: .claim(kind), range: range)
        if view?.focus == nil { message = "That claim's layer is hidden (h shows the layers)" }
    }
}
