import Annotations
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Hostile sidecars and a held lock through the built binary: one bad annotation must not take
/// the folder down, and a save blocked by another process says so.
@Suite("Hostile sidecars on the command line", .serialized)
struct HostileSidecarCommandLineTests {
    let folder: String
    let seeds: String
    let article: String

    init() throws {
        folder = NSTemporaryDirectory() + "reader-hostile-cli-\(UUID().uuidString)"
        seeds = try ReaderBinary.copySeeds(into: folder)
        article = seeds + "/001_ac7699849b98daba.txt"
    }

    var sidecar: String { seeds + "/001_ac7699849b98daba.annotations.json" }

    func reader(_ arguments: [String]) throws -> SpawnedProcess.Result {
        try SpawnedProcess.run(ReaderBinary.path, arguments, currentDirectory: folder)
    }

    static let badEntry = """
        {"id":"00000000-0000-0000-0000-0000000000EE","created":"c","modified":"m","note":"bad","tags":[],
        "target":{"quote":{"exact":"Zanzibar giraffe","prefix":"","suffix":""},"position":{"start":9223372036854775807,"end":9223372036854775807}}}
        """

    @Test func oneBadAnnotationIsReportedAndTheRestOfTheFolderWorks() throws {
        #expect(try reader(["annotate", article, "--quote", "93 per cent", "--tag", "check"]).status == 0)
        let written = try String(contentsOfFile: sidecar, encoding: .utf8)
        try written.replacingOccurrences(of: "\"annotations\" : [", with: "\"annotations\" : [" + Self.badEntry + ",")
            .write(toFile: sidecar, atomically: true, encoding: .utf8)

        for command in [["notes", "seeds"], ["export", "--format", "markdown", "seeds"], ["export", "--format", "w3c", "seeds"]] {
            let result = try reader(command)
            #expect(result.signal == nil, "\(command) died of signal \(result.signal ?? 0)")
            #expect(result.status == 1, "\(command)")
            #expect(result.stdout.contains("93 per cent"), "\(command): \(result.stdout)")
            #expect(result.stderr.contains("001_ac7699849b98daba.annotations.json: annotation 1 is skipped"), "\(command): \(result.stderr)")
            #expect(result.stderr.contains("9223372036854775807"))
        }
        // Annotating again keeps the bad entry as it was.
        #expect(try reader(["annotate", article, "--quote", "More than 20,000 civilians"]).status == 0)
        let after = try String(contentsOfFile: sidecar, encoding: .utf8)
        #expect(after.contains("\"start\" : 9223372036854775807"))
        #expect(try SidecarCodec.decode(Data(after.utf8), path: sidecar).annotations.count == 2)
    }

    @Test func importCannotPlantAnOffsetOutOfRange() throws {
        let file = folder + "/plant.json"
        let json = """
            {"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection","total":1,"items":[
            {"id":"urn:uuid:00000000-0000-0000-0000-000000000001","type":"Annotation","target":{"source":"seeds/001_ac7699849b98daba.txt",
            "selector":[{"type":"TextQuoteSelector","exact":"x"},{"type":"TextPositionSelector","start":9223372036854775807,"end":9223372036854775807}]}}]}
            """
        _ = FileManager.default.createFile(atPath: file, contents: Data(json.utf8))
        let result = try reader(["import", file])
        #expect(result.signal == nil)
        #expect(result.status != 0)
        #expect(result.stderr.contains("is outside 0…"))
        #expect(!FileManager.default.fileExists(atPath: sidecar))
    }

    @Test func annotateSaysOnceThatItWaitsForTheLock() throws {
        let held = open(seeds, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        #expect(flock(held, LOCK_EX) == 0)
        let child = try SpawnedProcess.start(ReaderBinary.path, ["annotate", article, "--quote", "93 per cent"], currentDirectory: folder)
        var stderr = ""
        for _ in 0..<1_000 where !stderr.contains("waiting for lock") {
            usleep(20_000)
            stderr = String(decoding: FileManager.default.contents(atPath: child.errorPath) ?? Data(), as: UTF8.self)
        }
        #expect(stderr.contains("reader: waiting for lock on \(seeds) (held by "))
        #expect(stderr.contains("process \(getpid())"))
        close(held)
        let result = child.wait()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.components(separatedBy: "waiting for lock").count == 2)
        #expect(try SidecarCodec.decode(try #require(FileManager.default.contents(atPath: sidecar)), path: sidecar).annotations.count == 1)
    }
}
