import Foundation
import Testing

/// The ledger panel in the real reader: open it, give a claim a verdict, quit, start again and
/// find the verdict in the panel, the list and the ClaimReview export.
@Suite("Ledger panel in tmux", .serialized)
struct LedgerPanelInTmuxTests {
    let reader = ReaderBinary.path

    @Test func aVerdictGivenInThePanelIsThereAfterARestartAndInTheClaimReviewExport() throws {
        let session = try TmuxSession(width: 110, height: 30)
        let seeds = try ReaderBinary.copySeeds(into: session.home)
        try session.run("cd \(session.home) && clear && \(reader) seeds; echo EXIT=$?")
        try session.waitUntil("the list with every figure") { !$0.contains("analysing") && $0.contains("4 articles") }
        try session.send(keys: "L")
        try session.waitFor("Claim ledger: 4 groups")
        try session.waitFor("civilians evacuated from eastern Aleppo")
        // The first claim of the first group is selected; v steps its verdict: unverified, checking,
        // sourced, disputed — each saved as it is given.
        for status in ["unverified", "checking", "sourced", "disputed"] {
            try session.send(keys: "v")
            try session.waitFor("8,000 evacuees — Sergei Lavrov [\(status)]")
        }
        try session.waitFor("Claim ledger: 4 groups · 1 disputed · 0 false")
        // e and n give the verdict its evidence and a note, typed on the status line.
        try session.send(keys: "e")
        try session.waitFor("Evidence URL:")
        try session.send(literal: "https://example.org/unhcr-count")
        try session.send(keys: "Enter")
        try session.waitFor("Evidence saved on")
        try session.send(keys: "n")
        try session.waitFor("Note:")
        try session.send(literal: "UNHCR counted fewer")
        try session.send(keys: "Enter")
        try session.waitFor("Note saved on")
        // Enter opens the claim's article with the claim focused.
        try session.send(keys: "Enter")
        try session.waitFor("count 8000")
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
        let sidecar = try String(contentsOfFile: seeds + "/000_cef5231f6ba4b524.annotations.json", encoding: .utf8)
        #expect(sidecar.contains("\"status\" : \"disputed\""))
        #expect(sidecar.contains("\"version\" : 2"))
        #expect(sidecar.contains("\"evidence\" : \"https:\\/\\/example.org\\/unhcr-count\"") || sidecar.contains("\"evidence\" : \"https://example.org/unhcr-count\""))
        #expect(sidecar.contains("UNHCR counted fewer"))

        // Start again: the list counts it, the panel shows it.
        try session.run("clear && \(reader) seeds; echo EXIT=$?")
        try session.waitFor("1 disputed")
        try session.send(keys: "L")
        try session.waitFor("8,000 evacuees — Sergei Lavrov [disputed]")
        try session.send(keys: "Escape", "q")
        try session.waitFor("EXIT=0")

        let export = try ReaderBinary.run(["export", "--format", "claimreview", "seeds"], currentDirectory: session.home)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("\"alternateName\" : \"Disputed\""))
        #expect(export.stdout.contains("8,000 evacuees"))
        #expect(export.stdout.contains("\"name\" : \"Sergei Lavrov\""))
        #expect(export.stdout.contains("\"citation\" : \"https://example.org/unhcr-count\""))
        #expect(export.stdout.contains("\"reviewBody\" : \"UNHCR counted fewer\""))
    }
}
