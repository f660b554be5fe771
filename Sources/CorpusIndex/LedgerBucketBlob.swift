import Annotations

/// One bucket's grouping (ClaimBucketGrouping, without its signature, which has its own column)
/// as bytes in the index's `ledger_bucket` table: each group's id, key and member positions.
/// Bytes that do not decode give nil, and the bucket is split again.
enum LedgerBucketBlob {
    static let formatVersion: UInt8 = 1

    static func encode(_ grouping: ClaimBucketGrouping) -> [UInt8] {
        var writer = AnalysisBlob.Writer()
        writer.bytes.append(formatVersion)
        writer.integer(grouping.groups.count)
        for group in grouping.groups {
            writer.string(group.id)
            writer.string(group.key.family)
            writer.string(group.key.subject)
            writer.optional(group.key.event)
            writer.optional(group.key.place)
            writer.optional(group.key.direction)
            writer.bytes.append((group.key.isLongPeriod ? 1 : 0) | (group.key.isProjection ? 2 : 0))
            writer.integer(group.members.count)
            // Members ascend: each as its distance from the one before, mostly one byte.
            var previous: Int32 = -1
            for member in group.members {
                writer.integer(Int(member - previous))
                previous = member
            }
        }
        return writer.bytes
    }

    static func decode(_ bytes: [UInt8], signature: UInt64) -> ClaimBucketGrouping? {
        var reader = AnalysisBlob.Reader(bytes: bytes)
        guard reader.byte() == formatVersion, let count = reader.integer(), count <= bytes.count else { return nil }
        var groups: [ClaimBucketGrouping.Group] = []
        groups.reserveCapacity(count)
        for _ in 0..<count {
            guard let id = reader.string(), let family = reader.string(), let subject = reader.string(),
                  let event = reader.optional(), let place = reader.optional(), let direction = reader.optional(),
                  let flags = reader.byte(), flags < 4, let memberCount = reader.integer(), memberCount <= bytes.count
            else { return nil }
            var members: [Int32] = []
            members.reserveCapacity(memberCount)
            var previous: Int32 = -1
            for _ in 0..<memberCount {
                guard let step = reader.integer(), step > 0, step < Int(Int32.max) - Int(previous) else { return nil }
                previous += Int32(step)
                members.append(previous)
            }
            groups.append(ClaimBucketGrouping.Group(
                id: id,
                key: ClaimGroupKey(family: family, subject: subject, event: event, place: place, isLongPeriod: flags & 1 != 0,
                                   isProjection: flags & 2 != 0, direction: direction),
                members: members))
        }
        return reader.isAtEnd ? ClaimBucketGrouping(signature: signature, groups: groups) : nil
    }
}
