import Annotations

/// The ledger panel (`L`): the claim groups of the corpus, each with its values side by side and
/// every claim with its agreement mark, source, article and verdict. Enter opens a claim's article
/// at the claim; `v`/`V` give the selected claim the next or previous verdict, saved like any other
/// annotation change (AppCommand → world → sidecar), and the panel follows the store's answer.
extension AppState {
    /// The ledger of the analysed articles, and how many articles are still being analysed.
    mutating func analysedLedger() -> (ledger: ClaimLedger, pending: Int) {
        // An analysis always comes with its article read; both are checked so the unwraps below hold.
        let analysed = records.indices.filter { records[$0].analysis != nil && records[$0].article != nil }
        let pending = records.count - analysed.count
        // Only articles whose claims were not read from this analysis are read, together (in parallel);
        // an article analysed again is read again (comparing shared arrays costs next to nothing).
        let unread = analysed.filter { ledgerClaimsCache[$0]?.analysis != records[$0].analysis }
        if let cached = ledgerCache, cached.analysed == analysed.count, unread.isEmpty { return (cached.ledger, pending) }
        let read = LedgerArticle.ledgerClaims(of: unread.map {
            LedgerArticle(path: records[$0].summary.ledgerKey, title: records[$0].article!.title, text: records[$0].article!.scalars,
                          analysis: records[$0].analysis!)
        })
        for (index, claims) in zip(unread, read) { ledgerClaimsCache[index] = (records[index].analysis!, claims) }
        let ledger = ClaimLedger(claims: analysed.flatMap { ledgerClaimsCache[$0]?.claims ?? [] })
        ledgerCache = (analysed.count, ledger)
        return (ledger, pending)
    }

    /// The verdicts the articles' annotations carry, by claim; for an article not read yet, those
    /// its sidecar carried when the index's ledger was read.
    var ledgerVerdicts: LedgerVerdicts {
        var verdicts = LedgerVerdicts()
        for record in records {
            if record.article == nil, !indexedLedgerVerdicts.isEmpty, let stored = indexedLedgerVerdicts[record.summary.ledgerKey] {
                verdicts.add(stored, articlePath: record.summary.ledgerKey)
            } else if record.annotations.contains(where: { $0.annotation.verdict != nil }) {
                verdicts.add(record.annotations, articlePath: record.summary.ledgerKey)
            }
        }
        return verdicts
    }

    /// How many of an article's claims are judged disputed and false, for the list.
    func verdictCounts(_ index: Int) -> (disputed: Int, false: Int) {
        var counts = (disputed: 0, false: 0)
        for anchored in records[index].annotations where anchored.range != nil {
            switch anchored.annotation.verdict?.status {
            case .disputed?: counts.disputed += 1
            case .false?: counts.false += 1
            default: break
            }
        }
        return counts
    }

    /// Opens the ledger panel: from an article, the groups of its claims first (its claims that
    /// stand alone too, so each can be given a verdict), then the corpus's other shared groups.
    mutating func openLedgerPanel() {
        if awaitsIndexedLedger {
            openLedgerLoadingPanel()
            return
        }
        // On the corpus index the world groups; here it is only shown.
        let (ledger, pending) = indexedLedger.map { ($0.ledger, articlesStillToAnalyse) } ?? analysedLedger()
        let verdicts = ledgerVerdicts
        let openPath = view.map { records[$0.index].summary.ledgerKey }
        var indexOfPath: [String: Int] = [:]
        for (index, record) in records.enumerated() { indexOfPath[record.summary.ledgerKey] = index }
        var mine: [ClaimGroup] = []
        var others: [ClaimGroup] = []
        for group in ledger.groups {
            if let openPath, group.members.contains(where: { $0.id.path == openPath }) {
                mine.append(group)
            } else if group.members.count > 1 {
                others.append(group)
            }
        }
        var rows: [PanelRow] = []
        for group in mine + others {
            rows += ledgerRows(of: group, verdicts: verdicts, indexOfPath: indexOfPath)
        }
        if pending > 0, indexedLedger != nil {
            rows.insert(PanelRow(text: "(\(LedgerTextRenderer.number(Double(pending))) article\(pending == 1 ? "" : "s") still to analyse)"),
                        at: 0)
        } else if pending > 0 {
            rows.append(PanelRow(text: "(\(pending) article\(pending == 1 ? "" : "s") still being analysed)"))
        }
        let judged = verdicts.byClaim.values
        let disputed = judged.filter { $0.status == .disputed }.count
        let falseCount = judged.filter { $0.status == .false }.count
        var title = "Claim ledger: \(AppState.plural(mine.count + others.count, "group", "groups"))"
        if openPath != nil { title += " (\(mine.count) with this article's claims first)" }
        if disputed + falseCount > 0 { title += " · \(disputed) disputed · \(falseCount) false" }
        if indexedLedger != nil { title += " · from the corpus index" }
        var hint = "Enter: go to the claim"
        if let next = keyMap.keys(for: .nextVerdict, in: .ledgerPanel).first.map(KeyMap.name(of:)) {
            hint += " · \(next): next verdict"
        }
        if let previous = keyMap.keys(for: .previousVerdict, in: .ledgerPanel).first.map(KeyMap.name(of:)) {
            hint += " · \(previous): previous"
        }
        if let evidence = keyMap.keys(for: .verdictEvidence, in: .ledgerPanel).first.map(KeyMap.name(of:)) {
            hint += " · \(evidence): evidence"
        }
        if let note = keyMap.keys(for: .verdictNote, in: .ledgerPanel).first.map(KeyMap.name(of:)) {
            hint += " · \(note): note"
        }
        hint += " · Esc: close"
        var newPanel = Panel(kind: .ledger, title: title,
                             rows: rows.isEmpty ? [PanelRow(text: "No claims that count the same thing yet")] : rows, hint: hint)
        if let openPath, let first = rows.firstIndex(where: { row in
            if case .claim(let index, _, _) = row.target { return records[index].summary.ledgerKey == openPath }
            return false
        }) {
            newPanel.move(by: first - newPanel.selected, visibleRows: panelRows)
        }
        panel = newPanel
    }

    /// A group's heading (its label, values and how many agree), then a row per claim: agreement
    /// mark, the claim, its source and verdict; the article on the right.
    func ledgerRows(of group: ClaimGroup, verdicts: LedgerVerdicts, indexOfPath: [String: Int]) -> [PanelRow] {
        var figures: [String] = []
        if let span = group.valueSpan {
            let unit = LedgerTextRenderer.unitName(of: group.key.family)
            let low = LedgerTextRenderer.number(span.minimum)
            let high = LedgerTextRenderer.number(span.maximum)
            figures.append((low == high ? low : "\(low)–\(high)") + unit)
            if span.ratio.isFinite, span.ratio > 1.0001 { figures.append("×" + String(format: "%.2f", span.ratio)) }
        }
        let numbered = group.ranges.compactMap { $0 }.count
        if numbered > 1 { figures.append(group.isConsistent ? "all agree" : "\(group.largestAgreement.count)/\(numbered) agree") }
        var rows = [PanelRow(text: group.label, detail: figures.joined(separator: " · "), style: Style(bold: true))]
        for (member, row) in zip(group.members, group.rows(verdicts: verdicts)) {
            let mark = row.agrees.map { $0 ? "=" : "≠" } ?? " "
            var text = "\(mark) \(row.text) — \(row.source ?? "no source")"
            if let verdict = row.verdict { text += " [\(verdict.status.rawValue)]" }
            let style: Style = switch row.verdict?.status {
            case .false?, .disputed?: theme.problem
            default: .plain
            }
            let listed = indexOfPath[row.articlePath]
            // An item's key holds a NUL: the row's name is its record's.
            let fileName = listed.map { records[$0].summary.fileName }
                ?? row.articlePath.split(separator: "/").last.map(String.init) ?? row.articlePath
            let target: PanelRow.Target = listed.map {
                .claim(articleIndex: $0, range: row.id.start..<row.id.end, kind: member.claim.kind)
            } ?? .none
            rows.append(PanelRow(text: text, detail: fileName, style: style, target: target))
        }
        return rows
    }

    /// An open ledger panel takes in articles analysed since it was built: when the last one
    /// arrives, and before that each time the analysed articles have doubled, so a large corpus is
    /// not regrouped on every arrival. On the corpus index the world groups them: it is asked.
    mutating func refreshLedgerPanelAfterAnalysis() -> AppCommand {
        guard let open = panel, open.kind == .ledger, !awaitsIndexedLedger else { return .none }
        if indexAnswersLedger { return regroupAfterAnalysis() }
        let analysed = records.lazy.filter { $0.analysis != nil }.count
        let built = ledgerCache?.analysed ?? 0
        if analysed == records.count || analysed >= 2 * built { reopenLedgerPanel(keeping: open) }
        return .none
    }

    /// The ledger panel rebuilt after the store answered (a verdict saved or undone), on the same claim.
    mutating func reopenLedgerPanel(keeping old: Panel) {
        openLedgerPanel()
        guard var reopened = panel else { return }
        reopened.top = old.top
        if let target = old.selectedRow?.target, let row = reopened.rows.firstIndex(where: { $0.target == target }) {
            reopened.selected = row
        } else {
            reopened.selected = min(old.selected, reopened.rows.count - 1)
        }
        reopened.move(by: 0, visibleRows: panelRows)
        panel = reopened
    }

    /// Gives the selected claim the next (`step` 1) or previous (-1) verdict, keeping its evidence
    /// and note; the annotation that carries it is found or made by VerdictPlacement, as on the
    /// command line.
    mutating func cycleVerdict(by step: Int, in panel: Panel, environment: AppEnvironment) -> AppCommand {
        guard case .claim(let index, let range, _)? = panel.selectedRow?.target else { return .none }
        let record = records[index]
        // A claim the index listed from an article not read yet: read it, and give the verdict then.
        if record.article == nil, record.sidecarProblem == nil {
            pendingVerdict = (index, range, step)
            message = "Reading \(record.summary.fileName) to give the verdict…"
            return .readArticle(index)
        }
        return giveVerdict(step: step, index: index, range: range, environment: environment)
    }

    /// The verdict asked on a claim of an article not read yet, once it is read and analysed (the
    /// claim's snapshot comes from the analysis); nil while it waits or when none is asked.
    mutating func givePendingVerdict(environment: AppEnvironment) -> AppCommand? {
        guard let pending = pendingVerdict, records[pending.index].article != nil, records[pending.index].analysis != nil
        else { return nil }
        pendingVerdict = nil
        return giveVerdict(step: pending.step, index: pending.index, range: pending.range, environment: environment)
    }

    /// Gives the claim at `range` of article `index` the next or previous verdict.
    mutating func giveVerdict(step: Int, index: Int, range: Range<Int>, environment: AppEnvironment) -> AppCommand {
        let record = records[index]
        if let refusal = verdictRefusal(record) {
            message = refusal
            return .none
        }
        guard let article = record.article else { return .none }
        let onSpan = record.annotations.filter { $0.range == range }
        let current = (onSpan.first { $0.annotation.verdict != nil })?.annotation.verdict
        var verdict = current ?? ClaimVerdict(status: .unverified, date: "")
        verdict.status = VerdictStatus.cycled(from: current?.status, by: step)
        verdict.date = Annotation.timestampText(environment.now)
        let claim = record.analysis?.claims.first { $0.start == range.lowerBound && $0.end == range.upperBound }
        let annotation = VerdictPlacement.annotation(giving: verdict, to: range, in: article, among: record.annotations,
                                                     claim: claim, newID: environment.newID, now: environment.now)
        let previous = record.annotations.first { $0.annotation.id == annotation.id }?.annotation
        undoStack.append(UndoStep(articleIndex: index, change: previous.map { .update($0) } ?? .delete(annotation.id)))
        message = "Verdict: \(verdict.status.rawValue) on “\(AppState.shortQuote(article.slice(range)))”" + undoHint
        return .changeAnnotations(articleIndex: index, change: previous == nil ? .add(annotation) : .update(annotation))
    }

    /// Why the selected claim's verdict cannot be changed (a damaged sidecar, an article the ledger
    /// came from the index for and that is not read yet, a repaired text), or nil.
    mutating func verdictRefusal(_ record: ArticleRecord) -> String? {
        if let problem = record.sidecarProblem { return problem }
        guard let article = record.article else {
            return "This article is not read yet: Enter opens it at this claim, and its verdict can be given then"
        }
        guard article.isExact else {
            return "This article's text was repaired (invalid UTF-8), so annotations could not be anchored: verdicts are off"
        }
        return nil
    }

    /// Opens the prompt on the selected claim's evidence address or note, holding what it has now.
    mutating func openVerdictPrompt(_ field: VerdictPrompt.Field, in panel: Panel) {
        guard case .claim(let index, let range, _)? = panel.selectedRow?.target else {
            message = "Choose a claim (not a group's heading) to give its verdict evidence or a note"
            return
        }
        if let refusal = verdictRefusal(records[index]) {
            message = refusal
            return
        }
        let current = records[index].annotations.first { $0.range == range && $0.annotation.verdict != nil }?.annotation.verdict
        let text = switch field {
        case .evidence: current?.evidence ?? ""
        case .note: current?.note ?? ""
        }
        verdictPrompt = VerdictPrompt(field: field, articleIndex: index, range: range)
        prompt = LineEditor(text)
        message = field == .evidence ? "The web address of the evidence (http:// or https://); empty removes it"
            : "A note on the verdict; empty removes it"
    }

    /// Enter saves the evidence or note into the claim's verdict (a claim without one becomes
    /// unverified), through the annotation change any verdict takes; Esc, Ctrl-C, Ctrl-G cancel.
    mutating func handleVerdictPromptKey(_ key: Key, _ target: VerdictPrompt, environment: AppEnvironment) -> AppCommand {
        switch keyMap.action(for: key, in: .prompt) {
        case .cancelPrompt?:
            prompt = nil
            verdictPrompt = nil
            message = nil
            return .none
        case .runSearch?:
            let text = prompt?.text ?? ""
            let record = records[target.articleIndex]
            // The prompt opens only on a claim of an analysed, hence read, article.
            guard let article = record.article else { return .none }
            let current = record.annotations.first { $0.range == target.range && $0.annotation.verdict != nil }?.annotation.verdict
            let verdict: ClaimVerdict
            do {
                verdict = try VerdictPlacement.verdict(
                    status: current?.status ?? .unverified,
                    evidence: target.field == .evidence ? text : current?.evidence,
                    note: target.field == .note ? text : current?.note, now: environment.now)
            } catch {
                // The prompt stays open with the text, to be corrected.
                message = "\(error); Esc cancels"
                return .none
            }
            prompt = nil
            verdictPrompt = nil
            let range = target.range
            let claim = record.analysis?.claims.first { $0.start == range.lowerBound && $0.end == range.upperBound }
            let annotation = VerdictPlacement.annotation(giving: verdict, to: range, in: article, among: record.annotations,
                                                         claim: claim, newID: environment.newID, now: environment.now)
            let previous = record.annotations.first { $0.annotation.id == annotation.id }?.annotation
            undoStack.append(UndoStep(articleIndex: target.articleIndex, change: previous.map { .update($0) } ?? .delete(annotation.id)))
            let what = target.field == .evidence ? (verdict.evidence == nil ? "Evidence removed" : "Evidence saved")
                : (verdict.note == nil ? "Note removed" : "Note saved")
            message = "\(what) on “\(AppState.shortQuote(article.slice(range)))” (\(verdict.status.rawValue))" + undoHint
            return .changeAnnotations(articleIndex: target.articleIndex, change: previous == nil ? .add(annotation) : .update(annotation))
        default:
            if key == .backspace, prompt?.text.isEmpty == true {
                prompt = nil
                verdictPrompt = nil
            } else {
                _ = prompt?.handle(key)
            }
            return .none
        }
    }
}
