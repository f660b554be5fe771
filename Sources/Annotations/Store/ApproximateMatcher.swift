/// Approximate substring search (Sellers' algorithm): where in a text a quote occurs with the
/// fewest edits. Any ASCII digit matches any other, so edited numbers do not hide a match; the
/// caller compares numbers itself.
enum ApproximateMatcher {
    struct Match: Equatable {
        var range: Range<Int>
        /// 1 − edits ÷ quote length.
        var score: Double
    }

    /// The best match in each cluster of overlapping matches scoring at least `minimumScore`.
    /// - Parameters:
    ///   - near: the old position, around which to look when the text is too large to search whole.
    ///   - cellBudget: the most quote × text cells to compute.
    static func matches(of quote: [Unicode.Scalar], in text: [Unicode.Scalar], minimumScore: Double,
                        near: Int, cellBudget: Int) -> [Match] {
        let length = quote.count
        guard length > 0, !text.isEmpty else { return [] }
        let maximumEdits = Int((Double(length) * (1 - minimumScore)).rounded(.down))
        // The window of text searched: all of it when affordable.
        let span = max(length * 4, cellBudget / length)
        let windowStart = text.count <= span ? 0 : max(0, min(near - span / 2, text.count - span))
        let windowEnd = min(text.count, windowStart + span)

        var cost = Array(0...length)
        var start = Array(repeating: windowStart, count: length + 1)
        var nextCost = cost
        var nextStart = start
        var found: [(range: Range<Int>, edits: Int)] = []
        for position in windowStart..<windowEnd {
            let character = text[position]
            nextCost[0] = 0
            nextStart[0] = position + 1
            for row in 1...length {
                let same = character == quote[row - 1]
                    || (NumberTokens.isDigit(character) && NumberTokens.isDigit(quote[row - 1]))
                var best = cost[row - 1] + (same ? 0 : 1)
                var bestStart = start[row - 1]
                if cost[row] + 1 < best {
                    best = cost[row] + 1
                    bestStart = start[row]
                }
                if nextCost[row - 1] + 1 < best {
                    best = nextCost[row - 1] + 1
                    bestStart = nextStart[row - 1]
                }
                nextCost[row] = best
                nextStart[row] = bestStart
            }
            if nextCost[length] <= maximumEdits {
                found.append((nextStart[length]..<(position + 1), nextCost[length]))
            }
            swap(&cost, &nextCost)
            swap(&start, &nextStart)
        }
        return clusters(found).map { Match(range: $0.range, score: 1 - Double($0.edits) / Double(length)) }
    }

    /// Of each run of overlapping matches, the one with fewest edits (then the longest, which
    /// keeps whole words at the edges).
    static func clusters(_ found: [(range: Range<Int>, edits: Int)]) -> [(range: Range<Int>, edits: Int)] {
        var result: [(range: Range<Int>, edits: Int)] = []
        var clusterEnd = -1
        for match in found.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if let last = result.last, match.range.lowerBound < clusterEnd {
                clusterEnd = max(clusterEnd, match.range.upperBound)
                if match.edits < last.edits || (match.edits == last.edits && match.range.count > last.range.count) {
                    result[result.count - 1] = match
                }
            } else {
                result.append(match)
                clusterEnd = match.range.upperBound
            }
        }
        return result
    }
}
