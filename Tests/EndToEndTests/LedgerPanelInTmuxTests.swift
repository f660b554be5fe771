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

    /// Invented articles beside the seeds: one with a count that joins the seeds' evacuation group,
    /// one with no claim to group.
    static let extraArticles = [
        "zz_red_crescent.txt": """
            Red Crescent tallies the Aleppo evacuation

            ALEPPO - About 9,000 civilians were evacuated from eastern Aleppo on Thursday, the Red Crescent said.

            """,
        "zz_weather.txt": """
            A quiet week for the weather

            Forecasters expect a calm week with light winds across the northern valleys.

            """,
    ]

    @Test func onTheCorpusIndexThePanelListsClaimsOfArticlesNotOpenedAndEnterOpensOneAtItsClaim() throws {
        let session = try TmuxSession(width: 120, height: 30)
        let corpus = try ReaderBinary.copySeeds(into: session.home)
        for (name, text) in Self.extraArticles {
            try Data(text.utf8).write(to: URL(fileURLWithPath: corpus + "/" + name))
        }
        // The index made current first, as `reader index` leaves it; the files' times set in the
        // past so the reader finds each row current and draws its list from the index.
        try session.run("cd \(session.home) && touch -d 2020-01-01 seeds/* && clear && \(reader) index --index index.sqlite seeds; echo INDEXED=$?")
        try session.waitFor("INDEXED=0", timeout: 60)
        try session.run("clear && \(reader) --index index.sqlite seeds; echo EXIT=$?")
        try session.waitFor("6 articles")
        try session.send(keys: "L")
        // The ledger comes from the index's ledger table: the group holds the claim of an article
        // never opened, with its source and file.
        let panel = try session.waitFor("groups · from the corpus index", timeout: 30)
        #expect(panel.contains("Claim ledger: 4 groups · from the corpus index"), "\(panel)")
        #expect(panel.contains("civilians evacuated from eastern Aleppo"))
        #expect(panel.contains("About 9,000 civilians — Red Crescent"), "\(panel)")
        #expect(panel.contains("zz_red_crescent.txt"))
        // The Red Crescent's claim is the group's tenth; the first is selected.
        for _ in 0..<9 { try session.send(keys: "j") }
        try session.send(keys: "Enter")
        // Enter opens that article with that claim focused (the status line describes it).
        let opened = try session.waitFor("count 9000", timeout: 30)
        #expect(opened.contains("Red Crescent tallies the Aleppo evacuation"), "\(opened)")
        try session.send(keys: "q", "q")
        try session.waitFor("EXIT=0")
    }
}
