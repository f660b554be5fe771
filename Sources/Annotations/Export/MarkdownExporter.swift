import Foundation

/// Writes notes as a Markdown memo. Pure and deterministic: the same notes give the same bytes
/// (no "now" in it), so the TUI and `reader export` produce identical files.
///
/// Layout: a heading for the corpus; a section per article (title, file); for each annotation in
/// text order a blockquote of its sentence with the quoted words in bold, then a list with the
/// claim, tags, note, anchor state and a `path:line:column` back-link; finally a table of
/// annotations per tag. Everything a user typed is escaped, so it stays in its place.
public struct MarkdownExporter: Sendable {
    /// The corpus heading.
    public var title: String

    public init(title: String = "Reading notes") {
        self.title = title
    }

    public func export(_ articles: [ExportedArticle]) -> String {
        let withNotes = articles.filter { !$0.annotations.isEmpty }
        let total = withNotes.reduce(0) { $0 + $1.annotations.count }
        var out: [String] = []
        out.append("# " + MarkdownText.inline(title))
        out.append("")
        out.append("\(total) annotation\(total == 1 ? "" : "s") in \(withNotes.count) article\(withNotes.count == 1 ? "" : "s").")
        for exported in withNotes {
            out.append("")
            let heading = exported.article.title.isEmpty ? exported.article.fileName : exported.article.title
            out.append("## " + MarkdownText.inline(heading))
            out.append("")
            let metadata = exported.article.metadata
            let credits = [metadata.byline.map { "By " + $0 }, metadata.source, metadata.date].compactMap { $0 }
            if !credits.isEmpty {
                out.append(MarkdownText.inline(credits.joined(separator: " · ")))
                out.append("")
            }
            if let url = metadata.url, let link = Self.autolink(url) {
                out.append("Link: " + link)
                out.append("")
            }
            out.append("File: " + MarkdownText.code(exported.namedPath))
            for anchored in exported.annotations {
                out.append("")
                out += section(for: anchored, in: exported)
            }
        }
        out.append("")
        out += tagTable(withNotes.flatMap { $0.annotations.map(\.annotation) })
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - Parts

    /// A web address as a Markdown autolink (`<https://…>`), characters that would end or break it
    /// percent-encoded; nil for anything but an http(s) URL, which is never made a link.
    static func autolink(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        var safe = ""
        for scalar in url.unicodeScalars {
            // Every scalar TerminalText would replace (C0, DEL, C1, line separators, bidi
            // overrides) is percent-encoded, so the link stays exact and shows no control.
            if scalar.value <= 0x20 || [0x3C, 0x3E, 0x5C, 0x60].contains(scalar.value)
                || TerminalText.replacement(for: scalar) != nil {
                for byte in String(scalar).utf8 { safe += String(format: "%%%02X", byte) }
            } else {
                safe.unicodeScalars.append(scalar)
            }
        }
        return "<" + safe + ">"
    }

    func section(for anchored: AnchoredAnnotation, in exported: ExportedArticle) -> [String] {
        let annotation = anchored.annotation
        let context: SentenceContext
        if let range = anchored.range {
            context = SentenceContext(range: range, in: exported.article.scalars)
        } else {
            // An orphan: its stored quote and context are all there is.
            let quote = annotation.target.quote
            context = SentenceContext(before: SentenceContext.flat(ArraySlice(quote.prefix.unicodeScalars)), quote: quote.exact,
                                      after: SentenceContext.flat(ArraySlice(quote.suffix.unicodeScalars)))
        }
        var lines = ["> " + blockquoteText(context)]
        lines.append("")
        if let claim = annotation.claim {
            lines.append("- Claim (\(claim.kind.rawValue)): " + MarkdownText.inline(Self.describe(claim)))
        }
        if !annotation.tags.isEmpty {
            lines.append("- Tags: " + annotation.tags.map { "\\#" + MarkdownText.inline($0) }.joined(separator: " "))
        }
        let note = MarkdownText.lines(annotation.note, indent: "  ")
        if !note.isEmpty {
            lines.append("- Note: " + note)
        }
        switch anchored.state {
        case .anchored: break
        case .moved: lines.append("- State: moved (found again after the article changed)")
        case .changed: lines.append("- State: changed (a number in the quoted words differs from when it was annotated)")
        case .orphan: lines.append("- State: orphan (the quoted words are no longer in the article)")
        }
        if let range = anchored.range {
            let location = TextLocation(offset: range.lowerBound, in: exported.article.scalars)
            lines.append("- Source: " + MarkdownText.code("\(exported.namedPath):\(location)"))
        } else {
            lines.append("- Source: " + MarkdownText.code(exported.namedPath))
        }
        return lines
    }

    /// The sentence with the quote in bold; white space at the quote's edges moved outside the
    /// asterisks, where it would stop them from counting as emphasis.
    func blockquoteText(_ context: SentenceContext) -> String {
        let scalars = Array(context.quote.unicodeScalars)
        let core = Article.trim(0..<scalars.count, in: scalars)
        let leading = Article.string(scalars[0..<core.lowerBound])
        let trailing = Article.string(scalars[core.upperBound...])
        let quote = core.isEmpty ? "(empty)" : Article.string(scalars[core])
        // Only the text before the quote starts the line; the rest is mid-line.
        let beforeScalars = Array((context.before + leading).unicodeScalars)
        let firstWord = beforeScalars.firstIndex { !Article.isSpace($0) } ?? beforeScalars.count
        let before = MarkdownText.escapeLine(Article.string(beforeScalars[firstWord...]))
        return before + "**" + MarkdownText.escapeInline(quote) + "**" + MarkdownText.escapeInline(trailing + context.after)
    }

    /// A table of how many annotations carry each tag (untagged counted too), most used first.
    func tagTable(_ annotations: [Annotation]) -> [String] {
        var counts: [String: Int] = [:]
        var untagged = 0
        for annotation in annotations {
            if annotation.tags.isEmpty { untagged += 1 }
            for tag in annotation.tags { counts[tag, default: 0] += 1 }
        }
        var lines = ["## Tags", ""]
        if counts.isEmpty && untagged == 0 {
            lines.append("No annotations.")
            return lines
        }
        lines.append("| Tag | Annotations |")
        lines.append("| --- | ---: |")
        let sorted = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        for (tag, count) in sorted {
            lines.append("| \\#" + MarkdownText.inline(tag) + " | \(count) |")
        }
        if untagged > 0 { lines.append("| (untagged) | \(untagged) |") }
        return lines
    }

    /// "more than 20000 civilians", "2016-12-05", "93 percent".
    static func describe(_ claim: ClaimSnapshot) -> String {
        var parts: [String] = []
        if let qualifier = claim.qualifier, !qualifier.isEmpty { parts.append(qualifier) }
        if let normalized = claim.normalized {
            parts.append(normalized)
        } else if let value = claim.value {
            parts.append(number(value))
        }
        if let unit = claim.unit, !unit.isEmpty { parts.append(unit) }
        return parts.isEmpty ? "(no value)" : parts.joined(separator: " ")
    }

    /// Whole numbers without a decimal point; others in Swift's shortest exact form.
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
