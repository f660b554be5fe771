import Foundation

/// Writes schema.org ClaimReview JSON-LD for every claim with a verdict: what was claimed, the
/// rating (with `alternateName`, the words of the status), who made the claim (`itemReviewed.author`,
/// from the attribution), where it appeared, the date of the verdict, and the evidence as `citation`.
/// Control characters in any of it are written as `\u` escapes, as in every JSON reader prints.
public struct ClaimReviewExporter: Sendable {
    public var verdicts: LedgerVerdicts
    /// The fact-checker, as ClaimReview's `author`; nil leaves it out.
    public var reviewer: String?
    /// Where the reviews will be published (ClaimReview's `url`); nil when not known.
    public var reviewURL: String?
    /// The path or address written for an article whose web address is not known.
    public var linkPath: @Sendable (String) -> String
    /// Articles' canonical web addresses by path (an HTML page's link rel=canonical, a feed item's
    /// link): where the claim appeared, which is what a reader of the review can follow.
    public var articleURLs: [String: String]

    public init(verdicts: LedgerVerdicts, reviewer: String? = nil, reviewURL: String? = nil,
                articleURLs: [String: String] = [:], linkPath: @escaping @Sendable (String) -> String = { $0 }) {
        self.verdicts = verdicts
        self.reviewer = reviewer
        self.reviewURL = reviewURL
        self.articleURLs = articleURLs
        self.linkPath = linkPath
    }

    /// The canonical web addresses of the articles that have one (http or https only: a page may
    /// name anything as canonical), by path.
    /// - Parameter key: what names an article in the ledger (its path, or for an item its `displayPath`).
    public static func webAddresses(of articles: [Article], key: (Article) -> String = \.path) -> [String: String] {
        var addresses: [String: String] = [:]
        for article in articles {
            guard let url = article.metadata.url?.trimmingCharacters(in: .whitespaces),
                  let scheme = URL(string: url)?.scheme?.lowercased(), scheme == "http" || scheme == "https" else { continue }
            addresses[key(article)] = url
        }
        return addresses
    }

    /// The JSON-LD document: `{"@context": "https://schema.org", "@graph": [ClaimReview…]}`, pretty,
    /// with sorted keys, claims in ledger order.
    public func export(_ ledger: ClaimLedger) throws -> String {
        let reviews: [[String: Any]] = ledger.claims.compactMap { claim in
            verdicts.verdict(for: claim.id).map { review(of: claim, verdict: $0) }
        }
        let document: [String: Any] = ["@context": "https://schema.org", "@graph": reviews]
        let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return TerminalText.escapingControls(inJSON: String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// One ClaimReview.
    public func review(of claim: LedgerClaim, verdict: ClaimVerdict) -> [String: Any] {
        var rating: [String: Any] = ["@type": "Rating", "alternateName": verdict.status.ratingName]
        if let value = verdict.status.ratingValue {
            rating["ratingValue"] = value
            rating["bestRating"] = 5
            rating["worstRating"] = 1
        }
        var item: [String: Any] = ["@type": "Claim"]
        if let attribution = claim.attribution {
            item["author"] = ["@type": ClaimReviewExporter.schemaType(of: attribution), "name": attribution.source]
        }
        item["appearance"] = ["@type": "CreativeWork", "headline": claim.articleTitle, "url": articleURLs[claim.id.path] ?? linkPath(claim.id.path)]
        var review: [String: Any] = [
            "@type": "ClaimReview",
            "claimReviewed": claim.sentence,
            "reviewRating": rating,
            "itemReviewed": item,
            "datePublished": String(verdict.date.prefix(10)),
        ]
        if let note = verdict.note { review["reviewBody"] = note }
        if let evidence = verdict.evidence { review["citation"] = evidence }
        if let reviewer { review["author"] = ["@type": "Organization", "name": reviewer] }
        if let reviewURL { review["url"] = reviewURL }
        return review
    }

    /// Person for a named person or a role that is one ("a Russian official"); Organization otherwise.
    static func schemaType(of attribution: ClaimAttribution) -> String {
        if attribution.entityType == .person { return "Person" }
        if attribution.entityType == nil {
            let personal: Set<String> = ["official", "spokesman", "spokeswoman", "spokesperson", "minister", "president",
                                         "adviser", "advisor", "envoy", "commander", "doctor", "correspondent", "witness",
                                         "secretary", "governor", "mayor", "director", "coordinator", "officer", "analyst"]
            let last = attribution.source.lowercased().split(separator: " ").last.map(String.init) ?? ""
            if personal.contains(last) { return "Person" }
        }
        return "Organization"
    }
}
