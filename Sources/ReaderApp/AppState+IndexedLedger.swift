import Annotations

/// The ledger panel on the corpus index: its claims come from the index's ledger table (every
/// article the index has analysed, opened or not), read by the world off the UI thread; the panel
/// says it is reading them until they arrive. Articles analysed in memory since give their own
/// claims instead, so an article changed on disk is grouped as it reads now.
extension AppState {
    /// Whether the ledger panel waits for the corpus index's claims.
    var awaitsIndexedLedger: Bool { indexAnswersLedger && indexedLedgerClaims == nil }

    /// `L`: opens the ledger panel, asking the world for the index's ledger the first time.
    mutating func showLedgerPanel() -> AppCommand {
        openLedgerPanel()
        guard awaitsIndexedLedger, !ledgerRequested else { return .none }
        ledgerRequested = true
        return .loadLedger
    }

    /// The panel shown while the index's ledger is read.
    mutating func openLedgerLoadingPanel() {
        panel = Panel(kind: .ledger, title: "Claim ledger",
                      rows: [PanelRow(text: "Reading the ledger from the corpus index…")], hint: "Esc: close")
    }

    /// The index's answer: kept for every later opening, and shown if the panel is open. A problem
    /// leaves the ledger of the articles analysed in memory, and says why.
    mutating func receiveIndexedLedger(claims: [LedgerClaim], verdicts: [String: [AnchoredAnnotation]], problem: String?) {
        ledgerRequested = false
        if let problem {
            indexAnswersLedger = false
            message = "Ledger from the corpus index: \(problem); showing the articles analysed so far"
        } else {
            indexedLedgerClaims = claims
            indexedLedgerVerdicts = verdicts
        }
        ledgerCache = nil
        if let open = panel, open.kind == .ledger { reopenLedgerPanel(keeping: open) }
    }

    /// The index's claims of articles not analysed in memory, with the claims read from memory.
    func mergedWithIndexedLedger(_ inMemory: [LedgerClaim], analysedPaths: Set<String>) -> [LedgerClaim] {
        guard let indexed = indexedLedgerClaims else { return inMemory }
        return indexed.filter { !analysedPaths.contains($0.id.path) } + inMemory
    }

    /// Focuses the claim asked for in the article being opened, once it is open and analysed.
    mutating func showPendingClaim() {
        guard let (index, range, kind) = claimToFocus, view?.index == index, records[index].analysis != nil else { return }
        claimToFocus = nil
        focus(kind: .claim(kind), range: range)
        if view?.focus == nil { message = "That claim's layer is hidden (h shows the layers)" }
    }
}
