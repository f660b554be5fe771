import Foundation
import Testing

/// Corpus search in the real reader, through the corpus index: `S` on the list, the results panel,
/// Enter opens the article at the match, n goes on; a query the index cannot read is explained.
@Suite("Corpus search in tmux", .serialized)
struct CorpusSearchInTmuxTests {
    let reader = ReaderBinary.path

    @Test func capitalSOnTheListSearchesTheIndexAndOpensTheArticleAtTheMatch() throws {
        let session = try TmuxSession(width: 110, height: 30)
        _ = try ReaderBinary.copySeeds(into: session.home)
        try session.run("cd \(session.home) && clear && \(reader) index seeds; echo INDEXED=$?")
        try session.waitFor("INDEXED=0", timeout: 60)
        try session.run("clear && \(reader) seeds; echo EXIT=$?")
        try session.waitFor("4 articles")
        // A query the full-text syntax does not accept: a clear message, and the list stays.
        try session.send(keys: "S")
        try session.send(literal: "\"Lavrov")
        try session.send(keys: "Enter")
        try session.waitFor("cannot search for")
        try session.send(keys: "S")
        try session.send(literal: "Lavrov")
        try session.send(keys: "Enter")
        try session.waitFor("Search \"Lavrov\": 1 article")
        let results = try session.waitFor("000_cef5231f6ba4b524.txt:")
        #expect(results.contains("Aleppo hospital hit by Assad regime airstrikes"))
        #expect(results.contains("Sergei Lavrov"))
        try session.send(keys: "Enter")
        try session.waitFor("Match 1 of 4")
        try session.send(keys: "n")
        try session.waitFor("Match 2 of 4")
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
    }
}
