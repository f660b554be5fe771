import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Signals, Ctrl-C and hostile pastes while the real reader is busy with a prompt or the editor.
@Suite("Faults in tmux", .serialized)
struct FaultsInTmuxTests {
    let reader = ReaderBinary.path

    func session(width: Int = 100, height: Int = 30) throws -> (TmuxSession, String) {
        try TmuxSession.withSeeds(width: width, height: height)
    }

    func start(_ session: TmuxSession) throws {
        try session.run("cd \(session.home) && clear && \(reader) seeds; echo EXIT=$? STTY=$(stty -a | grep -c -e -icanon -e '-echo ')")
        try session.waitUntil("the list with every figure") { !$0.contains("analysing") && $0.contains("4 articles") }
    }

    /// The reader's process id: the child of the pane's shell.
    func readerPID(_ session: TmuxSession) throws -> String {
        let shell = try session.tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let output = session.home + "/.pgrep-out"
        try ChildProcess.run("pgrep", ["-P", shell], stdoutPath: output)
        let pid = try String(contentsOfFile: output, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!pid.isEmpty && !pid.contains("\n"))
        return pid
    }

    /// Opens the first article's editor on the first highlight and types a note.
    func typeANote(_ session: TmuxSession, _ note: String) throws {
        try session.send(keys: "Enter")
        try session.waitFor("Syria's army on Thursday halted")
        try session.send(keys: "Tab", "a")
        try session.waitFor("Ctrl-S save")
        try session.send(literal: "check")
        try session.send(keys: "Enter")
        try session.send(literal: note)
        try session.waitFor(note.trimmingCharacters(in: .whitespaces))
    }

    /// A drafts file this reader cannot read may hold another version's notes: a new draft must not
    /// replace it. It is renamed aside, said so, and the new draft is kept beside it.
    @Test func anUnreadableDraftFileIsSetAsideNotOverwritten() throws {
        let (session, _) = try session()
        let folder = session.home + "/.local/state/reader"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let foreign = #"{"version": 9, "drafts": {"/elsewhere/a.txt": "a note from a newer reader"}}"#
        try foreign.write(toFile: folder + "/drafts.json", atomically: true, encoding: .utf8)
        try start(session)
        let note = "Draft beside the unreadable file"
        try typeANote(session, note)
        try ChildProcess.run("kill", ["-TERM", try readerPID(session)])
        let end = try session.waitFor("EXIT=")
        #expect(end.contains("could not be read; it is kept as"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        let aside = try #require(names.first { $0.hasPrefix("drafts.json.unreadable-") })
        #expect(try String(contentsOfFile: folder + "/" + aside, encoding: .utf8) == foreign)
        #expect(try String(contentsOfFile: folder + "/drafts.json", encoding: .utf8).contains(note))
    }

    @Test(arguments: [("TERM", 143), ("HUP", 129), ("INT", 130)])
    func aSignalInTheEditorKeepsTheNoteForNextTime(signal: String, status: Int) throws {
        let (session, _) = try session()
        try start(session)
        let note = "Draft kept through SIG\(signal)"
        try typeANote(session, note)
        try ChildProcess.run("kill", ["-\(signal)", try readerPID(session)])
        let end = try session.waitFor("EXIT=")
        #expect(end.contains("EXIT=\(status) STTY=0"))
        #expect(end.contains("your unsaved note is kept in"))
        let drafts = try String(contentsOfFile: session.home + "/.local/state/reader/drafts.json", encoding: .utf8)
        #expect(drafts.contains(note))
        let attributes = try FileManager.default.attributesOfItem(atPath: session.home + "/.local/state/reader/drafts.json")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        // Next time, the article's editor opens with the note; saving it empties the draft file.
        try start(session)
        try session.send(keys: "Enter")
        try session.waitFor("Syria's army on Thursday halted")
        try session.send(keys: "Tab", "a")
        try session.waitFor(note)
        try session.waitFor("unsaved note from last time")
        try session.send(keys: "C-s")
        try session.waitFor("Annotation saved")
        #expect(!FileManager.default.fileExists(atPath: session.home + "/.local/state/reader/drafts.json"))
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
        let stored = try String(contentsOfFile: session.home + "/seeds/000_cef5231f6ba4b524.annotations.json", encoding: .utf8)
        #expect(stored.contains(note))
    }

    /// Another process holds the folder lock: Ctrl-S says whom the reader waits for, Esc gives up with
    /// the note kept in the editor, and once the lock is free the same note saves.
    @Test func aSaveWaitingForAnotherProcessSaysSoAndEscGivesUp() throws {
        let (session, seeds) = try session()
        try start(session)
        let held = open(seeds, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        #expect(flock(held, LOCK_EX) == 0)
        defer { close(held) }
        let note = "Waits for the lock"
        try typeANote(session, note)
        try session.send(keys: "C-s")
        try session.waitFor("Waiting for the lock on seeds")
        #expect(try session.screen().contains("held by") && (try session.screen()).contains("process \(getpid())"))
        try session.send(keys: "Escape")
        let given = try session.waitFor("Not saved: gave up waiting for the lock on seeds")
        #expect(given.contains("Annotate “") && given.contains(note), "the editor is back with the note")

        flock(held, LOCK_UN)
        try session.send(keys: "C-s")
        try session.waitFor("Annotation saved")
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
        let stored = try String(contentsOfFile: seeds + "/000_cef5231f6ba4b524.annotations.json", encoding: .utf8)
        #expect(stored.contains(note))
    }

    @Test func ctrlCInTheSearchPromptCancelsItAndTheReaderGoesOn() throws {
        let (session, _) = try session()
        try start(session)
        try session.send(keys: "Enter")
        try session.waitFor("Syria's army on Thursday halted")
        try session.send(literal: "/Lavr")
        try session.waitFor("/Lavr")
        try session.send(keys: "C-c")
        try session.waitUntil("the prompt gone") { !$0.contains("/Lavr") && $0.contains("000_cef5231f6ba4b524.txt") }
        #expect(!(try session.screen()).contains("EXIT="))
        // Still reading: keys work, and Ctrl-C outside a prompt still quits.
        try session.send(keys: "q")
        try session.waitFor("4 articles")
        try session.send(keys: "C-c")
        try session.waitFor("EXIT=130 STTY=0")
    }
}

extension FaultsInTmuxTests {
    /// A paste of `lines` lines of 99 letters each, then text that would quit and run a command
    /// if it arrived as keys.
    func loadHostilePaste(_ session: TmuxSession, lines: Int) throws {
        let text = String(repeating: String(repeating: "p", count: 99) + "\n", count: lines)
            + "qq\necho PASTE-REACHED-SHELL > pwned\n"
        let path = session.home + "/paste.txt"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try session.tmux(["load-buffer", path])
    }

    @Test func aPasteLongerThanTheLimitIsReadToItsEndAndNeverRunsAsKeys() throws {
        let (session, _) = try session()
        try start(session)
        try session.send(keys: "Enter")
        try session.waitFor("Syria's army on Thursday halted")
        try loadHostilePaste(session, lines: 10_000)
        try session.tmux(["paste-buffer", "-p", "-t", "main"])
        try session.waitFor("The paste was too long")
        try session.send(keys: "G")
        let screen = try session.waitFor("100%")
        #expect(!screen.contains("EXIT="))
        #expect(!FileManager.default.fileExists(atPath: session.home + "/pwned"))
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
        #expect(!FileManager.default.fileExists(atPath: session.home + "/pwned"))
    }

    @Test func aLongPasteIntoTheNoteKeepsWhatFits() throws {
        let (session, seeds) = try session()
        try start(session)
        try typeANote(session, "Pasted: ")
        try loadHostilePaste(session, lines: 12_000)
        try session.tmux(["paste-buffer", "-p", "-t", "main"])
        try session.waitFor("The paste was too long")
        try session.send(keys: "C-s")
        try session.waitFor("Annotation saved")
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
        let data = try #require(FileManager.default.contents(atPath: seeds + "/000_cef5231f6ba4b524.annotations.json"))
        let sidecar = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let annotations = try #require(sidecar["annotations"] as? [[String: Any]])
        let note = try #require(annotations.first?["note"] as? String)
        // The first million bytes of the paste, then nothing of what came after the limit.
        #expect(note.hasPrefix("Pasted: " + String(repeating: "p", count: 99) + "\n"))
        #expect(note.utf8.count == "Pasted: ".utf8.count + 1_000_000 - 1)
        #expect(!note.contains("PASTE-REACHED-SHELL"))
    }
}
