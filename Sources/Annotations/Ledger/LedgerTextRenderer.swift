import Foundation

/// The ledger as plain text for the command line (and a model of what the panel shows): each group
/// with its label, its values side by side, which of them agree, and the source and article of each.
///
/// The text may hold anything the articles hold; the caller makes control characters visible
/// before it reaches a terminal.
public struct LedgerTextRenderer: Sendable {
    public var verdicts: LedgerVerdicts

    public init(verdicts: LedgerVerdicts = LedgerVerdicts()) {
        self.verdicts = verdicts
    }

    /// Every claim, one line each: where, what, who says it, its group and verdict.
    public func renderClaims(_ ledger: ClaimLedger) -> String {
        var lines: [String] = []
        var currentPath: String?
        for (position, claim) in ledger.claims.enumerated() {
            if claim.id.path != currentPath {
                if currentPath != nil { lines.append("") }
                lines.append(claim.id.path)
                currentPath = claim.id.path
            }
            var line = "  \(claim.claim.kind.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(claim.claim.text)"
            line += "  — " + (claim.attribution.map { $0.source } ?? "no source given")
            if let group = ledger.group(ofClaimAt: position), group.members.count > 1 { line += "  [group: \(group.label)]" }
            if let verdict = verdicts.verdict(for: claim.id) { line += "  {\(verdict.status.rawValue)}" }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }

    /// The groups with more than one claim (or every group with `includeSingles`).
    public func renderGroups(_ ledger: ClaimLedger, includeSingles: Bool = false) -> String {
        var text = ""
        renderGroups(ledger, includeSingles: includeSingles) { text += $0 }
        return text
    }

    /// The same text in pieces, a group at a time, each handed to `write` as it is made: the text
    /// of a large corpus's groups runs to hundreds of megabytes, and need not be held at once.
    public func renderGroups(_ ledger: ClaimLedger, includeSingles: Bool, write: (String) -> Void) {
        var written = false
        func block(_ text: String) {
            write(written ? "\n\n" + text : text)
            written = true
        }
        var shared = 0
        for group in ledger.groups where includeSingles || group.members.count > 1 {
            shared += 1
            block(render(group, number: shared))
        }
        let singles = ledger.groups.count - ledger.groups.lazy.filter { $0.members.count > 1 }.count
        if !includeSingles, singles > 0 {
            block("\(singles) claim\(singles == 1 ? "" : "s") stand\(singles == 1 ? "s" : "") alone (no other claim counts the same thing).")
        }
        if written { write("\n") }
    }

    /// One group: header, values, agreement, members, reasons.
    public func render(_ group: ClaimGroup, number: Int) -> String {
        var lines = ["\(number). \(group.label)  (\(group.members.count) claim\(group.members.count == 1 ? "" : "s"))"]
        if let span = group.valueSpan {
            let unit = LedgerTextRenderer.unitName(of: group.key.family)
            var values = "   values: \(LedgerTextRenderer.number(span.minimum))–\(LedgerTextRenderer.number(span.maximum))\(unit)"
            if span.ratio.isFinite, span.ratio > 1.0001 { values += String(format: ", spread ×%.2f", span.ratio) }
            lines.append(values)
        }
        // Worked out once: a large group has thousands of members.
        let ranges = group.ranges
        let agreement = ClaimGroup.largestAgreement(of: ranges)
        let numbered = ranges.lazy.compactMap { $0 }.count
        if numbered > 1 {
            lines.append(agreement.count == numbered ? "   all compatible within their qualifiers"
                : "   \(agreement.count) of \(numbered) compatible within their qualifiers (marked =); the others (≠) disagree with them")
        }
        if let common = verdicts.commonVerdict(of: group) { lines.append("   verdict: \(common.rawValue)") }
        for row in group.rows(verdicts: verdicts, ranges: ranges, agreement: agreement) {
            let mark = row.agrees.map { $0 ? "=" : "≠" } ?? " "
            var line = "   \(mark) \(row.text)"
            line += "  — " + (row.source.map { "\($0) (\(row.cue ?? ""))" } ?? "no source given")
            line += "  · \(row.articlePath):\(row.id.start)"
            if let verdict = row.verdict {
                line += "  {\(verdict.status.rawValue)\(verdict.evidence.map { " " + $0 } ?? "")}"
            }
            lines.append(line)
        }
        lines.append("   why: " + group.reasons.joined(separator: "; "))
        lines.append("   id: " + group.id)
        return lines.joined(separator: "\n")
    }

    /// The unit written after a group's values: " percent", " m"; empty for counts and money.
    public static func unitName(of family: String) -> String {
        switch family {
        case "share": " percent"
        case "measure:length": " m"
        case "measure:mass": " kg"
        case "measure:area": " m²"
        default: ""
        }
    }

    /// A number as people write it: grouped thousands, at most two decimals.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            let digits = String(Int64(value).magnitude)
            var grouped = ""
            for (index, digit) in digits.enumerated() {
                if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
                grouped.append(digit)
            }
            return (value < 0 ? "-" : "") + grouped
        }
        return String(format: "%.2f", value)
    }
}
