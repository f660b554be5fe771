import Annotations

/// The list's order: positions on screen map to article indices through `listOrder`, so an
/// article's index stays its identity everywhere (`selected` is an article, not a row).
extension AppState {
    /// The selected article's row in the list.
    var selectedPosition: Int {
        listPositions.indices.contains(selected) ? listPositions[selected] : 0
    }

    /// The article shown at `position` of the list.
    func article(atPosition position: Int) -> Int? {
        listOrder.indices.contains(position) ? listOrder[position] : nil
    }

    /// Sorts by the next key of the cycle, keeping the same article selected.
    mutating func cycleListSort() {
        listSort = listSort.next
        sortList()
        message = "Sorted \(listSort.label)"
    }

    /// Puts `listOrder` in `listSort`'s order; the selected article stays selected and visible.
    mutating func sortList() {
        // A filtered list keeps the filter's ranking; the sort applies again when it is cleared.
        guard !isFiltered else { return }
        let order = AppState.order(records, by: listSort)
        guard order != listOrder else { return }
        listOrder = order
        listPositions = Array(repeating: 0, count: order.count)
        for (position, index) in order.enumerated() { listPositions[index] = position }
        keepSelectionVisible()
    }

    /// Article indices in `sort`'s order: with the key first (best first), then without it, each in
    /// corpus (path) order, so the sort is stable and the same for the same records.
    static func order(_ records: [ArticleRecord], by sort: ListSort) -> [Int] {
        let indices = Array(records.indices)
        switch sort {
        case .path:
            return indices
        case .title:
            let keys = records.map { $0.summary.shownTitle.lowercased() }
            return indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        case .date:
            let dates = records.map { $0.summary.date.flatMap(PublicationDate.init) }
            return indices.sorted { left, right in
                switch (dates[left], dates[right]) {
                case let (l?, r?): return l != r ? l > r : left < right
                case (_?, nil): return true
                case (nil, _?): return false
                case (nil, nil): return left < right
                }
            }
        case .claims:
            // Until an article's analysis arrives, the count the corpus index holds for it.
            return byCountDescending(indices, records.map { $0.analysis?.claims.count ?? $0.summary.indexedCounts?.claims })
        case .notes:
            return byCountDescending(indices, records.map { $0.sidecarProblem == nil ? $0.annotations.count : nil })
        }
    }

    private static func byCountDescending(_ indices: [Int], _ counts: [Int?]) -> [Int] {
        indices.sorted { left, right in
            let l = counts[left] ?? -1, r = counts[right] ?? -1
            return l != r ? l > r : left < right
        }
    }
}
