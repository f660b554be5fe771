import Foundation
import Testing

/// Highlights, annotating and exporting in the real reader, driven in tmux on a copy of the seeds.
@Suite("Highlights, annotations and export in tmux", .serialized)
struct AnnotatingInTmuxTests {
    let reader = ReaderBinary.path

    /// A session whose HOME holds a copy of the seeds; the reader runs from HOME, so exports land there.
    func session(width: Int = 100, height: Int = 30) throws -> (TmuxSession, String) {
        try TmuxSession.withSeeds(width: width, height: height)
    }

    func start(_ session: TmuxSession) throws {
        try session.run("cd \(session.home) && clear && \(reader) seeds; echo EXIT=$?")
        try session.waitUntil("the list with every figure") { !$0.contains("analysing") && $0.contains("4 articles") }
    }

    @Test func tabThroughHighlightsAndUseTheEntityPanel() throws {
        let (session, _) = try session()
        try start(session)
        try session.send(keys: "Enter")
        try session.waitFor("person org place norp")
        var found: Set<String> = []
        var previous = try session.screen(escapes: true)
        for _ in 0..<60 {
            try session.send(keys: "Tab")
            // Each Tab moves the focus (reverse video, maybe a new status line): wait for the redraw.
            var screen = previous
            for _ in 0..<100 where screen == previous {
                Thread.sleep(forTimeInterval: 0.02)
                screen = try session.screen(escapes: true)
            }
            previous = screen
            if screen.contains("PERSON Sergei Lavrov") { found.insert("Lavrov") }
            if screen.contains("count 8000") && screen.contains("evacuees") { found.insert("8000") }
            if found.count == 2 { break }
        }
        #expect(found == ["Lavrov", "8000"], "the status line named both while tabbing")

        // An entity and a claim are drawn with different attributes.
        let escaped = try session.screen(escapes: true)
        #expect(escaped.contains("\u{1B}[4m") || escaped.range(of: "\u{1B}\\[[0-9;]*4[;m]", options: .regularExpression) != nil,
                "claims are underlined")
        #expect(escaped.range(of: "\u{1B}\\[[0-9;]*1[;m]", options: .regularExpression) != nil, "entities are bold")

        try session.send(keys: "e")
        try session.waitFor("Entities in this article")
        try session.send(keys: "Enter")
        try session.waitFor("Aleppo: mention 1 of")
        try session.send(keys: "n")
        try session.waitFor("Match 2 of")
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
    }

    @Test func annotateQuitReopenAndExport() throws {
        let (session, seeds) = try session()
        try start(session)
        try session.send(keys: "Enter")
        try session.waitFor("Syria's army on Thursday halted")
        try session.send(literal: "/8,000 evacuees")
        try session.send(keys: "Enter")
        try session.waitFor("Match 1 of 1")
        try session.send(keys: "v")
        try session.send(keys: "a")
        try session.waitFor("Annotate “8,000 evacuees”")
        try session.send(literal: "disp")
        try session.send(keys: "Tab")
        try session.waitFor("Tags: disputed")
        try session.send(keys: "Enter")
        try session.send(literal: "UN count: 6,400 — Ré-check")
        try session.send(keys: "C-s")
        try session.waitFor("Annotation saved")
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")

        let sidecar = seeds + "/000_cef5231f6ba4b524.annotations.json"
        let stored = try String(contentsOfFile: sidecar, encoding: .utf8)
        #expect(stored.contains("\"exact\" : \"8,000 evacuees\""))
        #expect(stored.contains("disputed"))
        #expect(stored.contains("UN count: 6,400 — Ré-check"))

        // Start again: the list counts the note, the panel lists it, the text marks it.
        try session.run("clear && \(reader) seeds; echo EXIT=$?")
        try session.waitFor("1 note")
        try session.send(keys: "Enter")
        try session.send(keys: "A")
        try session.waitFor("Annotations in this article (1)")
        try session.waitFor("“8,000 evacuees” UN count: 6,400 — Ré-check")
        try session.send(keys: "Enter")
        try session.waitFor("#disputed · UN count")
        // The annotated span has the annotation's background (256 colours: 237; 8 colours: blue);
        // the claim next to it, not annotated, has none.
        let escaped = try session.screen(escapes: true)
        /// The attribute sequences drawn right before `text`.
        func attributes(before text: String) -> String {
            guard let range = escaped.range(of: text) else { return "" }
            var start = range.lowerBound
            while let match = escaped[..<start].range(of: "\u{1B}\\[[0-9;]*m$", options: .regularExpression) {
                start = match.lowerBound
            }
            return String(escaped[start..<range.lowerBound])
        }
        let annotated = attributes(before: "8,000 evacuees")
        #expect(annotated.contains("48;5;237") || annotated.contains("44"), "\(annotated.debugDescription)")
        let plainClaim = attributes(before: "five kilometers")
        #expect(!plainClaim.contains("48;5;237") && !plainClaim.contains("44"), "\(plainClaim.debugDescription)")

        // Export from the reader and find the note in the file it names.
        try session.send(keys: "x")
        let screen = try session.waitFor("Exported 1 annotation to")
        let exports = try FileManager.default.contentsOfDirectory(atPath: session.home).filter { $0.hasPrefix("reader-notes-") }
        #expect(exports.count == 1)
        let export = try String(contentsOfFile: session.home + "/" + exports[0], encoding: .utf8)
        #expect(export.contains("UN count: 6,400 — Ré-check"))
        #expect(export.contains("#disputed"))
        #expect(screen.contains("reader-notes-"))
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
    }

    @Test func aCorruptSidecarIsNamedAndNeverOverwritten() throws {
        let (session, seeds) = try session()
        let sidecar = seeds + "/000_cef5231f6ba4b524.annotations.json"
        let corrupt = Data("{ \"schema\": \"reader.annotations\", \"version\": 1, \"annotations\": [".utf8)
        #expect(FileManager.default.createFile(atPath: sidecar, contents: corrupt))
        try start(session)
        try session.send(keys: "Enter")
        try session.send(literal: "/Lavrov")
        try session.send(keys: "Enter", "v", "a")
        try session.waitFor("is not valid JSON")
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
        #expect(FileManager.default.contents(atPath: sidecar) == corrupt)
    }

    @Test func aPasteIsTextNeverKeys() throws {
        let (session, seeds) = try session()
        try start(session)
        try session.send(keys: "Enter")
        try session.waitFor("Syria's army on Thursday halted")
        // tmux wraps a paste in ESC[200~ … ESC[201~ only because the reader asked for bracketed
        // paste: pasted into the article view, "qq" must not quit.
        try session.tmux(["set-buffer", "qq"])
        try session.tmux(["paste-buffer", "-p", "-t", "main"])
        try session.send(literal: "/Lavrov")
        try session.send(keys: "Enter")
        try session.waitFor("Match 1 of")
        try session.send(keys: "v", "a")
        try session.waitFor("Annotate “Lavrov”")
        // Into the tags line a line break is a space, not Enter (which would move to the note).
        try session.tmux(["set-buffer", "check\nverified"])
        try session.tmux(["paste-buffer", "-p", "-t", "main"])
        try session.waitFor("Tags: check verified")
        try session.send(keys: "Enter")
        try session.tmux(["set-buffer", "line one\nline two"])
        try session.tmux(["paste-buffer", "-p", "-t", "main"])
        try session.waitFor("line two")
        try session.send(keys: "C-s")
        try session.waitFor("Annotation saved")
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
        let stored = try String(contentsOfFile: seeds + "/000_cef5231f6ba4b524.annotations.json", encoding: .utf8)
        #expect(stored.contains("\"note\" : \"line one\\nline two\""))
        #expect(stored.contains("\"check\",") && stored.contains("\"verified\""))
    }

    @Test func layersAreRememberedAndABrokenConfigIsLeftAlone() throws {
        let (session, _) = try session()
        let config = session.home + "/config/reader/config.json"
        try start(session)
        try session.send(keys: "Enter")
        try session.waitFor("person org place norp")
        try session.send(keys: "C")
        try session.waitFor("Claims hidden")
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
        let saved = try String(contentsOfFile: config, encoding: .utf8)
        #expect(saved.contains("\"count\"") && saved.contains("\"percent\""))

        // The next run starts with the claims hidden: the legend marks them so.
        try session.run("clear && \(reader) seeds; echo EXIT=$?")
        try session.waitUntil("the list") { !$0.contains("analysing") && $0.contains("4 articles") }
        try session.send(keys: "Enter")
        try session.waitFor("·count ·%")

        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
        let broken = Data("{ \"layers\": ".utf8)
        #expect(FileManager.default.createFile(atPath: config, contents: broken))
        try session.run("clear && \(reader) seeds; echo EXIT=$?")
        try session.waitFor("Default settings in use")
        try session.send(keys: "Enter")
        try session.send(keys: "C")
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
        #expect(FileManager.default.contents(atPath: config) == broken, "a broken config is never overwritten")
    }
}
