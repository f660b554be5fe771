/// A join of `EntitySpotter.chunkEnd` noted while explaining: the rule that took more words into
/// a chunk and the first token it took.
struct ChunkJoin: Sendable {
    let token: Int
    let rule: EntityRule
}
