/// The key list `?` shows, from the key map's tables, so rebound keys show as bound.
enum HelpText {
    static func lines(keyMap: KeyMap) -> [String] {
        // Two keys per action at most, the easiest first (letters, arrows, named keys, then Ctrl-
        // and function keys), so the column stays narrow.
        func rank(_ name: String) -> Int {
            if name.hasPrefix("Ctrl-") { return 3 }
            if name.hasPrefix("F"), name.count > 1, Int(name.dropFirst()) != nil { return 4 }
            return name.count == 1 ? 0 : 2
        }
        func row(_ actions: [Action], _ text: String, keysEach: Int = 2) -> String {
            let keys = actions.flatMap { action in
                keyMap.keys(for: action).sorted { (rank($0), $0) < (rank($1), $1) }.prefix(keysEach)
            }
            return "  " + (keys.joined(separator: " ") + " ").padding(18) + text
        }
        /// A list row: the keys in the order the list table declares them, and words for the mouse.
        func listRow(_ actions: [Action], _ text: String, keysAtMost: Int = 4, mouse: String? = nil) -> String {
            let keys = actions.flatMap { keyMap.keys(for: $0, in: .list) }.sorted { left, right in
                let order = KeyMap.listDefaults.map(\.0)
                return (order.firstIndex(of: left) ?? order.count) < (order.firstIndex(of: right) ?? order.count)
            }
            let names = keys.prefix(keysAtMost).map(KeyMap.name(of:)) + (mouse.map { [$0] } ?? [])
            return "  " + (names.joined(separator: " ") + " ").padding(18) + text
        }
        return [
            "Article list",
            listRow([.listDown, .listUp], "move"),
            listRow([.listPageDown, .listPageUp], "page down, up"),
            listRow([.listFirst, .listLast], "first, last"),
            listRow([.open], "open the article", keysAtMost: 2, mouse: "click"),
            listRow([.cycleListSort], "sort by path, title, date, claims, notes"),
            listRow([.filterList], "filter as you type; Enter opens at the match, n/N go on"),
            listRow([.clearFilter], "clear the filter"),
            listRow([.searchCorpus], "search every article into a panel"),
            listRow([.ledgerPanel], "claim ledger: who says how many, verdicts"),
            listRow([.quit], "quit"),
            "",
            "Article",
            row([.lineDown, .lineUp], "scroll a line (mouse wheel: three)"),
            row([.pageDown], "page down", keysEach: 3),
            row([.pageUp], "page up", keysEach: 3),
            row([.halfPageDown, .halfPageUp], "half a page down, up"),
            row([.top, .bottom], "top, bottom"),
            row([.nextArticle, .previousArticle], "next, previous article"),
            row([.search], "search; Enter runs it, Esc cancels"),
            row([.nextMatch, .previousMatch], "next, previous match or mention"),
            row([.nextHighlight, .previousHighlight], "next, previous entity or claim"),
            row([.entityPanel], "entities: go to mentions, see other articles"),
            row([.claimPanel], "numeric claims and their values"),
            row([.layersPanel], "show or hide highlight layers"),
            row([.toggleEntities, .toggleClaims], "all entities, all claims on/off"),
            row([.annotate], "annotate the focused highlight or selection"),
            row([.visualSelect], "select any span (w/b by word, h/l by letter)"),
            row([.annotationPanel], "this article's annotations"),
            row([.ledgerPanel], "claim ledger, this article's claims first"),
            row([.undo], "undo the last change to annotations"),
            row([.export], "export notes as Markdown"),
            row([.back], "back to the list"),
            "",
            "Claim ledger",
            row([.nextVerdict, .previousVerdict], "next, previous verdict on the claim"),
            "                    (unverified checking sourced disputed false true)",
            row([.verdictEvidence, .verdictNote], "the verdict's evidence URL, its note"),
            "",
            "Everywhere",
            row([.help], "this help (any key closes it)"),
            "  Ctrl-Z            suspend; Ctrl-C quit (in a prompt: cancel)",
            "",
            "Typing a search, tags or a note",
            "  Ctrl-A Ctrl-E     start, end of the line",
            "  Ctrl-K Ctrl-U     delete to the end, to the start",
            "  Ctrl-W            delete the word before (search, tags)",
            row([.saveAnnotation], "save the annotation; Esc cancels"),
        ]
    }
}
