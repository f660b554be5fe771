/// Where the last few tokens skipped start (with the whitespace before each), oldest first: where to
/// start building tokens again so that a claim can see its qualifier ("a little more than") and the
/// words before it.
struct RecentOffsets {
    /// Enough for the longest qualifier (four words) and the word before it.
    static let capacity = 5
    private var offsets: (Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0)
    /// How many offsets were ever appended since the last `removeAll`; the last `capacity` are kept.
    private var appended = 0

    /// How many offsets are kept (at most `capacity`).
    var count: Int { min(appended, Self.capacity) }

    /// The offset appended `count` appends ago (1 = the last); `count` must be 1...8 and at most
    /// the number appended since the last `removeAll`. Mutating only so that it reads the tuple in
    /// place: `withUnsafeBytes(of:)` on a value copies all eight offsets first.
    @inline(__always)
    mutating func offset(back count: Int) -> Int {
        let index = appended &- count
        return withUnsafeBytes(of: &offsets) { $0.load(fromByteOffset: (index & 7) * 8, as: Int.self) }
    }

    @inline(__always)
    mutating func append(_ offset: Int) {
        withUnsafeMutableBytes(of: &offsets) { $0.storeBytes(of: offset, toByteOffset: (appended & 7) * 8, as: Int.self) }
        appended &+= 1
    }

    mutating func removeAll() { appended = 0 }

}
