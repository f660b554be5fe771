import Annotations

/// One thing the reader highlights in an article: an entity mention or a numeric claim.
public struct Highlight: Equatable, Sendable {
    public enum Kind: Hashable, Sendable {
        case entity(EntityType)
        case claim(ClaimKind)
    }

    public var kind: Kind
    /// Unicode scalar offsets into the article text.
    public var range: Range<Int>
    /// Index into `Analysis.entities` or `Analysis.claims`, by kind.
    public var index: Int

    public init(kind: Kind, range: Range<Int>, index: Int) {
        self.kind = kind
        self.range = range
        self.index = index
    }

    /// Every entity and claim of an analysis that `layers` shows, sorted by start (entities first on a tie).
    /// - Parameter judgedClaims: the spans of claims that carry a verdict, which alone are shown when
    ///   the layers hide unjudged claims.
    public static func all(in analysis: Analysis, layers: HighlightLayers, judgedClaims: Set<Range<Int>> = []) -> [Highlight] {
        var result: [Highlight] = []
        for (index, entity) in analysis.entities.enumerated() where layers.shows(.entity(entity.type)) {
            guard entity.start < entity.end else { continue }
            result.append(Highlight(kind: .entity(entity.type), range: entity.start..<entity.end, index: index))
        }
        for (index, claim) in analysis.claims.enumerated() where layers.shows(.claim(claim.kind)) {
            guard claim.start < claim.end else { continue }
            if layers.hidesUnjudgedClaims, !judgedClaims.contains(claim.start..<claim.end) { continue }
            result.append(Highlight(kind: .claim(claim.kind), range: claim.start..<claim.end, index: index))
        }
        result.sort { lhs, rhs in
            if lhs.range.lowerBound != rhs.range.lowerBound { return lhs.range.lowerBound < rhs.range.lowerBound }
            return lhs.isEntity && !rhs.isEntity
        }
        return result
    }

    public var isEntity: Bool {
        if case .entity = kind { return true }
        return false
    }
}
