import Annotations
import Foundation
import Testing
@testable import ReaderApp

/// The whole loop (input, update, commands and their answers, render, draw) on a scripted terminal.
@Suite("App loop on a scripted terminal")
struct AppLoopTests {
    static let size = Size(width: 60, height: 16)

    struct Run {
        var exit: LoopExit
        var state: AppState
        var terminal: ScriptedTerminal
        var world: InMemoryWorld
    }

    func run(_ script: [ScriptedTerminal.Step], size: Size = AppLoopTests.size, analysisAfter looks: Int = 0,
             lockHeldForRetries: Int? = nil) -> Run {
        let terminal = ScriptedTerminal(size: size, script: script)
        let world = InMemoryWorld(analyses: [0: HighlightTests.analysis], arrivingAfter: looks)
        world.lockHeldForRetries = lockHeldForRetries
        var state = AppState(corpus: Fixtures.corpus(HighlightTests.text, "Second\n\nMore text.\n"),
                             size: terminal.size, colorMode: terminal.colorMode)
        let exit = AppLoop(terminal: terminal, world: world).run(&state)
        return Run(exit: exit, state: state, terminal: terminal, world: world)
    }

    /// Work kept from the first screen (the scan behind a list drawn from the index) starts once
    /// the first frame is on the screen, and only once.
    @Test func theWorldHearsOfTheFirstFrameOnceItIsDrawn() {
        let terminal = ScriptedTerminal(size: Self.size, script: [.type("jjk"), .type("q")])
        let world = InMemoryWorld(analyses: [:])
        world.framesWhenFirstDrawn = { terminal.frames.count }
        var state = AppState(corpus: Fixtures.corpus(HighlightTests.text, "Second\n\nMore text.\n"),
                             size: terminal.size, colorMode: terminal.colorMode)
        _ = AppLoop(terminal: terminal, world: world).run(&state)
        #expect(terminal.frames.count > 1)
        #expect(world.firstFrameCalls == 1)
        #expect(world.framesAtFirstFrameCall == [1])
    }

    /// Open the first article, tab to the claim, tag it and write a note, save, go back, quit.
    static let annotating: [ScriptedTerminal.Step] = [
        .key(.enter), .key(.tab), .key(.tab), .key(.tab), .type("acheck"), .key(.enter), .type("UN says 6,400"),
        .key(.control("s")), .type("q"),
    ]

    @Test func openReadAnnotateAndQuit() throws {
        let run = run(Self.annotating + [.type("q")])
        #expect(run.exit == .quit)
        let frames = run.terminal.frames
        #expect(frames.first?.lines.first?.hasPrefix(" reader · 2 articles") == true)
        // The analysis arrives before the first frame, and the open article takes the next one.
        #expect(frames[1].lines.first == " Lavrov talks")
        #expect(frames[1].lines.contains { $0.contains("Sergei Lavrov said nearer 8,000 evacuees") })
        #expect(frames[4].lines.last?.hasPrefix(" count 8000 · nearer · evacuees") == true)
        #expect(frames.contains { $0.lines.contains { $0.hasPrefix(" Annotate “nearer 8,000 evacuees”") } })
        let saved = try #require(run.world.annotations[0]?.first)
        #expect(run.world.annotations[0]?.count == 1)
        #expect(saved.tags == ["check"] && saved.note == "UN says 6,400")
        #expect(saved.target.quote.exact == "nearer 8,000 evacuees")
        #expect(saved.created == "2026-12-01T12:00:00.000Z")
        // The store's answer came back through the loop: the list counts the note.
        let list = try #require(run.terminal.lastFrame)
        #expect(list.lines.contains { $0.hasPrefix("   0.txt") && $0.hasSuffix("1 note") })
        #expect(run.world.priorities.first == 0)
    }

    /// In an article, L lists its claims; v twice gives the first one a verdict, saved through the
    /// world and drawn from the world's answer; the verdict is one annotation, revised in place.
    @Test func aVerdictFromTheLedgerPanelGoesThroughTheWorld() throws {
        let run = run([.key(.enter), .type("L"), .type("v"), .type("v"), .key(.escape), .type("qq")],
                      size: Size(width: 80, height: 16))
        #expect(run.exit == .quit)
        let saved = try #require(run.world.annotations[0])
        #expect(saved.count == 1)
        #expect(saved.first?.verdict?.status == .checking)
        #expect(saved.first?.target.quote.exact == "nearer 8,000 evacuees")
        #expect(saved.first?.verdict?.date == "2026-12-01T12:00:00.000Z")
        #expect(run.terminal.frames.contains { $0.lines.contains { $0.contains("nearer 8,000 evacuees — Sergei Lavrov [checking]") } })
        #expect(run.terminal.frames.contains { $0.lines.contains { $0.contains("[unverified]") } })
    }

    /// In the ledger panel, e and n type the verdict's evidence and note into the status-line
    /// prompt; the world saves them in the claim's annotation and the panel redraws from its answer.
    @Test func evidenceAndANoteFromTheLedgerPanelGoThroughTheWorld() throws {
        let run = run([.key(.enter), .type("L"), .type("v"), .type("e"), .type("https://example.org/unhcr"), .key(.enter),
                       .type("n"), .type("UN says 6,400"), .key(.enter), .key(.escape), .type("qq")],
                      size: Size(width: 80, height: 16))
        #expect(run.exit == .quit)
        let saved = try #require(run.world.annotations[0])
        #expect(saved.count == 1)
        #expect(saved.first?.verdict?.status == .unverified)
        #expect(saved.first?.verdict?.evidence == "https://example.org/unhcr")
        #expect(saved.first?.verdict?.note == "UN says 6,400")
        #expect(run.terminal.frames.contains { $0.lines.last == "Evidence URL: https://example.org/unhcr" })
        #expect(run.terminal.frames.contains { $0.lines.contains { $0.contains("Note saved on “nearer 8,000 evacuees”") } })
    }

    @Test func anAnalysisFinishingWhileTheUserWaitsIsDrawnOnTheNextTick() {
        let run = run([.key(.enter), .event(.tick), .event(.tick), .type("qq")], analysisAfter: 3)
        let legends = run.terminal.frames.map { $0.lines[AppLoopTests.size.height - 2] }
        // Open (no analysis yet), a tick (still none), a tick (it arrives and is drawn).
        #expect(legends[1] == " analysing…" && legends[2] == " analysing…")
        #expect(legends[3].hasPrefix(" person org place norp"))
        #expect(run.world.priorities == [0, 1], "the open article first, then the one not yet analysed")
    }

    @Test func theSameScriptGivesTheSameFramesAndTheSameAnnotation() {
        let first = run(Self.annotating + [.type("q")])
        let second = run(Self.annotating + [.type("q")])
        #expect(first.terminal.frames == second.terminal.frames)
        #expect(first.world.annotations[0] == second.world.annotations[0])
    }

    @Test func aResizeMidEditKeepsTheNoteAndDrawsAtTheNewSize() throws {
        let small = Size(width: 44, height: 12)
        let run = run([
            .key(.enter), .key(.tab), .type("acheck"), .key(.enter), .type("first half"),
            .resize(small), .type(", second half"), .key(.control("s")), .type("qq"),
        ])
        #expect(run.exit == .quit)
        let afterResize = try #require(run.terminal.frames.first { $0.size == small })
        #expect(afterResize.lines.contains { $0.contains("first half") })
        #expect(afterResize.lines.contains { $0.hasPrefix(" Annotate “") })
        #expect(run.world.annotations[0]?.first?.note == "first half, second half")
        #expect(run.terminal.frames.last?.size == small)
    }

    @Test func aStopSignalEndsTheLoopWithTheNoteStillInTheEditor() throws {
        let run = run([.key(.enter), .key(.tab), .type("acheck"), .key(.enter), .type("not saved yet"),
                       .signal(SIGTERM)])
        #expect(run.exit == .signal(SIGTERM))
        let (index, draft) = try #require(run.state.editorDraft)
        #expect(index == 0 && draft.note == "not saved yet" && draft.tags == "check")
        #expect(run.world.performed.isEmpty)
    }

    /// Everything up to Ctrl-S of `annotating`: the editor open on the claim with a tag and a note.
    static let savingANote = Array(annotating.dropLast())

    @Test func aSaveWaitingForTheLockSaysSoAndEscGivesUpKeepingTheNote() throws {
        let run = run(Self.savingANote + [.event(.tick), .key(.escape), .signal(SIGTERM)], lockHeldForRetries: 1_000)
        #expect(run.world.waitAnswers == [true, false], "a tick keeps waiting, Esc gives up")
        let waiting = run.terminal.frames.filter { $0.lines.contains { $0.contains("Waiting for the lock on corpus") } }
        #expect(waiting.count == 2, "the wait is on screen at every retry")
        #expect(waiting.first?.lines.first == " Lavrov talks", "over the article being annotated")
        #expect(run.world.annotations[0] == nil)
        // Given up, the save failed: the editor is back with the note, and the signal finds it there.
        let (_, draft) = try #require(run.state.editorDraft)
        #expect(draft.note == "UN says 6,400" && draft.tags == "check")
        #expect(run.terminal.lastFrame?.lines.contains { $0.contains("gave up waiting for the lock") } == true)
    }

    @Test func aSaveWaitingForTheLockSavesOnceItIsFree() {
        let run = run(Self.savingANote + [.event(.tick), .event(.tick), .type("qq")], lockHeldForRetries: 2)
        #expect(run.world.waitAnswers == [true, true])
        #expect(run.world.annotations[0]?.first?.note == "UN says 6,400")
        #expect(run.exit == .quit)
    }

    @Test func aStopSignalWhileASaveWaitsEndsTheLoopWithTheNoteKept() throws {
        let run = run(Self.savingANote + [.signal(SIGTERM)], lockHeldForRetries: 1_000)
        #expect(run.world.waitAnswers == [false])
        #expect(run.exit == .signal(SIGTERM))
        let (_, draft) = try #require(run.state.editorDraft)
        #expect(draft.note == "UN says 6,400")
    }

    @Test func ctrlCInTheSearchPromptCancelsItAndTheLoopGoesOn() throws {
        let run = run([.key(.enter), .type("/Alep"), .signal(SIGINT), .type("qq")])
        #expect(run.exit == .quit)
        #expect(run.terminal.frames[6].lines.last == "/Alep")
        #expect(run.terminal.frames[7].lines.last?.hasPrefix(" 0.txt") == true)
    }

    @Test func aPasteLongerThanTheTerminalKeepsIsSaidAfterItGoesIn() {
        let run = run([.key(.enter), .type("/"), .paste("Aleppo evacuation numbers"), .signal(SIGTERM)])
        #expect(run.state.prompt?.text == "Aleppo evacuatio")
        #expect(run.state.message == "The paste was too long: its first 16 bytes are kept, 9 more characters left out")
    }

    /// The filter's queries the world was asked, in order.
    static func filterQueries(_ world: InMemoryWorld) -> [String] {
        world.performed.compactMap { if case .filterList(let query) = $0 { query } else { nil } }
    }

    /// Keys typed faster than the filter's query answers do not queue a query each: the filter asks
    /// once, for the text they made, and shows its answer.
    @Test func keysTypedAheadInTheListFilterAskOnceForTheLastText() throws {
        let run = run([.type("/"), .typeAhead("second"), .signal(SIGTERM)])
        #expect(Self.filterQueries(run.world) == ["second"])
        #expect(run.state.listOrder == [1])
        let list = try #require(run.terminal.lastFrame)
        #expect(list.lines.contains { $0.contains("1.txt:1 · Second") })
        #expect(list.lines.last?.hasPrefix("/second") == true)
        #expect(list.lines.last?.contains("1 article") == true)
    }

    /// Keys typed one at a time each ask, as before: nothing waits behind them.
    @Test func keysTypedSlowlyInTheListFilterAskForEachText() {
        let run = run([.type("/"), .type("sec"), .signal(SIGTERM)])
        #expect(Self.filterQueries(run.world) == ["s", "se", "sec"])
    }

    /// Enter typed right behind the text opens what the text matches: the query owed is asked first.
    @Test func enterTypedAheadOpensTheArticleTheTextMatches() {
        let run = run([.type("/"), .typeAhead("more"), .keyTypedAhead(.enter), .signal(SIGTERM)])
        #expect(Self.filterQueries(run.world) == ["more"])
        #expect(run.terminal.lastFrame?.lines.first == " Second")
    }
}
