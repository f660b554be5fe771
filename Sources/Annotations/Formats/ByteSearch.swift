/// Substring search on bytes, for the hot paths of extraction where Foundation's string search
/// (locale-aware, through NSString on Linux) would cost more than the parsing itself.
enum ByteSearch {
    /// The first index at or after `start` where `pattern` occurs in `bytes`.
    static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int = 0) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var matched = 1
                while matched < pattern.count, bytes[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }

    static func contains(_ pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> Bool {
        firstIndex(of: pattern, in: Array(bytes)) != nil
    }
}
