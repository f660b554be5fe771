import Annotations
import Foundation
import Testing

/// `reader claims`, `reader verdict`, `reader list` and the ledger exports through the built binary,
/// on a copy of the seeds (never the real seeds/).
@Suite("Claim ledger on the command line", .serialized)
struct LedgerCommandLineTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "reader-ledger-cli-\(UUID().uuidString)"
        _ = try ReaderBinary.copySeeds(into: folder)
    }

    func reader(_ arguments: [String]) throws -> SpawnedProcess.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder
        environment["XDG_CONFIG_HOME"] = folder
        return try SpawnedProcess.run(ReaderBinary.path, arguments, environment: environment, currentDirectory: folder)
    }

    @Test func claimsListsEveryClaimWithItsSource() throws {
        let result = try reader(["claims", "seeds"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  count    8,000 evacuees  — Sergei Lavrov  [group: civilians evacuated from eastern Aleppo]"))
        #expect(result.stdout.contains("  percent  more than 90 per cent  — Russian official  [group: share of territory captured in eastern Aleppo]"))
    }

    @Test func claimsGroupShowsTheEvacuationFiguresTogether() throws {
        let result = try reader(["claims", "--group", "seeds"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("1. civilians evacuated from eastern Aleppo  (9 claims)\n"))
        #expect(result.stdout.contains("≠ nearer 8,000  — Turkey (estimated)"))
        #expect(result.stdout.contains("= up to 80,000 Syrian refugees  — Mehmet Simsek (wrote)"))
    }

    /// With an index the groups are read from its rows, equal to analysing every article, and an
    /// edit since the last run is seen (the index is refreshed first).
    @Test func claimsGroupFromTheIndexEqualsAnalysingEveryArticle() throws {
        let onTheSpot = try reader(["claims", "--group", "--json", "seeds"])
        #expect(onTheSpot.status == 0, "\(onTheSpot.stderr)")
        let index = folder + "/cache/index.sqlite"
        let first = try reader(["claims", "--group", "--json", "--index", index, "seeds"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == onTheSpot.stdout)
        #expect(FileManager.default.fileExists(atPath: index))
        let path = folder + "/seeds/003_58af670faad38b86.txt"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "more than 6,400 people", with: "more than 9,400 people").utf8)
            .write(to: URL(fileURLWithPath: path))
        let edited = try reader(["claims", "--group", "--json", "--index", index, "seeds"])
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(edited.stdout.contains("more than 9,400 people") && !edited.stdout.contains("more than 6,400 people"))
        #expect(edited.stdout == (try reader(["claims", "--group", "--json", "seeds"])).stdout)
    }

    /// Items of a feed and of a JSON Lines file join the index's ledger: the groups from the index
    /// equal those of reading every file (the index is used, not passed over for the feed).
    @Test func claimsGroupFromTheIndexTakesTheItemsOfFeeds() throws {
        let rss = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>\
            <item><title>Buses leave</title><guid isPermaLink="false">w1</guid><pubDate>Thu, 15 Dec 2016 10:00:00 GMT</pubDate>\
            <description>About 7,500 people were evacuated from eastern Aleppo, the Red Cross said.</description></item>\
            <item><title>More buses</title><guid isPermaLink="false">w2</guid><pubDate>Fri, 16 Dec 2016 10:00:00 GMT</pubDate>\
            <description>More than 8,200 civilians were evacuated from eastern Aleppo, Sergei Lavrov said.</description></item>\
            </channel></rss>

            """
        try Data(rss.utf8).write(to: URL(fileURLWithPath: folder + "/seeds/wire.rss"))
        let lines = """
            {"id": "j1", "title": "Count", "date": "2016-12-16", "text": "Some 9,100 people were evacuated from eastern Aleppo, Mevlut Cavusoglu said."}

            """
        try Data(lines.utf8).write(to: URL(fileURLWithPath: folder + "/seeds/archive.jsonl"))
        let onTheSpot = try reader(["claims", "--group", "--json", "seeds"])
        #expect(onTheSpot.status == 0, "\(onTheSpot.stderr)")
        #expect(onTheSpot.stdout.contains("About 7,500 people") && onTheSpot.stdout.contains("More than 8,200 civilians")
                && onTheSpot.stdout.contains("Some 9,100 people"))
        let index = folder + "/cache/index.sqlite"
        let fromIndex = try reader(["claims", "--group", "--json", "--index", index, "seeds"])
        #expect(fromIndex.status == 0, "\(fromIndex.stderr)")
        #expect(FileManager.default.fileExists(atPath: index), "the index answered")
        #expect(fromIndex.stdout == onTheSpot.stdout)
        let again = try reader(["claims", "--group", "--index", index, "seeds"])
        #expect(again.stdout == (try reader(["claims", "--group", "seeds"])).stdout)
    }

    /// A feed whose second item's claim stands later in its text than the first item's.
    static let twoItemFeed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>\
        <item><title>Buses leave</title><guid isPermaLink="false">w1</guid><pubDate>Thu, 15 Dec 2016 10:00:00 GMT</pubDate>\
        <description>About 7,500 people were evacuated from eastern Aleppo, the Red Cross said.</description></item>\
        <item><title>More buses</title><guid isPermaLink="false">w2</guid><pubDate>Fri, 16 Dec 2016 10:00:00 GMT</pubDate>\
        <description>Buses kept leaving all night. More than 8,200 civilians were evacuated from eastern Aleppo, Sergei Lavrov said.</description></item>\
        </channel></rss>

        """

    /// `reader verdict --group` and `reader export` read each member's own item of a feed (they
    /// read the first item for all of them): the verdicts land on each item's claim, and the memo
    /// places each claim in its own item.
    @Test(arguments: [false, true]) func aGroupVerdictAndTheMemoReadEachItemOfAFeed(indexed: Bool) throws {
        let corpus = folder + "/feed"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        try Data(Self.twoItemFeed.utf8).write(to: URL(fileURLWithPath: corpus + "/wire.rss"))
        let index = indexed ? ["--index", folder + "/cache/index.sqlite"] : []
        let groups = try reader(["claims", "--group", "--json"] + index + ["feed"])
        #expect(groups.status == 0, "\(groups.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(groups.stdout.utf8)) as? [[String: Any]])
        let evacuated = try #require(list.first { group in
            (group["claims"] as? [[String: Any]])?.contains { ($0["text"] as? String) == "More than 8,200 civilians" } == true
        }?["id"] as? String)
        let given = try reader(["verdict", "--group", evacuated, "--status", "disputed"] + index + ["feed"])
        #expect(given.status == 0, "\(given.stderr)")
        #expect(given.stdout.split(separator: "\n").count == 2, "\(given.stdout)")
        // Each claim carries its verdict: given on its own item's text.
        let claims = try reader(["claims", "--group"] + index + ["feed"])
        #expect(claims.stdout.contains("About 7,500 people"), "\(claims.stdout)")
        let judged = claims.stdout.split(separator: "\n").filter { $0.contains("{disputed}") }
        #expect(judged.count == 2, "\(claims.stdout)")
        #expect(judged.contains { $0.contains("More than 8,200 civilians") } && judged.contains { $0.contains("About 7,500 people") },
                "\(claims.stdout)")
        let sidecar = try String(contentsOfFile: AnnotationStore(storeFolder: nil).sidecarPath(for: corpus + "/wire.rss"), encoding: .utf8)
        // The second item's verdict went on the first item, on the words at its claim's offsets there.
        #expect(sidecar.contains("\"More than 8,200 civilians\"") && sidecar.contains("\"About 7,500 people\""), "\(sidecar)")
        #expect(!sidecar.contains("ated from eastern Aleppo,"), "\(sidecar)")

        let memo = try reader(["export", "--format", "memo"] + index + ["feed"])
        #expect(memo.status == 0, "\(memo.stderr)")
        // Each item's claim is placed in its own text, under the item's name (the first item's
        // claim was placed in the second item's text: 3:2).
        #expect(memo.stdout.contains("feed/wire.rss#w1:3:1`"), "\(memo.stdout)")
        #expect(memo.stdout.contains("feed/wire.rss#w2:3:31`"), "\(memo.stdout)")
    }

    @Test func claimsGroupJSONIsParseable() throws {
        let result = try reader(["claims", "--group", "--json", "seeds"])
        #expect(result.status == 0, "\(result.stderr)")
        let groups = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(groups.first?["label"] as? String == "civilians evacuated from eastern Aleppo")
        #expect((groups.first?["claims"] as? [[String: Any]])?.count == 9)
        #expect(groups.first?["consistent"] as? Bool == false)
    }

    @Test func aVerdictShowsInListClaimsAndTheExports() throws {
        let given = try reader(["verdict", "seeds/001_ac7699849b98daba.txt", "--quote", "More than 20,000 civilians", "--occurrence", "2",
                                "--status", "disputed", "--evidence", "https://example.org/count", "--note", "UN counted fewer"])
        #expect(given.status == 0, "\(given.stderr)")
        #expect(given.stdout.hasPrefix("seeds/001_ac7699849b98daba.txt:9:1\tdisputed\t"))
        let falseOne = try reader(["verdict", "seeds/000_cef5231f6ba4b524.txt", "--quote", "8,000 evacuees", "--status", "false"])
        #expect(falseOne.status == 0, "\(falseOne.stderr)")

        let list = try reader(["list", "seeds"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("seeds/001_ac7699849b98daba.txt\tAleppo exodus grows as thousands more leave\t498\t1 disputed\t0 false"))
        #expect(list.stdout.contains("seeds/000_cef5231f6ba4b524.txt\tAleppo hospital hit by Assad regime airstrikes\t498\t0 disputed\t1 false"))

        let claims = try reader(["claims", "seeds"])
        #expect(claims.stdout.contains("8,000 evacuees  — Sergei Lavrov  [group: civilians evacuated from eastern Aleppo]  {false}"))

        let review = try reader(["export", "--format", "claimreview", "--reviewer", "Desk", "seeds"])
        #expect(review.status == 0, "\(review.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(review.stdout.utf8)) as? [String: Any])
        let reviews = try #require(document["@graph"] as? [[String: Any]])
        #expect(reviews.count == 2)
        #expect(reviews.compactMap { ($0["reviewRating"] as? [String: Any])?["alternateName"] as? String }.sorted() == ["Disputed", "False"])

        let memo = try reader(["export", "--format", "memo", "--output", "memo.md", "seeds"])
        #expect(memo.status == 0, "\(memo.stderr)")
        let text = try String(contentsOfFile: folder + "/memo.md", encoding: .utf8)
        #expect(text.contains("- Verdict: **disputed** — evidence: <https://example.org/count>"))
        #expect(text.contains("- Verdict: **false**"))
        #expect(text.contains("(<seeds/001_ac7699849b98daba.txt>)"))
    }

    @Test func aGroupVerdictReachesEveryMember() throws {
        let groups = try reader(["claims", "--group", "--json", "seeds"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(groups.stdout.utf8)) as? [[String: Any]])
        let distance = try #require(list.first { ($0["label"] as? String)?.hasPrefix("distance") == true }?["id"] as? String)
        let given = try reader(["verdict", "--group", distance, "--status", "true", "seeds"])
        #expect(given.status == 0, "\(given.stderr)")
        #expect(given.stdout.split(separator: "\n").count == 2)
        let claims = try reader(["claims", "--group", "seeds"])
        #expect(claims.stdout.contains("five kilometers  — Sergei Lavrov (said)  · seeds/000_cef5231f6ba4b524.txt:595  {true}"))
        #expect(claims.stdout.contains("three miles  — Sergei Lavrov (said)  · seeds/000_cef5231f6ba4b524.txt:612  {true}"))
    }

    /// On an indexed corpus, a group's verdict and the exports take the ledger from the index and
    /// give what analysing every article gives.
    @Test func groupVerdictAndExportsFromTheIndex() throws {
        let index = folder + "/cache/index.sqlite"
        let groups = try reader(["claims", "--group", "--json", "--index", index, "seeds"])
        #expect(groups.status == 0, "\(groups.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(groups.stdout.utf8)) as? [[String: Any]])
        let distance = try #require(list.first { ($0["label"] as? String)?.hasPrefix("distance") == true }?["id"] as? String)
        let given = try reader(["verdict", "--group", distance, "--status", "true", "--index", index, "seeds"])
        #expect(given.status == 0, "\(given.stderr)")
        #expect(given.stdout.split(separator: "\n").count == 2)
        let claims = try reader(["claims", "--group", "--index", index, "seeds"])
        #expect(claims.stdout.contains("three miles  — Sergei Lavrov (said)  · seeds/000_cef5231f6ba4b524.txt:612  {true}"))

        let memo = try reader(["export", "--format", "memo", "--index", index, "seeds"])
        #expect(memo.status == 0, "\(memo.stderr)")
        #expect(memo.stdout.contains("- Verdict: **true**"))
        // Line and column of claims in articles without a sidecar: their files are read for it.
        #expect(memo.stdout == (try reader(["export", "--format", "memo", "seeds"])).stdout)
        let review = try reader(["export", "--format", "claimreview", "--reviewer", "Desk", "--index", index, "seeds"])
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout == (try reader(["export", "--format", "claimreview", "--reviewer", "Desk", "seeds"])).stdout)
    }

    @Test func badVerdictInputIsRefusedWithAMessage() throws {
        let status = try reader(["verdict", "seeds/000_cef5231f6ba4b524.txt", "--quote", "8,000 evacuees", "--status", "wrong"])
        #expect(status.status == 64 || status.status == 2, "usage error, got \(status.status)")
        let evidence = try reader(["verdict", "seeds/000_cef5231f6ba4b524.txt", "--quote", "8,000 evacuees", "--status", "false",
                                   "--evidence", "not a url"])
        #expect(evidence.status == 1)
        #expect(evidence.stderr.contains("is not a web address"))
        let quote = try reader(["verdict", "seeds/000_cef5231f6ba4b524.txt", "--quote", "9,000 evacuees", "--status", "false"])
        #expect(quote.status == 1)
        #expect(quote.stderr.contains("is not in the article"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/seeds/000_cef5231f6ba4b524.annotations.json"))
        let newer = folder + "/seeds/002_5878466cf29f3b87.annotations.json"
        let bytes = Data("{\"schema\": \"reader.annotations\", \"version\": 9, \"article\": \"x\", \"annotations\": []}".utf8)
        #expect(FileManager.default.createFile(atPath: newer, contents: bytes))
        let refused = try reader(["verdict", "seeds/002_5878466cf29f3b87.txt", "--quote", "at least 82 civilians", "--status", "true"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("newer reader"))
        #expect(FileManager.default.contents(atPath: newer) == bytes, "the newer file is left untouched")
    }

    @Test func claimsNeverPrintRawEscapes() throws {
        let evil = folder + "/evil"
        try FileManager.default.createDirectory(atPath: evil, withIntermediateDirectories: true)
        // The escape sits in the file name, which every line of the claims view names.
        #expect(FileManager.default.createFile(atPath: evil + "/evil\u{1B}[2J.txt", contents: Data(
            "Evil\n\nMore than 500 people \u{1B}[2J\u{9B} fled Aleppo, the \u{1B}]0;owned\u{07} ministry said. Aleppo.\n\nAbout 400 people left Aleppo, officials said.\n".utf8)))
        for arguments in [["claims", "evil"], ["claims", "--group", "--all", "evil"]] {
            let result = try reader(arguments)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
            #expect(result.stdout.contains("More than 500 people"))
            #expect(result.stdout.contains("evil␛[2J.txt"))
        }
        // JSON keeps the exact text, every control written as an escape (DEL and C1 too).
        let json = try reader(["claims", "--json", "evil"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(!json.stdout.unicodeScalars.contains { TerminalText.replacement(for: $0) != nil && $0 != "\n" && $0 != " " })
        #expect(json.stdout.contains("evil\\u001B[2J.txt") || json.stdout.contains("evil\\u001b[2J.txt"))
        #expect(json.stdout.contains("\\u009B"))
    }
}
