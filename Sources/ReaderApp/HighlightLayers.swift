import Annotations

/// Which highlights the article view shows: each entity type and each claim kind can be hidden.
public struct HighlightLayers: Equatable, Sendable, Codable {
    public var hiddenEntityTypes: Set<EntityType>
    public var hiddenClaimKinds: Set<ClaimKind>

    public init(hiddenEntityTypes: Set<EntityType> = [], hiddenClaimKinds: Set<ClaimKind> = []) {
        self.hiddenEntityTypes = hiddenEntityTypes
        self.hiddenClaimKinds = hiddenClaimKinds
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
