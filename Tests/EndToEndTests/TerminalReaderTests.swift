import Foundation
import Testing

/// The real `reader` binary in tmux, driven as a person would drive it.
@Suite("Terminal reader in tmux", .serialized)
struct TerminalReaderTests {
    let reader = ReaderBinary.path
    let seeds = ReaderBinary.packageRoot + "/seeds"

    /// The shell reports the exit code and whether the terminal modes came back.
    func startReader(_ session: TmuxSession, arguments: String = "") throws {
        try session.run("clear; \(reader) \(arguments.isEmpty ? seeds : arguments); echo EXIT=$? STTY=$(stty -a | grep -c -e -icanon -e '-echo ')")
    }

    @Test func browseSearchResizeAndQuit() throws {
        let session = try TmuxSession(width: 80, height: 24)
        try startReader(session)
        let list = try session.waitFor("4 articles")
        #expect(list.contains("Aleppo hospital hit by Assad regime"))
        #expect(list.contains("Aleppo exodus grows as thousands more"))
        #expect(list.contains("Syrian forces celebrate their victory"))
        #expect(list.contains("Russian president says he is negotiating"))

        try session.send(keys: "Enter")
        try session.waitFor("Syria's army on Thursday halted")
        try session.send(keys: "j", "j", "j")
        try session.waitUntil("scrolled") { !$0.contains("Reuters\n") && $0.contains("evacuate civilians") }

        try session.send(literal: "/Lavrov")
        try session.send(keys: "Enter")
        try session.waitFor("Match 1 of 4")
        try session.send(keys: "n", "n")
        let third = try session.waitFor("Match 3 of 4")
        #expect(third.contains("Lavrov"))

        // Resize narrower and back: the text at the top stays in view.
        try session.send(keys: "G")
        let before = try session.waitFor("100%")
        let topLine = before.split(separator: "\n")[1]
        try session.resize(width: 40, height: 15)
        try session.waitUntil("narrow layout") { $0.split(separator: "\n", omittingEmptySubsequences: false).first.map { $0.count <= 40 } ?? false && $0.contains("%") }
        try session.resize(width: 80, height: 24)
        try session.waitUntil("wide layout again") { $0.contains(" 000_cef5231f6ba4b524.txt") && $0.split(separator: "\n").contains { $0.count > 60 } }
        let after = try session.screen()
        #expect(after.contains(topLine), "the line at the top before the resize is still on screen")

        try session.send(keys: "q")
        try session.waitFor("4 articles")
        try session.send(keys: "q")
        let end = try session.waitFor("EXIT=")
        #expect(end.contains("EXIT=0 STTY=0"))
        #expect(!end.contains("j/k move"), "the alternate screen is gone")
    }

    @Test func helpAndNotFound() throws {
        let session = try TmuxSession(width: 80, height: 30)
        try startReader(session)
        try session.waitFor("4 articles")
        try session.send(keys: "?")
        try session.waitFor("Keys (")
        try session.send(keys: "x", "Enter")
        try session.waitFor("Syria's army")
        try session.send(literal: "/zebra")
        try session.send(keys: "Enter")
        try session.waitFor("Not found: zebra")
        try session.send(keys: "]")
        try session.waitFor("001_ac7699849b98daba.txt")
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0 STTY=0")
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        let session = try TmuxSession()
        try startReader(session)
        try session.waitFor("4 articles")
        try session.send(keys: "C-c")
        let end = try session.waitFor("EXIT=")
        #expect(end.contains("EXIT=130 STTY=0"))
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let session = try TmuxSession()
        try startReader(session)
        try session.waitFor("4 articles")
        try ChildProcess.run("pkill", ["-TERM", "-f", "^\(reader) \(seeds)$"])
        let end = try session.waitFor("EXIT=")
        #expect(end.contains("EXIT=143 STTY=0"))
    }

    @Test func aCrashSignalStillRestoresTheTerminal() throws {
        let session = try TmuxSession()
        try startReader(session)
        try session.waitFor("4 articles")
        try ChildProcess.run("pkill", ["-SEGV", "-f", "^\(reader) \(seeds)$"])
        let end = try session.waitFor("EXIT=")
        #expect(end.contains("EXIT=139 STTY=0"))
    }

    @Test func ctrlSReachesTheReaderAfterSuspendAndResume() throws {
        let session = try TmuxSession()
        try session.run("clear; \(reader) \(seeds)")
        try session.waitFor("4 articles")
        try session.send(keys: "C-z")
        try session.waitFor("Stopped")
        try session.run("fg")
        try session.waitFor("4 articles")
        // With flow control still on, Ctrl-S would freeze output and the list would not move.
        try session.send(keys: "C-s", "j", "j")
        try session.waitFor("3/4")
        try session.send(keys: "q")
        try session.run("echo IXON=$(stty -a | grep -c -e ' ixon')")
        try session.waitFor("IXON=1")
    }

    @Test func ctrlZSuspendsAndFgResumes() throws {
        let session = try TmuxSession()
        try session.run("clear; \(reader) \(seeds)")
        try session.waitFor("4 articles")
        try session.send(keys: "C-z")
        try session.waitFor("Stopped")
        try session.run("echo STTY=$(stty -a | grep -c -e -icanon -e '-echo ')")
        try session.waitFor("STTY=0")
        try session.run("fg")
        try session.waitFor("4 articles")
        try session.send(keys: "j", "Enter")
        try session.waitFor("More than 20,000 civilians")
        try session.send(keys: "q", "q")
        try session.run("echo DONE=$?")
        try session.waitFor("DONE=0")
    }

    @Test func monochromeStillShowsTheSearchMatch() throws {
        let session = try TmuxSession(environment: ["NO_COLOR": "1"])
        try startReader(session)
        try session.waitFor("4 articles")
        try session.send(keys: "Enter")
        try session.send(literal: "/Kerry")
        try session.send(keys: "Enter")
        try session.waitFor("Match 1 of")
        let escaped = try session.screen(escapes: true)
        // Reverse video (7) around the match, and no colour sequences at all.
        #expect(escaped.contains("\u{1B}[7m") || escaped.range(of: "\u{1B}\\[[0-9;]*7[;m]", options: .regularExpression) != nil)
        #expect(escaped.range(of: "\u{1B}\\[[0-9;]*3[0-7][;m]", options: .regularExpression) == nil)
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
    }

    @Test func badInputIsReportedNotFatal() throws {
        let folder = NSTemporaryDirectory() + "reader-bad-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: folder + "/a.txt", contents: Data("Evil \u{1B}[2J\u{1B}]0;pwned\u{07} title\n\nBody \u{1B}[31mred".utf8)))
        #expect(FileManager.default.createFile(atPath: folder + "/b.txt", contents: Data([0x00, 0x01, 0x02])))
        #expect(FileManager.default.createFile(atPath: folder + "/c.txt", contents: Data("Caf".utf8) + Data([0xE9]) + Data("\n\nx".utf8)))
        let session = try TmuxSession()
        try startReader(session, arguments: folder)
        let list = try session.waitFor("2 articles")
        #expect(list.contains("Evil ␛[2J␛]0;pwned␇ title"))
        #expect(list.contains("b.txt"))
        #expect(list.contains("looks binary"))
        try session.send(keys: "j", "Enter")
        try session.waitFor("not valid UTF-8")
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
    }
}

/// The reader and the corpus index: what the reader analyses is kept for the next start.
@Suite("Terminal reader and the corpus index", .serialized)
struct TerminalReaderIndexTests {
    @Test func analysesMadeInTheReaderAreKeptInTheIndex() throws {
        let session = try TmuxSession(width: 100, height: 24)
        let seeds = try ReaderBinary.copySeeds(into: session.home)
        try session.run("clear; \(ReaderBinary.path) \(seeds); echo EXIT=$?")
        try session.waitUntil("every article analysed") { $0.contains("4 articles") && $0.contains("entities") && !$0.contains("analysing") }
        try session.send(keys: "q")
        try session.waitFor("EXIT=0")
        try session.run("clear; \(ReaderBinary.path) index \(seeds)")
        let summary = try session.waitFor("indexed 4 files")
        #expect(summary.contains("indexed 4 files, 0 analysed"), "\(summary)")
        #expect(FileManager.default.fileExists(atPath: session.home + "/cache/reader"))
    }

    @Test func indexShowsAProgressBarOnATerminalAndOneSummaryLine() throws {
        let session = try TmuxSession(width: 100, height: 10)
        let corpus = session.home + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: ReaderBinary.packageRoot + "/seeds/000_cef5231f6ba4b524.txt", encoding: .utf8)
        for number in 0..<3000 {
            #expect(FileManager.default.createFile(atPath: corpus + "/\(number).txt", contents: Data("Copy \(number)\n\n\(text)".utf8)))
        }
        try session.run("clear; \(ReaderBinary.path) index \(corpus); echo EXIT=$?")
        let pattern = #"\[=* *\] \d+/3000 files  \d+/s  \d+:\d\d left"#
        let bar = try session.waitUntil(timeout: 60, "a progress bar") {
            $0.range(of: pattern, options: .regularExpression) != nil || $0.range(of: #"EXIT=\d"#, options: .regularExpression) != nil
        }
        #expect(bar.range(of: pattern, options: .regularExpression) != nil, "\(bar)")
        // "EXIT=" alone would match the command line as typed, before it runs.
        let end = try session.waitUntil(timeout: 120, "the end") { $0.range(of: #"EXIT=\d"#, options: .regularExpression) != nil }
        #expect(end.contains("indexed 3000 files, 3000 analysed"))
        #expect(!end.contains("/3000 files"), "the bar is wiped at the end")
    }
}
