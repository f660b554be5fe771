import Foundation
import Testing

/// A folder of an HTML page, a feed and a JSON Lines file in the real reader, driven in tmux.
@Suite("News formats in the terminal reader", .serialized)
struct FormatsInTmuxTests {
    let reader = ReaderBinary.path

    @Test func annotateAFeedItemQuitReopenAndExportWithItsURL() throws {
        // Wide enough for the list's details line with a feed's RFC 822 date.
        let session = try TmuxSession(width: 150, height: 30)
        let news = session.home + "/news"
        try FileManager.default.createDirectory(atPath: news, withIntermediateDirectories: true)
        for name in ["news-page.html", "feed.rss", "articles.jsonl"] {
            try FileManager.default.copyItem(atPath: FormatsCommandLineTests.fixtures + "/" + name, toPath: news + "/" + name)
        }
        let open = "clear && \(reader) news --fields text=maintext,title=headline; echo EXIT=$?"
        try session.run("cd \(session.home) && " + open)
        let list = try session.waitUntil("the list with every title") { !$0.contains("analysing") && $0.contains("Library reopens") }
        #expect(list.contains("Council approves river bridge plan"))
        #expect(list.contains("Flood defences finished & tested"))
        #expect(list.contains("Market hall sold"))
        #expect(list.contains("Valley Courier: News"), "the feed's name as the items' source")
        #expect(!list.contains("\u{1B}[2J"))

        // The list is sorted by file, items in feed order: go to "Library reopens" and open it.
        try select("Library reopens", in: session)
        try session.send(keys: "Enter")
        try session.waitFor("The library reopened on Tuesday with 40 new computers.")
        try session.annotateMatch(of: "40 new computers", note: "Ask how many there were before")
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
        let sidecar = try String(contentsOfFile: news + "/feed.rss.annotations.json", encoding: .utf8)
        #expect(sidecar.contains("\"item\" : \"https://courier.example/news/library\""))

        // Start again: the note is there, on that item only.
        try session.run(open)
        try session.waitUntil("the list") { !$0.contains("analysing") && $0.contains("1 note") }
        try select("Library reopens", in: session)
        try session.send(keys: "Enter", "A")
        try session.waitFor("Annotations in this article (1)")
        try session.waitFor("Ask how many there were before")
        try session.send(keys: "q", "q", "q")
        try session.waitFor("EXIT=0")

        let export = try ReaderBinary.run(["export", "news", "--format", "w3c", "--fields", "text=maintext,title=headline"],
                                          currentDirectory: session.home)
        #expect(export.stdout.contains("\"source\" : \"https://courier.example/news/library\""))
        #expect(export.stdout.contains("Ask how many there were before"))
    }

    @Test func aPipedPageOpensAndIsAnnotatedUnderTheStore() throws {
        let session = try TmuxSession(width: 120, height: 30)
        try FileManager.default.copyItem(atPath: FormatsCommandLineTests.fixtures + "/news-page.html", toPath: session.home + "/page.html")
        // Keys come from the terminal even though standard input is the pipe.
        try session.run("cd \(session.home) && clear && cat page.html | \(reader) - --store notes; echo EXIT=$?")
        try session.waitUntil("the piped page in the list") { !$0.contains("analysing") && $0.contains("Council approves river bridge plan") }
        try session.send(keys: "Enter")
        try session.waitFor("The town council voted 7–2 on Tuesday")
        try session.annotateMatch(of: "£4.5m", note: "Check the cost")
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
        let stored = try String(contentsOfFile: session.home + "/notes/standard-input.annotations.json", encoding: .utf8)
        #expect(stored.contains("\"item\" : \"https://courier.example/news/2026/03/bridge-plan\""))
        #expect(stored.contains("Check the cost"))
    }

    /// Moves the list's selection to "Library reopens": the list is sorted by file, items in file
    /// order (articles.jsonl's two, then feed.rss's "Flood defences…" and "Library reopens"), so it
    /// is the fourth of five; the footer shows the position.
    func select(_ title: String, in session: TmuxSession) throws {
        try session.send(keys: "j", "j", "j")
        try session.waitFor("4/5")
        #expect(try session.screen().contains(title))
    }
}
