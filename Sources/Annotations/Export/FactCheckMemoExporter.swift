/// Writes a fact-check memo in Markdown for each claim group: the claim, every variant with its
/// quote, source, article and back-link, how the values agree, and the verdicts with their evidence.
/// Pure and deterministic; everything taken from articles or typed by the user is escaped.
public struct FactCheckMemoExporter: Sendable {
    public var verdicts: LedgerVerdicts
    /// The path to write for an article (relative to the memo's folder, so links work).
    public var linkPath: @Sendable (String) -> String
    /// Line and column of a claim, for the back-link.
    public var location: @Sendable (LedgerClaim.ID) -> TextLocation?

    public init(verdicts: LedgerVerdicts, linkPath: @escaping @Sendable (String) -> String = { $0 },
                location: @escaping @Sendable (LedgerClaim.ID) -> TextLocation? = { _ in nil }) {
        self.verdicts = verdicts
        self.linkPath = linkPath
        self.location = location
    }

    /// One document: a memo section per group, in the ledger's order.
    public func export(_ groups: [ClaimGroup]) -> String {
        var out = ["# Fact-check memos", "", "\(groups.count) claim group\(groups.count == 1 ? "" : "s")."]
        for group in groups {
            out.append("")
            out += memo(for: group)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The memo of one group.
    public func memo(for group: ClaimGroup) -> [String] {
        var out = ["## " + MarkdownText.inline(group.label), ""]
        let unit = LedgerTextRenderer.unitName(of: group.key.family)
        if let span = group.valueSpan {
            var values = "Values: \(LedgerTextRenderer.number(span.minimum))–\(LedgerTextRenderer.number(span.maximum))\(unit)"
            if span.ratio.isFinite, span.ratio > 1.0001 { values += " (spread ×\(String(format: "%.2f", span.ratio)))" }
            out.append(MarkdownText.escapeLine(values) + ".")
        }
        let agreeing = Set(group.largestAgreement)
        let numbered = group.ranges.compactMap { $0 }.count
        if numbered > 1 {
            out.append(group.isConsistent ? "All variants are compatible within their qualifiers."
                : "\(agreeing.count) of \(numbered) variants are compatible within their qualifiers; the others disagree with them.")
        }
        if let common = verdicts.commonVerdict(of: group) { out.append("Verdict on the group: **\(common.rawValue)**.") }
        out.append("")
        out.append("Why these belong together: " + MarkdownText.escapeInline(group.reasons.joined(separator: "; ")) + ".")
        for (index, member) in group.members.enumerated() {
            out.append("")
            let agreement = numbered > 1 ? (agreeing.contains(index) ? " (agrees)" : " (disagrees)") : ""
            out.append("### \(index + 1). " + MarkdownText.inline(member.claim.text) + agreement)
            out.append("")
            out.append("> " + MarkdownText.inline(member.sentence))
            out.append("")
            let source = member.attribution.map { MarkdownText.escapeInline("\($0.source) (\($0.cue): \($0.phrase))") } ?? "no source given"
            out.append("- Source: " + source)
            let path = linkPath(member.id.path)
            let title = member.articleTitle.isEmpty ? path : member.articleTitle
            let place = location(member.id).map { ":\($0)" } ?? ""
            out.append("- Article: [" + MarkdownText.escapeInline(title) + "](" + MarkdownLink.destination(path) + ") — "
                       + MarkdownText.code(path + place))
            if let verdict = verdicts.verdict(for: member.id) {
                var line = "- Verdict: **\(verdict.status.rawValue)**"
                if let evidence = verdict.evidence { line += " — evidence: <" + MarkdownLink.autolink(evidence) + ">" }
                out.append(line)
                if let note = verdict.note { out.append("- Note: " + MarkdownText.lines(note, indent: "  ")) }
            } else {
                out.append("- Verdict: none yet")
            }
        }
        return out
    }
}
