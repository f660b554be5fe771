import Foundation
import Testing

/// Feed and JSON Lines items in the real reader, from the corpus index: the first screen lists
/// each item from the index without reading the files, `/` typed at once (faster than the index
/// answers) filters to the item that matches, and Enter opens that item at its match.
@Suite("Feed items from the index in tmux", .serialized)
struct ItemsInTmuxTests {
    let reader = ReaderBinary.path

    @Test func theListShowsEachItemFromTheIndexAndTheFilterOpensAnItemAtItsMatch() throws {
        let session = try TmuxSession(width: 140, height: 30)
        let corpus = session.home + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        try Data(ItemsInIndexCommandLineTests.feed.utf8).write(to: URL(fileURLWithPath: corpus + "/wire.rss"))
        try Data(ItemsInIndexCommandLineTests.lines.utf8).write(to: URL(fileURLWithPath: corpus + "/archive.jsonl"))
        try Data("Plain story\n\nNothing about the war here.\n".utf8).write(to: URL(fileURLWithPath: corpus + "/plain.txt"))
        try session.run("cd \(session.home) && touch -d 2020-01-01 corpus/* && clear && \(reader) index --index index.sqlite corpus; echo INDEXED=$?")
        try session.waitFor("INDEXED=0", timeout: 60)
        // Same size, same time, another title: a list drawn from the index still shows the old one.
        let jsonl = corpus + "/archive.jsonl"
        try Data(ItemsInIndexCommandLineTests.lines.replacingOccurrences(of: "Mosul offensive", with: "MOSUL OFFENSIVE").utf8)
            .write(to: URL(fileURLWithPath: jsonl))
        try session.run("clear && touch -d 2020-01-01 corpus/archive.jsonl && \(reader) --index index.sqlite corpus; echo EXIT=$?")
        let first = try session.waitFor("5 articles")
        for title in ["Aleppo evacuation resumes", "Ceasefire talks", "Mosul offensive", "Bell␇ in the ␛[31mtitle", "Plain story"] {
            #expect(first.contains(title), "\(title): \(first)")
        }
        #expect(first.contains("Farm News"))
        #expect(first.contains("archive.jsonl:2"), "the line that is not JSON is said: \(first)")
        try session.send(keys: "/")
        try session.send(literal: "ankara")
        let filtered = try session.waitFor("1 of 5 articles")
        #expect(filtered.contains("Ceasefire talks") && filtered.contains("Diplomats met in Ankara"))
        #expect(!filtered.contains("Plain story"))
        try session.send(keys: "Enter")
        let opened = try session.waitFor("Match 1 of 1")
        #expect(opened.contains("Diplomats met in Ankara to discuss a ceasefire."))
        try session.send(keys: "q")
        try session.send(keys: "Escape")
        try session.waitUntil("the whole list again") { $0.contains("5 articles") && !$0.contains("of 5 articles") }
        // By date, newest first: the items' dates (RFC 822 and ISO 8601) from the index; no date last.
        try session.send(keys: "s")
        try session.send(keys: "s")
        let byDate = try session.waitFor("newest first")
        let order = ["Ceasefire talks", "Aleppo evacuation resumes", "offensive", "Bell␇", "Plain story"]
            .map { byDate.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && zip(order, order.dropFirst()).allSatisfy { $0! < $1! }, "\(byDate)")
        try session.send(keys: "q")
        try session.waitFor("EXIT=0")
    }
}
