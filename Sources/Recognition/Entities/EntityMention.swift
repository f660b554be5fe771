/// A mention found in the byte text, before offsets become Unicode scalar offsets.
///
/// 32 bytes: offsets and indices are stored in 32 bits (`EntityTokenizer` only takes texts whose
/// byte offsets fit, and there are fewer tokens than bytes), since entity-dense text makes
/// hundreds of thousands of mentions, copied from the spotter's array to the linker's.
struct EntityMention: Sendable {
    private var storedFirstToken: UInt32
    private var storedEndToken: UInt32
    private var storedStart: UInt32
    private var storedEnd: UInt32
    /// 1 + the full-name index, or 0 for none.
    private var storedFullName: UInt32 = 0
    /// Nil while only capitalisation speaks for it: the document decides (see `MentionLinker`).
    var type: EntityType?
    /// A name the text shows is no entity ("Typhoon Haiyan"): dropped, with its repeats elsewhere.
    var isNonEntity = false
    /// For a sports team named by its city ("Montreal Canadiens"), the words of its nickname, else 0:
    /// `TeamNameLinker` types the nickname and, in game sentences, the city alone as the team.
    var teamNicknameWords: UInt8 = 0
    /// Typed only by `MentionLinker`'s default (an unknown capitalised name taken for an
    /// organisation): the mentions `EntityModelTyper` may retype.
    var typedByDefault = false
    /// The rules that made, extended and typed it, in order (`EntityRecognizer.explainedEntities`).
    var rules = EntityRuleTrace()

    init(firstToken: Int, endToken: Int, start: Int, end: Int, type: EntityType?) {
        // Exact: token indices and byte offsets of a text `EntityTokenizer` accepts fit in 32 bits.
        storedFirstToken = UInt32(truncatingIfNeeded: firstToken)
        storedEndToken = UInt32(truncatingIfNeeded: endToken)
        storedStart = UInt32(truncatingIfNeeded: start)
        storedEnd = UInt32(truncatingIfNeeded: end)
        self.type = type
    }

    /// This mention with `rule` recorded after its rules.
    func recording(_ rule: EntityRule) -> EntityMention {
        var mention = self
        mention.rules.record(rule)
        return mention
    }

    /// Token indices, end exclusive.
    var firstToken: Int {
        @inline(__always) get { Int(storedFirstToken) }
        set { storedFirstToken = UInt32(newValue) }
    }
    var endToken: Int {
        @inline(__always) get { Int(storedEndToken) }
        set { storedEndToken = UInt32(newValue) }
    }
    /// Byte offsets, end exclusive.
    var start: Int {
        @inline(__always) get { Int(storedStart) }
        set { storedStart = UInt32(newValue) }
    }
    var end: Int {
        @inline(__always) get { Int(storedEnd) }
        set { storedEnd = UInt32(newValue) }
    }
    /// Set by `MentionLinker` for a person: the index of the mention's full name ("Assad" →
    /// "Bashar al-Assad") among the names `MentionLinker.link` returns. An index rather than the
    /// string keeps mentions plain values, copied and freed without reference counting.
    var fullNameIndex: Int? {
        @inline(__always) get { storedFullName == 0 ? nil : Int(storedFullName) - 1 }
        set { storedFullName = newValue.map { UInt32($0 + 1) } ?? 0 }
    }
}
