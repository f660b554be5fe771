import Annotations
import Foundation
import Testing

/// `reader export` and `reader import` through the built binary, and the Markdown they write
/// checked by a real CommonMark parser.
@Suite("Export and import on the command line", .serialized)
struct ExportCommandLineTests {
    let folder: String
    let seeds: String

    init() throws {
        folder = NSTemporaryDirectory() + "reader-export-cli-\(UUID().uuidString)"
        seeds = try ReaderBinary.copySeeds(into: folder)
    }

    func reader(_ arguments: [String]) throws -> SpawnedProcess.Result {
        try SpawnedProcess.run(ReaderBinary.path, arguments, currentDirectory: folder)
    }

    func annotate(_ file: String, _ quote: String, tags: [String] = [], note: String = "") throws {
        let result = try reader(["annotate", "seeds/" + file, "--quote=" + quote]
            + (note.isEmpty ? [] : ["--note=" + note]) + tags.map { "--tag=" + $0 })
        #expect(result.status == 0, "\(result.stderr)")
    }

    func sidecars() throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds) where name.hasSuffix(".annotations.json") {
            result[name] = FileManager.default.contents(atPath: seeds + "/" + name)
        }
        return result
    }

    /// Hostile notes, tags and an article full of Markdown.
    func annotateHostile() throws {
        let hostile = """
            # Breaking: *not* a heading
            --- 
            > not a quote
            1. not a list
            + nor this
            | a | b |
            |---|---|
            <div>block html</div>
            <script>alert("x")</script> _u_ `tick` &amp; [link](http://x) ![img](y) <http://auto>
            ===
            ```
                indented
            """
        #expect(FileManager.default.createFile(atPath: seeds + "/hostile.txt", contents: Data("""
            # Title with *stars* and <b>tags</b>

            A line | with | pipes and `ticks` said the <script>x</script> editor. Next sentence here.
            """.utf8)))
        try annotate("hostile.txt", "<script>x</script>", tags: ["a|b", "*bold*", "<i>"], note: hostile)
        try annotate("hostile.txt", "| with |", tags: ["pipes"], note: "---")
        try annotate("001_ac7699849b98daba.txt", "93 per cent", tags: ["check"], note: hostile)
    }

    @Test func markdownParsesToTheIntendedStructureDespiteHostileText() throws {
        try annotateHostile()
        let output = try reader(["export", "--output", "notes.md"])
        #expect(output.status == 0, "\(output.stderr)")
        let gfm = FileManager.default.isExecutableFile(atPath: "/usr/bin/cmark-gfm")
        let parser = gfm ? "/usr/bin/cmark-gfm" : "/usr/bin/cmark"
        try #require(FileManager.default.isExecutableFile(atPath: parser), "install Debian's cmark")
        let parsed = try SpawnedProcess.run(parser, (gfm ? ["-e", "table"] : []) + ["--to", "xml", folder + "/notes.md"])
        #expect(parsed.status == 0)
        let xml = parsed.stdout
        func count(_ tag: String) -> Int { xml.components(separatedBy: "<" + tag).count - 1 }
        // One h1, an h2 per annotated article (2) and one for the tags.
        #expect(count("heading level=\"1\"") == 1)
        #expect(count("heading level=\"2\"") == 3)
        #expect(count("heading") == 4)
        #expect(count("block_quote") == 3)
        #expect(count("list ") == 3)
        #expect(count("html_inline") == 0)
        #expect(count("html_block") == 0)
        #expect(count("thematic_break") == 0)
        #expect(count("code_block") == 0)
        #expect(count("link") == 0)
        #expect(count("image") == 0)
        if gfm {
            #expect(count("table>") == 1)
            #expect(count("table_header") == 1)
            #expect(count("table_row") == 5)  // one for each of the five tags
        }
        // The hostile words survive as text.
        #expect(xml.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(xml.contains("# Breaking: *not* a heading"))
        #expect(xml.contains("<strong>\n") || xml.contains("<strong>"))
    }

    @Test func exportThenImportChangesNoByteOfTheSidecars() throws {
        try annotateHostile()
        try annotate("003_58af670faad38b86.txt", "nearer 8,000", tags: ["evacuees"], note: "Turkey's figure")
        let before = try sidecars()
        #expect(before.count == 3)
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)
        let export = try reader(["export", "--format", "w3c", "--output", "out/notes.jsonld"])
        #expect(export.status == 0, "\(export.stderr)")
        let json = try #require(FileManager.default.contents(atPath: folder + "/out/notes.jsonld"))
        let collection = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(collection["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        let items = try #require(collection["items"] as? [[String: Any]])
        #expect(items.count == 4)
        #expect((items.first?["target"] as? [String: Any])?["source"] as? String == "../seeds/001_ac7699849b98daba.txt")

        // Into the existing sidecars: nothing changes.
        let again = try reader(["import", "out/notes.jsonld", "--format", "w3c"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try sidecars() == before)
        // Into no sidecars at all: the same bytes are written afresh.
        for name in before.keys { try FileManager.default.removeItem(atPath: seeds + "/" + name) }
        let fresh = try reader(["import", "out/notes.jsonld"])
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(fresh.stdout.contains("imported 4 annotations into 3 sidecars"))
        #expect(try sidecars() == before)
    }

    @Test func exportFiltersByTagAndArticleAndIsDeterministic() throws {
        try annotate("001_ac7699849b98daba.txt", "93 per cent", tags: ["check"], note: "one")
        try annotate("003_58af670faad38b86.txt", "nearer 8,000", tags: ["evacuees"], note: "two")
        let all = try reader(["export"])
        #expect(all.status == 0)
        #expect(all.stdout.contains("2 annotations in 2 articles."))
        #expect(try reader(["export"]).stdout == all.stdout)
        let tagged = try reader(["export", "--tag", "evacuees"])
        #expect(tagged.stdout.contains("1 annotation in 1 article."))
        #expect(tagged.stdout.contains("**nearer 8,000**"))
        let one = try reader(["export", "--article", "seeds/001_ac7699849b98daba.txt", "--format", "w3c"])
        #expect(one.stdout.contains("\"source\" : \"seeds/001_ac7699849b98daba.txt\""))
        #expect(!one.stdout.contains("003_58af670faad38b86"))
    }

    @Test func importRefusesACorruptSidecarAndReportsAMissingArticle() throws {
        try annotate("001_ac7699849b98daba.txt", "93 per cent")
        let export = try reader(["export", "--format", "w3c", "--output", "notes.jsonld"])
        #expect(export.status == 0)
        let sidecar = seeds + "/001_ac7699849b98daba.annotations.json"
        #expect(FileManager.default.createFile(atPath: sidecar, contents: Data("not json".utf8)))
        let refused = try reader(["import", "notes.jsonld"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is not valid JSON"))
        #expect(FileManager.default.contents(atPath: sidecar) == Data("not json".utf8))
        try FileManager.default.removeItem(atPath: sidecar)
        try FileManager.default.removeItem(atPath: seeds + "/001_ac7699849b98daba.txt")
        let missing = try reader(["import", "notes.jsonld"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such article"))
    }
}
