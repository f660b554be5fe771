import Foundation
import Testing

/// The list in the real reader: drawn from the corpus index without reading the article files,
/// filtered as you type with `/` (through the index, or over the articles when there is none), an
/// article opened at its match with n going on.
@Suite("List filter and first screen in tmux", .serialized)
struct ListFilterInTmuxTests {
    let reader = ReaderBinary.path

    /// A session with a copy of the seeds dated in the past (a time the index can trust), indexed
    /// into `$HOME/index.sqlite`.
    func indexedSeeds() throws -> TmuxSession {
        let (session, _) = try TmuxSession.withSeeds(width: 140, height: 30)
        try session.run("cd \(session.home) && touch -d 2020-01-01 seeds/*.txt && clear && \(reader) index --index index.sqlite seeds; echo INDEXED=$?")
        try session.waitFor("INDEXED=0", timeout: 60)
        return session
    }

    /// `/` then "Lavr": only the article that names Lavrov, with its line; Enter opens it at the
    /// match and n goes on; back on the list the filter stays until Esc.
    func filterOpenAndClear(_ session: TmuxSession) throws {
        try session.waitFor("4 articles")
        try session.send(keys: "/")
        try session.send(literal: "Lavr")
        let filtered = try session.waitFor("1 of 4 articles")
        #expect(filtered.contains("Aleppo hospital hit by Assad regime airstrikes"))
        #expect(filtered.contains("000_cef5231f6ba4b524.txt:"))
        #expect(filtered.contains("Lavrov"))
        #expect(!filtered.contains("Aleppo exodus grows"))
        try session.send(keys: "Enter")
        try session.waitFor("Match 1 of 4")
        try session.send(keys: "n")
        try session.waitFor("Match 2 of 4")
        try session.send(keys: "q")
        try session.waitFor("1 of 4 articles")
        try session.send(keys: "Escape")
        try session.waitUntil("the whole list again") { $0.contains("4 articles") && !$0.contains("of 4 articles") }
        try session.waitFor("Aleppo exodus grows")
    }

    @Test func slashFiltersTheListThroughTheIndexAndOpensAtTheMatch() throws {
        let session = try indexedSeeds()
        try session.run("clear && \(reader) --index index.sqlite seeds; echo EXIT=$?")
        try filterOpenAndClear(session)
        // A query the index's syntax rejects is said beside the line; the list stays.
        try session.send(keys: "/")
        try session.send(literal: "Lavrov \"")
        try session.waitFor("not understood")
        try session.send(keys: "Escape")
        try session.send(keys: "q")
        try session.waitFor("EXIT=0")
    }

    /// The first screen from a current index (rows matched to the scan in order) and from an index
    /// a new file has outrun (rows looked up by path) lists the same titles and the same problem.
    @Test func theFirstScreenIsTheSameFromACurrentIndexAndFromOneAFileOutran() throws {
        let (session, _) = try TmuxSession.withSeeds(width: 140, height: 30)
        try session.run("cd \(session.home) && printf '\\000\\001\\002' > seeds/zz-binary.txt && touch -d 2020-01-01 seeds/*.txt && clear && \(reader) index --index index.sqlite seeds; echo INDEXED=$?")
        try session.waitFor("INDEXED=0", timeout: 60)
        // The list from the index's rows comes first; a file new since joins it once the scan
        // behind the first screen is in: waited for by its count.
        func firstScreen(_ count: String, showingAnyOf rows: [String] = []) throws -> String {
            try session.run("clear && \(reader) --index index.sqlite seeds; echo EXIT=$?")
            let screen = try session.waitUntil("the list with its problem") { screen in
                screen.contains(count) && screen.contains("looks binary") && (rows.isEmpty || rows.contains { screen.contains($0) })
            }
            try session.send(keys: "q")
            try session.waitFor("EXIT=0")
            return screen
        }
        let current = try firstScreen("4 articles")
        #expect(current.contains("4 articles"), "\(current)")
        try session.run("clear && printf 'Zebra crossing count\\n\\nThe 12 zebras crossed.\\n' > seeds/new.txt && touch -d 2020-01-01 seeds/new.txt; echo ADDED=$?")
        try session.waitFor("ADDED=0")
        let outrun = try firstScreen("5 articles", showingAnyOf: ["new.txt", "Zebra crossing count"])
        #expect(outrun.contains("5 articles"), "\(outrun)")
        for title in ["Aleppo hospital hit by Assad regime airstrikes", "Aleppo exodus grows", "zz-binary.txt"] {
            #expect(current.contains(title) && outrun.contains(title), "\(title)")
        }
        #expect(outrun.contains("new.txt") || outrun.contains("Zebra crossing count"))
    }

    @Test func slashFiltersTheListWithTheIndexDeleted() throws {
        let session = try indexedSeeds()
        try session.run("rm index.sqlite* && clear && \(reader) --index index.sqlite seeds; echo EXIT=$?")
        try filterOpenAndClear(session)
        try session.send(keys: "q")
        try session.waitFor("EXIT=0")
    }

    @Test func theFirstScreenComesFromTheIndexWithoutReadingTheFiles() throws {
        let session = try indexedSeeds()
        // The file now holds only NUL bytes, with the size and time the index has for it: only
        // the index can name its title.
        let file = "seeds/001_ac7699849b98daba.txt"
        try session.run("head -c $(stat -c %s \(file)) /dev/zero > spoiled && mv spoiled \(file) && touch -d 2020-01-01 \(file)"
                        + " && clear && \(reader) --index index.sqlite seeds; echo EXIT=$?")
        let list = try session.waitFor("Aleppo exodus grows as thousands more leave")
        #expect(list.contains("4 articles"))
        try session.send(keys: "j", "Enter")
        try session.waitFor("Cannot open seeds/001_ac7699849b98daba.txt:")
        // The others open as ever.
        try session.send(keys: "j", "Enter")
        try session.waitFor("Syrian forces celebrate")
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
    }
}
