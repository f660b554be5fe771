/// How one bucket of the ledger (the claims sharing a `ClaimGroupKey` before places, events and
/// dates are compared) split into groups, kept so that a later ledger whose bucket holds the same
/// claims takes the groups as they are instead of splitting the bucket again.
///
/// The `signature` names the bucket's members: it mixes, in corpus order, each member's stamp (a
/// number its article's claims change with, given by whoever keeps them) with the version of the
/// splitting rules. Equal signatures mean the same claims in the same order, so the same groups.
public struct ClaimBucketGrouping: Equatable, Sendable {
    /// One group of the bucket: its id and key, and its members as positions in the bucket's list
    /// of members (corpus order).
    public struct Group: Equatable, Sendable {
        public var id: String
        public var key: ClaimGroupKey
        public var members: [Int32]

        public init(id: String, key: ClaimGroupKey, members: [Int32]) {
            self.id = id
            self.key = key
            self.members = members
        }
    }

    public var signature: UInt64
    public var groups: [Group]

    public init(signature: UInt64, groups: [Group]) {
        self.signature = signature
        self.groups = groups
    }

    /// The version of the rules that split a bucket (`ClaimLedger.groups(ofBucket:…)` and the
    /// splits it calls): raise it whenever they can split the same claims otherwise, so groupings
    /// stored by other rules are made again.
    public static let rulesVersion: UInt64 = 1

    /// The signature of a bucket whose members have these stamps, in order.
    static func signature(stamps: some Sequence<UInt64>) -> UInt64 {
        var hash = mix(0x9E37_79B9_7F4A_7C15 ^ rulesVersion ^ UInt64(ClaimLedger.readerVersion) << 32)
        var count: UInt64 = 0
        for stamp in stamps {
            hash = mix(hash ^ stamp &+ count)
            count &+= 1
        }
        return mix(hash ^ count)
    }

    /// A stamp for a claim of the article known by `article` whose claims were stored as `version`
    /// (any two numbers that change when the article or its claims do).
    public static func stamp(article: Int64, version: Int64) -> UInt64 {
        mix(UInt64(bitPattern: article) &* 0xD6E8_FEB8_6659_FD93 ^ mix(UInt64(bitPattern: version)))
    }

    /// SplitMix64's finaliser: every input bit reaches every output bit, the same in every process
    /// (the standard library's hasher is seeded per process, so it cannot be stored).
    static func mix(_ value: UInt64) -> UInt64 {
        var mixed = value &+ 0x9E37_79B9_7F4A_7C15
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
