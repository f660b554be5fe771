import Foundation

/// Where a new verdict on a span goes: into the annotation that already carries a verdict on
/// exactly that span, else into one on that span without a verdict (the verdict joins the note),
/// else into a new annotation. Pure, so the reader's panel and the command line place it alike.
public enum VerdictPlacement {
    /// The annotation to save: an existing one revised, or a new one.
    /// - Parameters:
    ///   - anchored: the article's annotations anchored in its current text.
    ///   - claim: the recognised claim on the span, kept as a snapshot in a new annotation.
    ///   - newID: the id a new annotation takes.
    public static func annotation(giving verdict: ClaimVerdict, to range: Range<Int>, in article: Article,
                                  among anchored: [AnchoredAnnotation], claim: Claim?, newID: UUID = UUID(),
                                  now: Date = Date()) -> Annotation {
        let onSpan = anchored.filter { $0.range == range }
        if var existing = (onSpan.first { $0.annotation.verdict != nil } ?? onSpan.first)?.annotation {
            existing.verdict = verdict
            existing.modified = Annotation.timestampText(now)
            return existing
        }
        var made = Annotation.make(article: article, range: range, claim: claim, id: newID, now: now)
        made.verdict = verdict
        return made
    }

    /// A verdict from command-line or panel input, with the evidence checked to be a web address.
    public static func verdict(status: VerdictStatus, evidence: String?, note: String?, now: Date = Date()) throws(VerdictInputError) -> ClaimVerdict {
        let trimmedEvidence = evidence?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let trimmedEvidence, !trimmedEvidence.isEmpty {
            guard let url = URL(string: trimmedEvidence), let scheme = url.scheme?.lowercased(),
                  scheme == "http" || scheme == "https", url.host != nil else {
                throw VerdictInputError.evidenceNotURL(trimmedEvidence)
            }
        }
        let trimmedNote = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        return ClaimVerdict(status: status, evidence: trimmedEvidence?.isEmpty == false ? trimmedEvidence : nil,
                            note: trimmedNote?.isEmpty == false ? trimmedNote : nil, date: Annotation.timestampText(now))
    }
}
