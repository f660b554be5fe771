/// A mention found in the byte text, before offsets become Unicode scalar offsets.
struct EntityMention: Sendable {
    /// Token indices, end exclusive.
    var firstToken: Int
    var endToken: Int
    /// Byte offsets, end exclusive.
    var start: Int
    var end: Int
    /// Nil while only capitalisation speaks for it: the document decides (see `MentionLinker`).
    var type: EntityType?
    /// Set by `MentionLinker` for a person: the index of the mention's full name ("Assad" →
    /// "Bashar al-Assad") among the names `MentionLinker.link` returns. An index rather than the
    /// string keeps mentions plain values, copied and freed without reference counting.
    var fullNameIndex: Int?
    /// A name the text shows is no entity ("Typhoon Haiyan"): dropped, with its repeats elsewhere.
    var isNonEntity = false
}
