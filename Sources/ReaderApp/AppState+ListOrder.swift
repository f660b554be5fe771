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
        let order = AppState.order(records, by: listSort, appendedFrom: appendedFrom)
        guard order != listOrder else { return }
        setListOrder(order)
        keepSelectionVisible()
    }

    /// Article indices in `sort`'s order: with the key first (best first), then without it, each in
    /// corpus (path) order, so the sort is stable and the same for the same records. Records whose
    /// file is gone are left out. Records from `appendedFrom` on (files a scan found after the list
    /// was drawn) are in path order among themselves, and merged into the others by path.
    static func order(_ records: [ArticleRecord], by sort: ListSort, appendedFrom: Int? = nil) -> [Int] {
        var indices = Array(records.indices)
        if records.contains(where: \.isGone) { indices.removeAll { records[$0].isGone } }
        if let appendedFrom, appendedFrom < records.count {
            indices = mergedByPath(indices, records, appendedFrom: appendedFrom)
        }
        switch sort {
        case .path:
            return indices
        case .title:
            let keys = records.map { $0.summary.shownTitle.lowercased() }
            let rank = pathRanks(indices, count: records.count)
            return indices.sorted { (keys[$0], rank[$0]) < (keys[$1], rank[$1]) }
        case .date:
            let dates = records.map { $0.summary.date.flatMap(PublicationDate.init) }
            let rank = pathRanks(indices, count: records.count)
            return indices.sorted { left, right in
                switch (dates[left], dates[right]) {
                case let (l?, r?): return l != r ? l > r : rank[left] < rank[right]
                case (_?, nil): return true
                case (nil, _?): return false
                case (nil, nil): return rank[left] < rank[right]
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
        let rank = pathRanks(indices, count: counts.count)
        return indices.sorted { left, right in
            let l = counts[left] ?? -1, r = counts[right] ?? -1
            return l != r ? l > r : rank[left] < rank[right]
        }
    }

    /// Each listed record's place in path order (`indices` is in path order): ties of a sort are
    /// broken by it.
    private static func pathRanks(_ indices: [Int], count: Int) -> [Int] {
        var rank = Array(repeating: 0, count: count)
        for (place, index) in indices.enumerated() { rank[index] = place }
        return rank
    }

    /// `indices` (in path order before `appendedFrom`, and in path order from it on) as one list
    /// in path order.
    private static func mergedByPath(_ indices: [Int], _ records: [ArticleRecord], appendedFrom: Int) -> [Int] {
        let split = indices.firstIndex { $0 >= appendedFrom } ?? indices.count
        let first = indices[..<split], second = indices[split...]
        var merged: [Int] = []
        merged.reserveCapacity(indices.count)
        var left = first.startIndex, right = second.startIndex
        while left < first.endIndex, right < second.endIndex {
            if records[second[right]].summary.path < records[first[left]].summary.path {
                merged.append(second[right])
                right += 1
            } else {
                merged.append(first[left])
                left += 1
            }
        }
        merged += first[left...]
        merged += second[right...]
        return merged
    }
}
