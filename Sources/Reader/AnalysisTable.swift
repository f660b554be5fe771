import Annotations

/// The readable form of `reader analyze`: per article, one row per entity and per claim.
enum AnalysisTable {
    static func render(_ report: ArticleReport) -> String {
        var lines = ["\(TerminalText.visible(report.file)): \(report.entities.count) entities, \(report.claims.count) claims"]
        for entity in report.entities {
            // A no-break space in the text is not a different name.
            let sameName = entity.canonical == entity.text.replacingOccurrences(of: "\u{A0}", with: " ")
            let canonical = sameName || entity.canonical == entity.text ? "" : "  → \(TerminalText.visible(entity.canonical))"
            lines.append("  \(pad(entity.type.rawValue, 9))\(pad("\(entity.start)-\(entity.end)", 12))"
                         + TerminalText.visible(entity.text) + canonical)
        }
        for report in report.claims {
            let claim = report.claim
            var details: [String] = []
            if let normalized = claim.normalized {
                details.append(normalized)
            } else if let value = claim.value {
                details.append(value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value))
            }
            if let qualifier = claim.qualifier {
                details.append("qualifier: \(qualifier)" + (claim.bound.map { $0 == .approximate ? " (approximate)" : " (\($0.rawValue) bound)" } ?? ""))
            }
            if let unit = claim.unit { details.append("unit: \(unit)") }
            lines.append("  \(pad(claim.kind.rawValue, 9))\(pad("\(claim.start)-\(claim.end)", 12))"
                         + TerminalText.visible(claim.text) + "  [" + TerminalText.visible(details.joined(separator: "; ")) + "]")
        }
        return lines.joined(separator: "\n")
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
