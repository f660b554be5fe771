import Annotations

/// Case-insensitive search over an article's scalars.
public enum TextSearch {
    /// Every non-overlapping match of `query`, as scalar ranges, in text order.
    public static func matches<Scalars: RandomAccessCollection<Unicode.Scalar>>(of query: String, in scalars: Scalars) -> [Range<Int>]
    where Scalars.Index == Int {
        let needle = query.unicodeScalars.map(fold)
        guard !needle.isEmpty, needle.count <= scalars.count else { return [] }
        var result: [Range<Int>] = []
        let first = needle[0]
        var index = 0
        let last = scalars.count - needle.count
        while index <= last {
            if fold(scalars[index]) == first {
                var matched = true
                for offset in 1..<needle.count where fold(scalars[index + offset]) != needle[offset] {
                    matched = false
                    break
                }
                if matched {
                    result.append(index..<(index + needle.count))
                    index += needle.count
                    continue
                }
            }
            index += 1
        }
        return result
    }

    /// A scalar folded for comparison: lowercase, and no-break spaces as spaces.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 {
            return (0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : scalar
        }
        if value == 0xA0 || value == 0x202F { return " " }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }
}
