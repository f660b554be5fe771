import ArgumentParser

/// The formats `reader export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown
    case w3c
    /// A fact-check memo per claim group, in Markdown.
    case memo
    /// schema.org ClaimReview JSON-LD for every claim with a verdict.
    case claimreview
}
