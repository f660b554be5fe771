import Annotations

/// Which highlights the article view shows: each entity type and each claim kind can be hidden.
public struct HighlightLayers: Equatable, Sendable, Codable {
    public var hiddenEntityTypes: Set<EntityType>
    public var hiddenClaimKinds: Set<ClaimKind>
    /// Claims nobody has given a verdict are hidden: a fact-checker's view of what was judged.
    public var hidesUnjudgedClaims: Bool

    /// The name of the unjudged-claims layer in the config file's `layers.hidden`.
    public static let unjudgedLayerName = "unjudged"

    public init(hiddenEntityTypes: Set<EntityType> = [], hiddenClaimKinds: Set<ClaimKind> = [], hidesUnjudgedClaims: Bool = false) {
        self.hiddenEntityTypes = hiddenEntityTypes
        self.hiddenClaimKinds = hiddenClaimKinds
        self.hidesUnjudgedClaims = hidesUnjudgedClaims
    }

    public func shows(_ kind: Highlight.Kind) -> Bool {
        switch kind {
        case .entity(let type): !hiddenEntityTypes.contains(type)
        case .claim(let kind): !hiddenClaimKinds.contains(kind)
        }
    }

    public var showsAnyEntity: Bool { hiddenEntityTypes.count < EntityType.allCases.count }
    public var showsAnyClaim: Bool { hiddenClaimKinds.count < ClaimKind.allCases.count }

    /// Shows every entity type, or hides them all when any was shown.
    public mutating func toggleEntities() {
        hiddenEntityTypes = showsAnyEntity ? Set(EntityType.allCases) : []
    }

    public mutating func toggleClaims() {
        hiddenClaimKinds = showsAnyClaim ? Set(ClaimKind.allCases) : []
    }

    public mutating func toggle(_ type: EntityType) {
        if hiddenEntityTypes.contains(type) { hiddenEntityTypes.remove(type) } else { hiddenEntityTypes.insert(type) }
    }

    public mutating func toggle(_ kind: ClaimKind) {
        if hiddenClaimKinds.contains(kind) { hiddenClaimKinds.remove(kind) } else { hiddenClaimKinds.insert(kind) }
    }
}
