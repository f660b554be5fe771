import Annotations

extension AppState {
    /// Takes what the scan behind a list drawn from the corpus index found: files gone leave the
    /// list, new files join it in path order, a changed file's stored counts are dropped (its file
    /// is read again behind the list). What the user did meanwhile stays: the selected article
    /// (or, if its file is gone, the next one listed), the filter and its results, the open article
    /// (which stays listed even when its file is gone: its text is held).
    mutating func receiveListChanges(_ changes: ListChanges) {
        let openIndex = view?.index ?? pendingOpen?.index
        let selectedPosition = self.selectedPosition
        for index in changes.gone where records.indices.contains(index) && !records[index].isGone && index != openIndex {
            if records[index].analysis == nil && records[index].readProblem == nil { goneWaitingCount += 1 }
            records[index].isGone = true
            goneCount += 1
        }
        for index in changes.changed where records.indices.contains(index) && records[index].analysis == nil {
            records[index].summary.indexedCounts = nil
            staleCounts.insert(index)
        }
        if !changes.goneProblems.isEmpty {
            let gone = Set(changes.goneProblems)
            problems.removeAll { gone.contains($0.path) }
        }
        problems += changes.addedProblems
        if !changes.added.isEmpty {
            if appendedFrom == nil { appendedFrom = records.count }
            records += changes.added.map(ArticleRecord.init(summary:))
        }
        if isFiltered {
            // The filter's ranking stays; only articles gone leave it.
            setListOrder(listOrder.filter { !records[$0].isGone })
        } else {
            setListOrder(AppState.order(records, by: listSort, appendedFrom: appendedFrom))
        }
        if records.indices.contains(selected), records[selected].isGone, !listOrder.isEmpty {
            // The article listed where the gone one was.
            selected = listOrder[min(selectedPosition, listOrder.count - 1)]
        }
        keepSelectionVisible()
    }
}
