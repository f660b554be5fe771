import Annotations

/// All mentions of one entity in an article, under its canonical name.
public struct EntityGroup: Equatable, Sendable {
    public var name: String
    public var type: EntityType
    public var ranges: [Range<Int>]

    /// Groups mentions by canonical name and type: most mentioned first, then by name.
    public static func groups(in entities: [Entity]) -> [EntityGroup] {
        var byKey: [String: EntityGroup] = [:]
        var order: [String] = []
        for entity in entities {
            let key = entity.type.rawValue + "\u{0}" + entity.canonical
            if byKey[key] == nil {
                byKey[key] = EntityGroup(name: entity.canonical, type: entity.type, ranges: [])
                order.append(key)
            }
            byKey[key]?.ranges.append(entity.start..<entity.end)
        }
        return order.compactMap { byKey[$0] }.sorted { lhs, rhs in
            if lhs.ranges.count != rhs.ranges.count { return lhs.ranges.count > rhs.ranges.count }
            return (lhs.name.lowercased(), lhs.type.rawValue) < (rhs.name.lowercased(), rhs.type.rawValue)
        }
    }
}
