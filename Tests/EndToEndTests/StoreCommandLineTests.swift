import Annotations
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `reader annotate` and `reader notes` through the built binary, crash safety included.
@Suite("Store on the command line: annotate, notes, crashes, concurrent writers", .serialized)
struct StoreCommandLineTests {
    let folder: String
    let seeds: String
    let article: String

    init() throws {
        folder = NSTemporaryDirectory() + "reader-store-cli-\(UUID().uuidString)"
        seeds = try ReaderBinary.copySeeds(into: folder)
        article = seeds + "/001_ac7699849b98daba.txt"
    }

    var sidecar: String { seeds + "/001_ac7699849b98daba.annotations.json" }

    func reader(_ arguments: [String]) throws -> SpawnedProcess.Result {
        try SpawnedProcess.run(ReaderBinary.path, arguments, currentDirectory: folder)
    }

    /// The ids in the sidecar; fails the test if the file is not a valid sidecar.
    func storedIDs(_ path: String? = nil) throws -> Set<UUID> {
        let path = path ?? sidecar
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return Set(try SidecarCodec.decode(data, path: path).annotations.map(\.id))
    }

    @Test func annotateThenNotesShowsTheAnnotation() throws {
        let added = try reader(["annotate", article, "--quote", "93 per cent", "--tag", "check", "--note", "vs 85 %"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.hasPrefix(article + ":13:29\t"))
        let notes = try reader(["notes", "seeds"])
        #expect(notes.status == 0)
        #expect(notes.stdout == "seeds/001_ac7699849b98daba.txt:13:29\tanchored\t\"93 per cent\"\t#check\tvs 85 %\n")

        // Edit the number in the article: the note is now "changed".
        let text = try String(contentsOfFile: article, encoding: .utf8)
        try text.replacingOccurrences(of: "93 per cent", with: "95 per cent").write(toFile: article, atomically: true, encoding: .utf8)
        let json = try reader(["notes", "--json", "seeds"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["state"] as? String == "changed")
        #expect(rows.first?["quote"] as? String == "95 per cent")
    }

    @Test func annotateErrorsAreClear() throws {
        let missing = try reader(["annotate", article, "--quote", "no such words"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("is not in the article"))
        let spaces = try reader(["annotate", article, "--quote", "Konashenkov said in a video"])
        #expect(spaces.status == 1)
        #expect(spaces.stderr.contains("only with other spaces"))
        let range = try reader(["annotate", article, "--quote", "More than 20,000 civilians", "--occurrence", "3"])
        #expect(range.status == 1)
        #expect(range.stderr.contains("--occurrence 3 is out of range; the quote occurs 2 times"))
        let second = try reader(["annotate", article, "--quote", "More than 20,000 civilians", "--occurrence", "2"])
        #expect(second.status == 0)
        #expect(second.stdout.hasPrefix(article + ":9:1\t"))

        let broken = seeds + "/broken.txt"
        #expect(FileManager.default.createFile(atPath: broken, contents: Data("Title\n\nCaf".utf8) + Data([0xE9]) + Data(" ok\n".utf8)))
        let inexact = try reader(["annotate", broken, "--quote", "ok"])
        #expect(inexact.status == 1)
        #expect(inexact.stderr.contains("is not valid UTF-8"))
    }

    @Test func corruptSidecarIsReportedAndNeverOverwritten() throws {
        let garbage = Data("{\"schema\": \"someone.else\"}".utf8)
        #expect(FileManager.default.createFile(atPath: sidecar, contents: garbage))
        let added = try reader(["annotate", article, "--quote", "93 per cent"])
        #expect(added.status == 1)
        #expect(added.stderr.contains(sidecar))
        #expect(added.stderr.contains("is not a reader annotations file"))
        let notes = try reader(["notes", "seeds"])
        #expect(notes.status == 1)
        #expect(notes.stderr.contains("seeds/001_ac7699849b98daba.annotations.json is not a reader annotations file"))
        #expect(FileManager.default.contents(atPath: sidecar) == garbage)
    }

    @Test func storeFolderKeepsSidecarsAwayFromTheArticles() throws {
        let store = folder + "/notes"
        let added = try reader(["annotate", article, "--quote", "93 per cent", "--store", store])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(!FileManager.default.fileExists(atPath: sidecar))
        let expected = store + AnnotationStore.absolutePath(article).replacingOccurrences(of: ".txt", with: ".annotations.json")
        #expect(try storedIDs(expected).count == 1)
        #expect(try reader(["notes", "seeds", "--store", store]).stdout.contains("anchored\t\"93 per cent\""))
        #expect(try reader(["notes", "seeds"]).stdout.isEmpty)
    }

    @Test func readOnlyFolderGetsAClearMessage() throws {
        // Root writes through permissions, so run the child as nobody when we are root.
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: seeds)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: seeds) }
        let arguments = ["annotate", article, "--quote", "93 per cent"]
        let result = getuid() == 0
            ? try SpawnedProcess.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", ReaderBinary.path] + arguments)
            : try reader(arguments)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the folder \(seeds) is not writable"), "\(result.stderr)")
        #expect(result.stderr.contains("--store"))
        #expect(!FileManager.default.fileExists(atPath: sidecar))
    }

    /// Kill a process that saves over and over at random moments: every time, the sidecar must
    /// parse and hold every annotation seen before (the old file or the new, never a torn one).
    @Test func killedWriterNeverLeavesATornSidecar() throws {
        var seen = Set<UUID>()
        var generator = SystemRandomNumberGenerator()
        let kills = 100
        var killedMidway = 0
        for _ in 0..<kills {
            let child = try SpawnedProcess.start(ReaderBinary.path, ["annotate", article, "--quote", "93 per cent", "--repeat", "400"])
            usleep(UInt32.random(in: 20_000...400_000, using: &generator))
            child.kill(SIGKILL)
            let result = child.wait()
            if result.signal == SIGKILL { killedMidway += 1 }
            let ids = try storedIDs()
            #expect(ids.isSuperset(of: seen), "annotations were lost")
            seen = ids
        }
        print("kill test: \(kills) kills, \(killedMidway) mid-run, \(seen.count) annotations survived, all sidecars parsed")
        // Most kills must land while saving, or the test proves nothing.
        #expect(killedMidway >= kills * 3 / 4)
        #expect(!seen.isEmpty)
        // The next writer cleans up the temporary files killed writers left behind.
        #expect(try reader(["annotate", article, "--quote", "93 per cent"]).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        #expect(try storedIDs().count == seen.count + 1)
    }

    @Test func twoWritersAtOnceLoseNothing() throws {
        let each = 40
        let first = try SpawnedProcess.start(ReaderBinary.path, ["annotate", article, "--quote", "93 per cent", "--repeat", "\(each)"])
        let second = try SpawnedProcess.start(ReaderBinary.path, ["annotate", article, "--quote", "More than 20,000 civilians", "--repeat", "\(each)"])
        let results = [first.wait(), second.wait()]
        #expect(results.allSatisfy { $0.status == 0 })
        let printed = Set(results.flatMap { $0.stdout.split(separator: "\n").compactMap { UUID(uuidString: String($0.split(separator: "\t")[1])) } })
        #expect(printed.count == 2 * each)
        #expect(try storedIDs() == printed)
    }
}
