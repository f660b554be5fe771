import Annotations

extension AppState {
    /// Takes what the scan behind a list drawn from the corpus index found: files gone leave the
    /// list, new files join it in path order, a changed file's stored counts are dropped (its file
    /// is read again behind the list). What the user did meanwhile stays: the selected article
    /// (or, if its file is gone, the next one listed), the filter and its results, the open article.
    /// An open article whose file is gone (or, for a feed changed since, listed anew) stays open:
    /// its text is held and the user may be reading or annotating it. It stays listed, marked, so
    /// the list still shows where the reader is, and leaves the list once the reader leaves it
    /// (back to the list, or another article opened).
    mutating func receiveListChanges(_ changes: ListChanges) {
        let openIndex = view?.index ?? pendingOpen?.index
        let selectedPosition = self.selectedPosition
        for index in changes.gone where records.indices.contains(index) && !records[index].isGone {
            if index == openIndex {
                records[index].isGoneWhileOpen = true
                goneWhileOpen.insert(index)
                message = "This article's file is gone or changed since the index: it stays open, and leaves the list once closed"
                continue
            }
            markGone(index)
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
        orderAfterGone(selectedPosition: selectedPosition)
    }

    /// A record whose file is gone leaves the list (it keeps its index).
    mutating func markGone(_ index: Int) {
        if records[index].analysis == nil && records[index].readProblem == nil { goneWaitingCount += 1 }
        records[index].isGone = true
        records[index].isGoneWhileOpen = false
        goneCount += 1
    }

    /// The list's order without the records gone, the selection moved to the article listed where
    /// a gone one was.
    mutating func orderAfterGone(selectedPosition: Int) {
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

    /// Articles whose file went while they were open leave the list once no longer open.
    mutating func dropArticlesGoneWhileOpen() {
        guard !goneWhileOpen.isEmpty else { return }
        let open = view?.index ?? pendingOpen?.index
        let leaving = goneWhileOpen.filter { $0 != open }
        guard !leaving.isEmpty else { return }
        let selectedPosition = self.selectedPosition
        for index in leaving {
            goneWhileOpen.remove(index)
            markGone(index)
        }
        orderAfterGone(selectedPosition: selectedPosition)
    }
}
