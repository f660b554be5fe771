import Foundation
import Testing

/// `reader index` and `reader search` driven as a user would, with the cache in a temporary folder.
@Suite("reader index and search on the command line")
struct IndexCommandLineTests {
    /// A temporary corpus of `count` articles made from the seeds' paragraphs, and a private cache.
    struct Workspace {
        let root = NSTemporaryDirectory() + "reader-index-\(UUID().uuidString)"
        var corpus: String { root + "/corpus" }
        var environment: [String: String] { ["XDG_CACHE_HOME": root + "/cache"] }

        init(articles count: Int) throws {
            let seeds = ReaderBinary.packageRoot + "/seeds"
            let paragraphs = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
                .flatMap { try String(contentsOfFile: seeds + "/" + $0, encoding: .utf8).components(separatedBy: "\n\n") }
                .filter { !$0.isEmpty }
            for number in 0..<count {
                let folder = corpus + "/\(number / 100)"
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                let body = (0..<3).map { paragraphs[(number * 7 + $0 * 13) % paragraphs.count] }
                let text = (["Article \(number) zebra\(number)"] + body).joined(separator: "\n\n") + "\n"
                #expect(FileManager.default.createFile(atPath: folder + "/\(number).txt", contents: Data(text.utf8)))
            }
        }

        func run(_ arguments: [String]) throws -> ReaderBinary.Output {
            try ReaderBinary.run(arguments, environment: environment)
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }

        /// The corpus's index file in the private cache.
        func indexFile() throws -> String {
            let cache = root + "/cache/reader"
            return cache + "/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: cache).first { $0.hasSuffix(".sqlite") }))
        }

        /// Indexes the corpus, then leaves the index as a large index stopped between its phases
        /// leaves it: every text waiting for search.
        func indexStoppedBetweenThePhases() throws {
            #expect(try run(["index", corpus]).status == 0)
            let stop = """
                import sqlite3, sys
                c = sqlite3.connect(sys.argv[1])
                c.execute("INSERT INTO search_pending SELECT rowid FROM article_text")
                c.execute("DELETE FROM article_text")
                c.commit()
                """
            #expect(try ChildProcess.run("/usr/bin/env", ["python3", "-c", stop, try indexFile()]) == 0)
        }

        /// How many texts wait for search (the exit status of a count; fine below 256).
        func textsWaitingForSearch() throws -> Int32 {
            let count = """
                import sqlite3, sys
                sys.exit(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM search_pending").fetchone()[0])
                """
            return try ChildProcess.run("/usr/bin/env", ["python3", "-c", count, try indexFile()])
        }
    }

    /// A list served from the index still counts verdicts: the articles with a sidecar are read for them.
    @Test func listFromTheIndexCountsTheVerdictsOfAnnotatedArticles() throws {
        let workspace = try Workspace(articles: 12)
        defer { workspace.remove() }
        let article = workspace.corpus + "/0/3.txt"
        let text = try String(contentsOfFile: article, encoding: .utf8)
        let quote = try #require(text.components(separatedBy: "\n\n").dropFirst().first?.split(separator: " ").prefix(3).joined(separator: " "))
        let given = try workspace.run(["verdict", article, "--quote", quote, "--status", "disputed"])
        #expect(given.status == 0, "\(given.stderr)")
        // Files written a moment ago are checked by hash, not trusted: make them old, as an archive's are.
        let old = Date(timeIntervalSinceNow: -3600)
        for number in 0..<12 {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: workspace.corpus + "/0/\(number).txt")
        }
        #expect(try workspace.run(["index", workspace.corpus]).status == 0)
        let listed = try workspace.run(["list", workspace.corpus])
        #expect(listed.status == 0, "\(listed.stderr)")
        let row = try #require(listed.stdout.split(separator: "\n").first { $0.hasPrefix(article + "\t") })
        #expect(row.hasSuffix("\t1 disputed\t0 false"))
        #expect(listed.stdout.split(separator: "\n").filter { $0.hasSuffix("\t0 disputed\t0 false") }.count == 11)
    }

    /// The list from the index (sidecars found folder by folder) is the list read from the files,
    /// with sidecars beside the articles or in a store folder, in several folders of which some
    /// hold sidecars and some none.
    @Test(arguments: [false, true])
    func listFromTheIndexEqualsTheListReadFromTheFiles(inStore: Bool) throws {
        let workspace = try Workspace(articles: 250)
        defer { workspace.remove() }
        let store = inStore ? ["--store", workspace.root + "/store"] : []
        for article in [workspace.corpus + "/0/3.txt", workspace.corpus + "/2/205.txt", workspace.corpus + "/2/249.txt"] {
            let text = try String(contentsOfFile: article, encoding: .utf8)
            let quote = try #require(text.components(separatedBy: "\n\n").dropFirst().first?.split(separator: " ").prefix(3).joined(separator: " "))
            let given = try workspace.run(["verdict", article, "--quote", quote, "--status", "false"] + store)
            #expect(given.status == 0, "\(given.stderr)")
        }
        let old = Date(timeIntervalSinceNow: -3600)
        for number in 0..<250 {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: workspace.corpus + "/\(number / 100)/\(number).txt")
        }
        let read = try ReaderBinary.run(["list", workspace.corpus] + store, environment: ["XDG_CACHE_HOME": workspace.root + "/no-cache"])
        #expect(try workspace.run(["index", workspace.corpus]).status == 0)
        let listed = try workspace.run(["list", workspace.corpus] + store)
        #expect(listed.status == 0 && read.status == 0, "\(listed.stderr)")
        #expect(listed.stdout == read.stdout)
        #expect(listed.stdout.split(separator: "\n").filter { $0.hasSuffix("\t1 false") }.count == 3)
        #expect(FileManager.default.fileExists(atPath: workspace.root + "/no-cache") == false)
    }

    /// A Markdown article whose sidecar still has the name earlier versions gave it (`NAME.annotations.json`)
    /// has its verdicts counted by the list from the index as by the list read from the files.
    @Test func listFromTheIndexFindsASidecarUnderItsLegacyName() throws {
        let workspace = try Workspace(articles: 5)
        defer { workspace.remove() }
        let article = workspace.corpus + "/notes.md"
        try "# Convoy\n\nMore than 7,000 civilians left the city.\n".write(toFile: article, atomically: true, encoding: .utf8)
        let given = try workspace.run(["verdict", article, "--quote", "More than 7,000 civilians", "--status", "false"])
        #expect(given.status == 0, "\(given.stderr)")
        try FileManager.default.moveItem(atPath: article + ".annotations.json", toPath: workspace.corpus + "/notes.annotations.json")
        let old = Date(timeIntervalSinceNow: -3600)
        for name in try FileManager.default.subpathsOfDirectory(atPath: workspace.corpus) {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: workspace.corpus + "/" + name)
        }
        let read = try ReaderBinary.run(["list", workspace.corpus], environment: ["XDG_CACHE_HOME": workspace.root + "/no-cache"])
        #expect(read.stdout.contains("notes.md") && read.stdout.contains("1 false"), "\(read.stdout)")
        #expect(try workspace.run(["index", workspace.corpus]).status == 0)
        let listed = try workspace.run(["list", workspace.corpus])
        #expect(listed.stdout == read.stdout, "\(listed.stdout)")
    }

    @Test func searchFindsRankedMatchesWithPlacesAndRefusesBadSyntax() throws {
        let workspace = try Workspace(articles: 30)
        defer { workspace.remove() }
        let index = try workspace.run(["index", workspace.corpus])
        #expect(index.status == 0, "\(index.stderr)")
        #expect(index.stdout.hasPrefix("indexed 30 files, 30 analysed"))
        #expect(index.stderr.isEmpty, "no progress bar on a pipe: \(index.stderr)")

        let search = try workspace.run(["search", "zebra7", workspace.corpus])
        #expect(search.status == 0)
        #expect(search.stdout == "\(workspace.corpus)/0/7.txt:1:11: Article 7 zebra7\n")

        let phrase = try workspace.run(["search", "\"Bashar al-Assad\" OR zebra1*", workspace.corpus, "--json", "--limit", "3"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(phrase.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { ($0["line"] as? Int ?? 0) >= 1 && ($0["column"] as? Int ?? 0) >= 1 && $0["snippet"] is String })

        let none = try workspace.run(["search", "zebra7 NOT Article", workspace.corpus])
        #expect(none.status == 0 && none.stdout.isEmpty && none.stderr.contains("no article matches"))

        let bad = try workspace.run(["search", "zebra AND", workspace.corpus])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("cannot search for \"zebra AND\""), "\(bad.stderr)")

        // An edited file is found at its new place, without running `reader index` again.
        let edited = workspace.corpus + "/0/7.txt"
        try Data("New title\n\nNothing here.\n\nStill the zebra7 is here.\n".utf8).write(to: URL(fileURLWithPath: edited))
        let after = try workspace.run(["search", "zebra7", workspace.corpus])
        #expect(after.stdout == "\(workspace.corpus)/0/7.txt:5:11: Still the zebra7 is here.\n")
    }

    /// An index stopped between its phases (the articles stored, their texts for search not yet):
    /// `reader search` puts the missing texts in before it answers, so its answer is whole, and
    /// the next `reader index` has nothing left to do.
    @Test func searchBetweenThePhasesPutsTheMissingTextsInFirst() throws {
        let workspace = try Workspace(articles: 30)
        defer { workspace.remove() }
        try workspace.indexStoppedBetweenThePhases()

        let search = try workspace.run(["search", "zebra7", workspace.corpus])
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout == "\(workspace.corpus)/0/7.txt:1:11: Article 7 zebra7\n")
        #expect(!search.stderr.contains("search index"), "\(search.stderr)")
        let again = try workspace.run(["index", workspace.corpus])
        #expect(again.stdout.contains(", 0 analysed") && !again.stdout.contains("texts for search"), "\(again.stdout)")
    }

    /// `reader claims` reads claims, not full text: texts a large first index left waiting for search
    /// stay waiting (the command is done when the list is ready), and the next search puts them in.
    @Test func claimsLeavesTheTextsForSearchWaitingAndSearchPutsThemIn() throws {
        let workspace = try Workspace(articles: 30)
        defer { workspace.remove() }
        try workspace.indexStoppedBetweenThePhases()

        let claims = try workspace.run(["claims", workspace.corpus, "--all", "--json"])
        #expect(claims.status == 0, "\(claims.stderr)")
        #expect(claims.stdout.contains("\"kind\""))
        #expect(try workspace.textsWaitingForSearch() == 30)
        let search = try workspace.run(["search", "zebra7", workspace.corpus])
        #expect(search.stdout == "\(workspace.corpus)/0/7.txt:1:11: Article 7 zebra7\n", "\(search.stderr)")
        #expect(try workspace.textsWaitingForSearch() == 0)
    }

    @Test func anIndexKilledMidwayOpensAndFinishes() throws {
        let workspace = try Workspace(articles: 3000)
        defer { workspace.remove() }
        var environment = ProcessInfo.processInfo.environment
        environment.merge(workspace.environment) { $1 }
        let child = try SpawnedProcess.start(ReaderBinary.path, ["index", workspace.corpus], environment: environment)
        // Kill it once a first batch is written to the log, well before it could finish.
        let cache = workspace.root + "/cache/reader"
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let wal = ((try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []).first { $0.hasSuffix("-wal") }
            if let wal, let size = try? FileManager.default.attributesOfItem(atPath: cache + "/" + wal)[.size] as? Int, size > 1_500_000 {
                break
            }
            usleep(5_000)
        }
        child.kill(SIGKILL)
        let killed = child.wait()
        #expect(killed.signal == SIGKILL, "the first run ended before it could be killed: \(killed.stdout)")

        let resumed = try workspace.run(["index", workspace.corpus])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.hasPrefix("indexed 3000 files"))
        #expect(!resumed.stdout.contains(" 3000 analysed"), "what the killed run stored is kept: \(resumed.stdout)")
        #expect(!resumed.stderr.contains("moved aside"))
        let again = try workspace.run(["index", workspace.corpus])
        #expect(again.stdout.contains(", 0 analysed"), "\(again.stdout)")
        let search = try workspace.run(["search", "zebra2999", workspace.corpus])
        #expect(search.stdout.hasPrefix("\(workspace.corpus)/29/2999.txt:1:"))
    }

    @Test func twoProcessesIndexOneCorpusAtOnce() throws {
        let workspace = try Workspace(articles: 600)
        defer { workspace.remove() }
        var environment = ProcessInfo.processInfo.environment
        environment.merge(workspace.environment) { $1 }
        let first = try SpawnedProcess.start(ReaderBinary.path, ["index", workspace.corpus], environment: environment)
        let second = try SpawnedProcess.start(ReaderBinary.path, ["index", workspace.corpus], environment: environment)
        let reading = try SpawnedProcess.start(ReaderBinary.path, ["search", "zebra5", workspace.corpus], environment: environment)
        let results = [first.wait(), second.wait(), reading.wait()]
        for result in results {
            #expect(result.status == 0, "\(result.stdout) \(result.stderr)")
            #expect(!result.stderr.contains("moved aside") && !result.stderr.contains("in memory"), "\(result.stderr)")
        }
        let again = try workspace.run(["index", workspace.corpus])
        #expect(again.stdout.hasPrefix("indexed 600 files, 0 analysed"), "\(again.stdout)")
        let list = try workspace.run(["search", "zebra599", workspace.corpus])
        #expect(list.stdout.hasPrefix("\(workspace.corpus)/5/599.txt:1:13:"))
    }

    /// Six processes opening one new index at the same moment all use it: none takes the half-made
    /// file for another program's database (and moves it aside), none falls back to memory.
    @Test func processesOpeningANewIndexAtOnceAllUseIt() throws {
        let workspace = try Workspace(articles: 20)
        defer { workspace.remove() }
        var environment = ProcessInfo.processInfo.environment
        environment.merge(workspace.environment) { $1 }
        // A round without the lock went wrong about one time in three: ten rounds make a pass by luck unlikely.
        for round in 0..<10 {
            try? FileManager.default.removeItem(atPath: workspace.root + "/cache")
            let children = try (0..<6).map { _ in
                try SpawnedProcess.start(ReaderBinary.path, ["search", "zebra1", workspace.corpus], environment: environment)
            }
            for result in children.map({ $0.wait() }) {
                #expect(result.status == 0, "round \(round): \(result.stderr)")
                #expect(!result.stderr.contains("moved aside") && !result.stderr.contains("in memory"), "round \(round): \(result.stderr)")
            }
        }
        let cache = try FileManager.default.contentsOfDirectory(atPath: workspace.root + "/cache/reader")
        #expect(!cache.contains { $0.contains(".broken-") }, "\(cache)")
    }

    @Test func listAnswersFromACurrentIndexWithoutReadingTheArticles() throws {
        let workspace = try Workspace(articles: 3)
        defer { workspace.remove() }
        let file = workspace.corpus + "/0/1.txt"
        let old = Date(timeIntervalSinceNow: -7200)
        func write(_ title: String) throws {
            try Data("\(title)\n\nThe same body.\n".utf8).write(to: URL(fileURLWithPath: file))
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: file)
        }
        try write("Title AAA")
        for name in ["0.txt", "2.txt"] {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: workspace.corpus + "/0/" + name)
        }
        let before = try workspace.run(["list", workspace.corpus])
        #expect(before.stdout.contains("Title AAA"))
        #expect(try workspace.run(["index", workspace.corpus]).status == 0)
        // Same size, same time, other bytes: only a reader of the index still sees the old title.
        try write("Title BBB")
        let listed = try workspace.run(["list", workspace.corpus])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("\(file)\tTitle AAA\t5\t0 disputed\t0 false\n"), "\(listed.stdout)")
        #expect(listed.stdout.components(separatedBy: "\n").count == 4)
        // Once a file's time moves, the index is no longer current and the files are read.
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file)
        #expect(try workspace.run(["list", workspace.corpus]).stdout.contains("Title BBB"))
    }

    @Test func theCorpusBenchmarkPrintsEachFigureAndLeavesTheCorpusAlone() throws {
        let workspace = try Workspace(articles: 20)
        defer { workspace.remove() }
        let before = try FileManager.default.subpathsOfDirectory(atPath: workspace.corpus).sorted()
        // Files written seconds ago are not trusted by time alone (see the index's racy window).
        for path in before where path.hasSuffix(".txt") {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -7200)],
                                                  ofItemAtPath: workspace.corpus + "/" + path)
        }
        let output = try workspace.run(["benchmark", "--corpus", workspace.corpus, "--query", "zebra3 OR Aleppo"])
        #expect(output.status == 0, "\(output.stderr)")
        let names = output.stdout.split(separator: "\n").map { String($0.prefix(20)).trimmingCharacters(in: .whitespaces) }
        #expect(names == ["scan", "index (cold)", "warm start (list)", "refresh, 1 changed", "search", "entity → articles",
                          "peak memory (VmHWM): "].map { String($0.prefix(20)).trimmingCharacters(in: .whitespaces) })
        #expect(output.stdout.contains("20 analysed") && output.stdout.contains("20 rows, nothing read"))
        #expect(output.stdout.contains("1 analysed (scan included)"))
        #expect(try FileManager.default.subpathsOfDirectory(atPath: workspace.corpus).sorted() == before)
        #expect(!FileManager.default.fileExists(atPath: workspace.root + "/cache"), "a temporary index, not the cache")
    }

    /// A cache folder the user cannot write gives an index in memory with one notice, and the
    /// command still does its work. Permissions do not bind root, so as root the child runs as nobody.
    @Test func aCacheFolderTheUserCannotWriteGivesAnInMemoryIndexAndTheCommandWorks() throws {
        let workspace = try Workspace(articles: 3)
        defer {
            chmod(workspace.root + "/cache", 0o755)
            workspace.remove()
        }
        try FileManager.default.createDirectory(atPath: workspace.root + "/cache", withIntermediateDirectories: true)
        #expect(chmod(workspace.root + "/cache", 0o555) == 0)
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = workspace.root + "/cache"
        let arguments = ["search", "zebra1", workspace.corpus]
        let result = geteuid() == 0
            ? try SpawnedProcess.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", ReaderBinary.path] + arguments,
                                     environment: environment)
            : try SpawnedProcess.run(ReaderBinary.path, arguments, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("/1.txt"), "\(result.stdout)")
        let notices = result.stderr.split(separator: "\n").filter { $0.contains("keeping the index in memory for this run") }
        #expect(notices.count == 1, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root + "/cache").isEmpty)
    }
}
