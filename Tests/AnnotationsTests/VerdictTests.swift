import Annotations
import Foundation
import Testing

/// Verdicts in the sidecars: the schema migration, placement on a claim, and the counts `list` shows.
@Suite("Verdicts")
struct VerdictTests {
    static let versionOne = """
        {
          "annotations" : [
            {
              "created" : "2026-01-02T03:04:05.000Z",
              "id" : "6FBAB090-72E5-425C-93EC-3E07A02FCF35",
              "modified" : "2026-01-02T03:04:05.000Z",
              "note" : "check this",
              "tags" : [ "check" ],
              "target" : {
                "position" : { "end" : 496, "start" : 470 },
                "quote" : { "exact" : "More than 20,000 civilians", "prefix" : "", "suffix" : "" }
              }
            }
          ],
          "article" : "001_ac7699849b98daba.txt",
          "schema" : "reader.annotations",
          "version" : 1
        }
        """

    @Test func aVersionOneSidecarIsReadAndMigrated() throws {
        let sidecar = try SidecarCodec.decode(Data(Self.versionOne.utf8), path: "x.annotations.json")
        #expect(sidecar.version == Sidecar.currentVersion)
        #expect(Sidecar.currentVersion == 2)
        #expect(sidecar.annotations.count == 1)
        #expect(sidecar.annotations[0].verdict == nil)
        #expect(sidecar.annotations[0].note == "check this")
    }

    /// What a version 1 file holds that this build does not know (another tool's fields, at the top,
    /// in an annotation, inside its target and claim) is still there after the migration writes it
    /// as version 2, next to the verdict given since.
    @Test func aVersionOneFilesUnknownFieldsSurviveTheMigration() throws {
        let text = """
            {"schema":"reader.annotations","version":1,"article":"a.txt","tool":{"name":"other"},"annotations":[
            {"id":"00000000-0000-0000-0000-000000000001","created":"c","modified":"m","note":"","tags":[],"color":"red",
            "claim":{"kind":"count","value":5,"confidence":0.5},
            "target":{"quote":{"exact":"x","prefix":"","suffix":"","hue":1},"position":{"start":1,"end":2,"line":7}}}]}
            """
        var sidecar = try SidecarCodec.decode(Data(text.utf8), path: "s")
        #expect(sidecar.version == 2)
        sidecar.annotations[0].verdict = ClaimVerdict(status: .sourced, evidence: "https://example.org", note: nil, date: "d")
        let written = String(decoding: try SidecarCodec.encode(sidecar), as: UTF8.self)
        for field in ["\"version\" : 2", "\"tool\" : {", "\"color\" : \"red\"", "\"confidence\" : 0.5", "\"hue\" : 1", "\"line\" : 7",
                      "\"status\" : \"sourced\""] {
            #expect(written.contains(field), "\(field) is written")
        }
        let reread = try SidecarCodec.decode(Data(written.utf8), path: "s")
        #expect(reread == sidecar)
        #expect(reread.annotations[0].verdict?.evidence == "https://example.org")
    }

    /// A verdict's own unknown fields survive too, and an annotation whose verdict cannot be read
    /// (a status this build does not know) is skipped and written back as it was, not dropped.
    @Test func verdictFieldsAreCheckedAndTheirUnknownPartsKept() throws {
        let text = """
            {"schema":"reader.annotations","version":2,"article":"a.txt","annotations":[
            {"id":"00000000-0000-0000-0000-000000000001","created":"c","modified":"m","note":"","tags":[],
            "verdict":{"status":"false","date":"2026-01-01","reviewer":"ann"},
            "target":{"quote":{"exact":"x","prefix":"","suffix":"","hue":1},"position":{"start":1,"end":2}}},
            {"id":"00000000-0000-0000-0000-000000000002","created":"c","modified":"m","note":"","tags":[],
            "verdict":{"status":"misleading","date":"2026-01-01"},
            "target":{"quote":{"exact":"y","prefix":"","suffix":"","hue":1},"position":{"start":3,"end":4}}}]}
            """
        let sidecar = try SidecarCodec.decode(Data(text.utf8), path: "s")
        #expect(sidecar.annotations.count == 1)
        #expect(sidecar.annotations[0].verdict?.status == .false)
        #expect(sidecar.skipped.count == 1)
        #expect(sidecar.skipped.first?.reason.contains("\"verdict.status\" \"misleading\" is not a verdict") == true)
        let written = String(decoding: try SidecarCodec.encode(sidecar), as: UTF8.self)
        #expect(written.contains("\"reviewer\" : \"ann\""))
        #expect(written.contains("\"status\" : \"misleading\""))
    }

    @Test func aNewerSidecarIsRefused() {
        let newer = Self.versionOne.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 3")
        #expect(throws: SidecarProblem.self) { try SidecarCodec.decode(Data(newer.utf8), path: "x.annotations.json") }
    }

    @Test func aVerdictRoundTripsThroughTheStore() throws {
        let folder = TemporaryFolder("reader-verdict")
        let seeds = try folder.copySeeds()
        let path = seeds + "/001_ac7699849b98daba.txt"
        // An old sidecar with a note on the claim: the verdict joins that annotation.
        #expect(FileManager.default.createFile(atPath: seeds + "/001_ac7699849b98daba.annotations.json", contents: Data(Self.versionOne.utf8)))
        let article = try ArticleLoader.loadFile(path).get()
        let store = AnnotationStore()
        let anchored = Anchoring.anchor(try store.load(for: article), in: article)
        let verdict = try VerdictPlacement.verdict(status: .disputed, evidence: "https://example.org/count", note: "UN says fewer",
                                                   now: Date(timeIntervalSince1970: 1_500_000_000))
        let annotation = VerdictPlacement.annotation(giving: verdict, to: 470..<496, in: article, among: anchored, claim: nil)
        #expect(annotation.id.uuidString == "6FBAB090-72E5-425C-93EC-3E07A02FCF35")
        #expect(annotation.note == "check this", "the note is kept")
        try store.update(annotation, in: article)
        let written = try #require(FileManager.default.contents(atPath: seeds + "/001_ac7699849b98daba.annotations.json"))
        let text = String(decoding: written, as: UTF8.self)
        #expect(text.contains("\"version\" : 2"))
        #expect(text.contains("\"status\" : \"disputed\""))
        var verdicts = LedgerVerdicts()
        verdicts.add(Anchoring.anchor(try store.load(for: article), in: article), articlePath: article.path)
        #expect(verdicts.verdict(for: LedgerClaim.ID(path: article.path, start: 470, end: 496))?.evidence == "https://example.org/count")
        #expect(verdicts.counts(inArticle: article.path) == [.disputed: 1])
    }

    @Test func evidenceMustBeAWebAddress() {
        #expect(throws: VerdictInputError.evidenceNotURL("not a url")) {
            try VerdictPlacement.verdict(status: .false, evidence: "not a url", note: nil)
        }
        #expect(throws: VerdictInputError.self) { try VerdictPlacement.verdict(status: .false, evidence: "javascript:alert(1)", note: nil) }
        #expect((try? VerdictPlacement.verdict(status: .true, evidence: " ", note: " "))?.evidence == nil)
    }

    @Test func aGroupVerdictIsCommonOnlyWhenAllAgree() throws {
        let corpus = ArticleLoader.load(paths: [TestPaths.seeds])
        let recognizer = Recognizer()
        let ledger = ClaimLedger(articles: corpus.articles.map { LedgerArticle(article: $0, analysis: recognizer.analyze($0.text)) })
        let group = try #require(ledger.claims.first { $0.claim.text == "five kilometers" }.flatMap { ledger.group(of: $0.id) })
        func annotated(_ member: LedgerClaim, _ status: VerdictStatus) -> AnchoredAnnotation {
            var annotation = Annotation(created: "2026", modified: "2026", target: AnnotationTarget(
                quote: TextQuoteSelector(exact: member.claim.text, prefix: "", suffix: ""),
                position: TextPositionSelector(start: member.id.start, end: member.id.end)))
            annotation.verdict = ClaimVerdict(status: status, date: "2026-01-01T00:00:00.000Z")
            return AnchoredAnnotation(annotation: annotation, state: .anchored, range: member.id.start..<member.id.end)
        }
        var verdicts = LedgerVerdicts()
        verdicts.add([annotated(group.members[0], .true)], articlePath: group.members[0].id.path)
        #expect(verdicts.commonVerdict(of: group) == .true)
        verdicts.add([annotated(group.members[1], .false)], articlePath: group.members[1].id.path)
        #expect(verdicts.commonVerdict(of: group) == nil)
    }
}
