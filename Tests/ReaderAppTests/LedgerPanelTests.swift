import Annotations
import Foundation
import Testing
@testable import ReaderApp

/// The ledger panel: claim groups across the corpus with their values, agreement, sources and
/// verdicts; Enter opens a claim's article at the claim; v/V give verdicts through the store's path.
@Suite("Ledger panel")
struct LedgerPanelTests {
    static let analyses: [Analysis] = Fixtures.seeds.articles.map { Recognizer().analyze($0.text) }

    /// The seeds, analysed, with empty sidecars.
    func state(width: Int = 100, height: Int = 16) -> AppState {
        var state = Fixtures.state(width: width, height: height)
        for (index, analysis) in Self.analyses.enumerated() {
            state.update(.analyzed(index: index, analysis: analysis))
            state.update(.annotations(index: index, update: .loaded([])))
        }
        return state
    }

    /// What the world does with an annotation change: applies it to the article's list and answers.
    func answer(_ command: AppCommand, in state: inout AppState) {
        guard case .changeAnnotations(let index, let change) = command else { return }
        var list = state.records[index].annotations.map(\.annotation)
        switch change {
        case .add(let annotation): list.append(annotation)
        case .update(let annotation): list = list.map { $0.id == annotation.id ? annotation : $0 }
        case .delete(let id): list.removeAll { $0.id == id }
        }
        state.update(.annotations(index: index, update: .loaded(list)))
    }

    /// The change a command asks the world to write, or nil.
    func change(_ command: AppCommand) -> AnnotationChange? {
        if case .changeAnnotations(_, let change) = command { return change }
        return nil
    }

    @Test func theLedgerListsEachGroupWithItsValuesAgreementSourcesAndArticles() {
        var state = state()
        state.type("L")
        #expect(state.panel?.kind == .ledger)
        let lines = state.render().lines
        #expect(Array(lines[1...6]) == [
            " Claim ledger: 4 groups",
            " civilians evacuated from eastern Aleppo                          6,400–80,000 · ×12.50 · 7/9 agree",
            " ≠ 8,000 evacuees — Sergei Lavrov                                          000_cef5231f6ba4b524.txt",
            " = More than 20,000 civilians — no source                                  001_ac7699849b98daba.txt",
            " = More than 20,000 civilians — Russian defence ministry                   001_ac7699849b98daba.txt",
            " = about 50,000 — Igor Konashenkov                                         001_ac7699849b98daba.txt",
        ])
        #expect(lines.contains(" share of territory captured in eastern Aleppo                    75–93 percent · ×1.24 · 3/4 agree"))
        #expect(lines[14].hasPrefix(" Enter: go to the claim · v: next verdict · V: previous · e: evidence · n: note · Esc: close"))
        // The heading is not a row to choose: the selection starts on the first claim.
        #expect(state.panel?.selectedRow?.text == "≠ 8,000 evacuees — Sergei Lavrov")
    }

    @Test func fromAnArticleItsOwnGroupsComeFirstWithItsFirstClaimSelected() throws {
        var state = state()
        state.openArticle(2)
        state.type("L")
        let panel = try #require(state.panel)
        #expect(panel.title == "Claim ledger: 7 groups (4 with this article's claims first)")
        guard case .claim(let index, _, _)? = panel.selectedRow?.target else {
            Issue.record("no claim selected")
            return
        }
        #expect(index == 2)
        #expect(panel.selectedRow?.text == "= up to 80,000 Syrian refugees — Mehmet Simsek")
    }

    @Test func enterOpensTheClaimsArticleWithTheClaimFocused() throws {
        var state = state()
        state.type("Lj")
        #expect(state.panel?.selectedRow?.text == "= More than 20,000 civilians — no source")
        state.press(.enter)
        #expect(state.panel == nil)
        let view = try #require(state.view)
        #expect(view.index == 1)
        let focused = try #require(view.focused)
        #expect(state.records[1].article?.slice(focused.range) == "More than 20,000 civilians")
        #expect(state.focusDescription?.hasPrefix("count 20000 · more than") == true)
    }

    @Test func vCyclesTheVerdictAndSavesItThroughTheAnnotationPath() throws {
        var state = state()
        state.type("L")
        let id = try #require(UUID(uuidString: "00000000-0000-4000-8000-000000000016"))
        let first = state.update(.key(.character("v")), environment: AppEnvironment(now: Fixtures.now, newID: id))
        guard case .add(let added)? = change(first) else {
            Issue.record("the first verdict adds an annotation: \(first)")
            return
        }
        #expect(added.id == id)
        #expect(added.verdict?.status == .unverified)
        #expect(added.verdict?.date == "2026-12-01T12:00:00.000Z")
        #expect(added.target.quote.exact == "8,000 evacuees")
        #expect(added.claim?.value == 8000, "the claim is kept as a snapshot")
        #expect(state.message == "Verdict: unverified on “8,000 evacuees” (U undoes)")
        answer(first, in: &state)
        #expect(state.panel?.selectedRow?.text == "≠ 8,000 evacuees — Sergei Lavrov [unverified]")
        // Further presses revise the same annotation: checking, sourced, disputed.
        for expected in [VerdictStatus.checking, .sourced, .disputed] {
            let command = state.update(.key(.character("v")))
            guard case .update(let revised)? = change(command) else {
                Issue.record("a later verdict updates the annotation: \(command)")
                return
            }
            #expect(revised.id == id && revised.verdict?.status == expected)
            answer(command, in: &state)
        }
        #expect(state.panel?.selectedRow?.text == "≠ 8,000 evacuees — Sergei Lavrov [disputed]")
        #expect(state.panel?.title == "Claim ledger: 4 groups · 1 disputed · 0 false")
        // V goes back; U undoes it, through the same path.
        let back = state.update(.key(.character("V")))
        guard case .update(let previous)? = change(back) else {
            Issue.record("V updates the annotation: \(back)")
            return
        }
        #expect(previous.verdict?.status == .sourced)
        answer(back, in: &state)
        let undo = state.update(.key(.character("U")))
        answer(undo, in: &state)
        #expect(state.panel?.selectedRow?.text == "≠ 8,000 evacuees — Sergei Lavrov [disputed]")
        state.press(.escape)
        #expect(state.render().lines[2].contains("000_cef5231f6ba4b524.txt · 498 words") )
        #expect(state.listDetails(0).hasSuffix("1 note · 1 disputed"))
    }

    /// Opened while the articles are still being analysed, the panel fills in as they arrive.
    @Test func thePanelTakesInArticlesAnalysedAfterItOpened() {
        var state = Fixtures.state(width: 100, height: 16)
        state.type("L")
        #expect(state.panel?.title == "Claim ledger: 0 groups")
        #expect(state.panel?.rows.map(\.text) == ["(4 articles still being analysed)"])
        for (index, analysis) in Self.analyses.enumerated() { state.update(.analyzed(index: index, analysis: analysis)) }
        #expect(state.panel?.title == "Claim ledger: 4 groups")
        #expect(state.panel?.rows.contains { $0.text == "≠ 8,000 evacuees — Sergei Lavrov" } == true)
        #expect(state.panel?.selectedRow?.target != PanelRow.Target.none, "the selection is on a claim")
    }

    @Test func aVerdictIsRefusedWhereTheSidecarCannotBeUsed() {
        var state = state()
        state.update(.annotations(index: 0, update: .refused("seeds/000.annotations.json is not JSON")))
        state.type("L")
        let command = state.update(.key(.character("v")))
        #expect(command == .none)
        #expect(state.message == "seeds/000.annotations.json is not JSON")
        #expect(state.undoStack.isEmpty)
    }

    @Test func theVerdictKeysCanBeReboundAndTheHelpAndHintFollow() throws {
        var config = ReaderConfig()
        config.keys = ["nextVerdict": "!"]
        var state = AppState(corpus: Fixtures.seeds, size: Size(width: 100, height: 16), config: config)
        for (index, analysis) in Self.analyses.enumerated() { state.update(.analyzed(index: index, analysis: analysis)) }
        state.type("L")
        #expect(state.panel?.hint.hasPrefix("Enter: go to the claim · !: next verdict · V: previous") == true)
        #expect(HelpText.lines(keyMap: state.keyMap).contains("  ! V               next, previous verdict on the claim"))
        state.type("v")
        #expect(state.undoStack.isEmpty, "v no longer gives a verdict")
    }

    /// `e` and `n` open a prompt on the status line; Enter saves the evidence address or the note in
    /// the claim's verdict (a claim without one becomes unverified) through the annotation path, and
    /// the prompt opens again on what was saved.
    @Test func eAndNGiveTheVerdictEvidenceAndANote() throws {
        var state = state()
        state.type("L")
        let id = try #require(UUID(uuidString: "00000000-0000-4000-8000-000000000017"))
        let environment = AppEnvironment(now: Fixtures.now, newID: id)
        state.type("e")
        #expect(state.verdictPrompt?.field == .evidence)
        #expect(state.render().lines[15] == "Evidence URL:")
        for character in "https://example.org/count".unicodeScalars { _ = state.update(.key(.character(character)), environment: environment) }
        #expect(state.render().lines[15] == "Evidence URL: https://example.org/count")
        let saved = state.update(.key(.enter), environment: environment)
        guard case .add(let added)? = change(saved) else {
            Issue.record("the evidence adds an annotation carrying the verdict: \(saved)")
            return
        }
        #expect(added.id == id && added.target.quote.exact == "8,000 evacuees")
        #expect(added.verdict == ClaimVerdict(status: .unverified, evidence: "https://example.org/count", date: "2026-12-01T12:00:00.000Z"))
        #expect(state.prompt == nil && state.verdictPrompt == nil && state.panel?.kind == .ledger)
        #expect(state.message == "Evidence saved on “8,000 evacuees” (unverified) (U undoes)")
        answer(saved, in: &state)
        // Two steps of the status (checking, sourced): the note keeps it and the evidence.
        answer(state.update(.key(.character("v"))), in: &state)
        answer(state.update(.key(.character("v"))), in: &state)
        state.type("n")
        #expect(state.render().lines[15] == "Note:")
        state.type("UNHCR counted fewer")
        let noted = state.update(.key(.enter), environment: environment)
        guard case .update(let revised)? = change(noted) else {
            Issue.record("the note revises the same annotation: \(noted)")
            return
        }
        #expect(revised.id == id)
        #expect(revised.verdict?.status == .sourced)
        #expect(revised.verdict?.evidence == "https://example.org/count")
        #expect(revised.verdict?.note == "UNHCR counted fewer")
        answer(noted, in: &state)
        // Opened again, the prompt holds what is saved.
        state.type("e")
        #expect(state.prompt?.text == "https://example.org/count")
        state.press(.escape)
        #expect(state.prompt == nil && state.verdictPrompt == nil && state.panel?.kind == .ledger)
    }

    @Test func evidenceThatIsNotAWebAddressIsExplainedAndKeptToCorrect() {
        var state = state()
        state.type("L")
        state.type("e")
        state.type("see the UN report")
        let command = state.update(.key(.enter))
        #expect(command == .none)
        #expect(state.message == "the evidence \"see the UN report\" is not a web address (http:// or https://); Esc cancels")
        #expect(state.prompt?.text == "see the UN report" && state.verdictPrompt?.field == .evidence)
        #expect(state.undoStack.isEmpty)
        state.press(.escape)
        #expect(state.prompt == nil && state.verdictPrompt == nil)
        // The prompt afterwards is the list's filter again, not the verdict's.
        state.press(.escape)
        state.type("/")
        #expect(state.render().lines[15].hasPrefix("/ "))
        #expect(state.listFilter != nil && state.verdictPrompt == nil)
    }

    @Test func evidenceIsRefusedWhereTheSidecarCannotBeUsed() {
        var state = state()
        state.update(.annotations(index: 0, update: .refused("seeds/000.annotations.json is not JSON")))
        state.type("L")
        state.type("e")
        #expect(state.prompt == nil && state.verdictPrompt == nil)
        #expect(state.message == "seeds/000.annotations.json is not JSON")
    }

    /// Claims are read once per analysis and kept: an article analysed again is read again, the others not.
    @Test func anArticleAnalysedAgainIsReadAgainForTheLedger() throws {
        var state = state()
        state.type("L")
        #expect(state.panel?.rows.contains { $0.text == "≠ 8,000 evacuees — Sergei Lavrov" } == true)
        #expect(state.ledgerClaimsCache.count == 4)
        let keptClaims = try #require(state.ledgerClaimsCache[1]?.claims)
        state.press(.escape)
        var changed = Self.analyses[0]
        changed.claims.removeAll { $0.text == "8,000 evacuees" }
        state.update(.analyzed(index: 0, analysis: changed))
        state.type("L")
        #expect(state.panel?.rows.contains { $0.text.contains("8,000 evacuees") } == false)
        #expect(state.ledgerClaimsCache[0]?.analysis == state.records[0].analysis)
        #expect(state.ledgerClaimsCache[1]?.claims == keptClaims)
        let full = ClaimLedger(articles: state.records.map { LedgerArticle(article: $0.article!, analysis: $0.analysis!) })
        #expect(state.analysedLedger().ledger.groups == full.groups)
    }
}
