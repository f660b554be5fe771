import Foundation
import Testing
@testable import Annotations

@Suite("Export to Markdown and W3C, import back")
struct ExportTests {
    static let goldenFolder = TestPaths.packageRoot + "/Tests/Golden"

    /// Compares with the golden file; `UPDATE_GOLDEN=1 swift test --filter ExportTests` rewrites it.
    func expectGolden(_ text: String, _ name: String) throws {
        let path = Self.goldenFolder + "/" + name
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
        let golden = try #require(FileManager.default.contents(atPath: path), "no golden file \(name)")
        #expect(text == String(decoding: golden, as: UTF8.self))
    }

    @Test func markdownMatchesGoldenFile() throws {
        let fixture = try ExportFixture()
        let markdown = MarkdownExporter().export(try fixture.exported())
        try expectGolden(markdown, "notes.md")
        // Deterministic: the same notes give the same bytes.
        #expect(MarkdownExporter().export(try fixture.exported()) == markdown)
    }

    @Test func w3cMatchesGoldenFile() throws {
        let fixture = try ExportFixture()
        try expectGolden(try W3CExporter(baseURI: "file:///notes/").export(try fixture.exported()), "notes.w3c.json")
    }

    @Test func w3cImportRestoresEveryAnnotationExactly() throws {
        let fixture = try ExportFixture()
        let exported = try fixture.exported()
        let items = try W3CImporter.items(from: Data(try W3CExporter().export(exported).utf8))
        let original = exported.flatMap { entry in Sidecar.ordered(entry.annotations.map(\.annotation)).map { (entry.path, $0) } }
        #expect(items.map(\.source) == original.map(\.0))
        #expect(items.map(\.annotation) == original.map(\.1))
    }

    @Test func markdownShowsContextClaimTagsBackLinkAndStates() throws {
        let fixture = try ExportFixture()
        // Edit article 003: insert a sentence before the claims, and change "nearer 8,000" to 9,000.
        let path = fixture.articlePath("003_58af670faad38b86.txt")
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "Russia’s defence ministry earlier", with: "An inserted sentence. Russia’s defence ministry earlier")
            .replacingOccurrences(of: "nearer 8,000", with: "nearer 9,000")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let markdown = MarkdownExporter().export(try fixture.exported())
        #expect(markdown.contains("> Russia’s defence ministry earlier said **more than 6,400 people**, including more than 3,000 rebels, had been evacuated over the past 24 hours under a ceasefire deal."))
        #expect(markdown.contains("- Claim (count): more than 6400 people"))
        #expect(markdown.contains("- Tags: \\#evacuees \\#check"))
        #expect(markdown.contains("- State: moved"))
        #expect(markdown.contains("- State: changed"))
        #expect(markdown.contains("- Source: `seeds/001_ac7699849b98daba.txt:13:29`"))
        #expect(markdown.contains("| \\#check | 3 |"))
    }

    @Test func tagFilterKeepsOnlyTaggedAnnotations() throws {
        let fixture = try ExportFixture()
        let kept = try fixture.exported().map { $0.keeping(tags: ["#source"]) }
        #expect(kept.flatMap(\.annotations).map(\.annotation.tags) == [["source"]])
    }

    @Test func relativePaths() {
        #expect(RelativePath.of("/a/b/c.txt", from: "/a") == "b/c.txt")
        #expect(RelativePath.of("/a/b/c.txt", from: "/a/d/e") == "../../b/c.txt")
        #expect(RelativePath.resolve("../b/c.txt", against: "/a/d") == "/a/b/c.txt")
        #expect(RelativePath.resolve("/x/y.txt", against: "/a") == "/x/y.txt")
    }

    @Test func lineAndColumnAreOneBased() {
        let scalars = Array("ab\ncdé\nf".unicodeScalars)
        #expect(TextLocation(offset: 0, in: scalars) == TextLocation(line: 1, column: 1))
        #expect(TextLocation(offset: 5, in: scalars) == TextLocation(line: 2, column: 3))
        #expect(TextLocation(offset: 7, in: scalars).description == "3:1")
    }

    @Test func markdownLinkPercentEncodesEveryControlTerminalTextWouldReplace() throws {
        // A bidi override or a C1 control in a page's canonical URL must not reach the export raw.
        let link = try #require(MarkdownExporter.autolink("https://news.example/a\u{202E}b\u{85}c d"))
        #expect(link == "<https://news.example/a%E2%80%AEb%C2%85c%20d>")
        #expect(MarkdownExporter.autolink("javascript:alert(1)") == nil)
    }

    @Test func markdownEscapingKeepsTextInItsPlace() {
        #expect(MarkdownText.inline("# a *b* <i>") == "\\# a \\*b\\* \\<i\\>")
        #expect(MarkdownText.inline("--- x") == "\\--- x")
        #expect(MarkdownText.inline("12. x") == "12\\. x")
        #expect(MarkdownText.lines("a\n\n- b\n===", indent: "  ") == "a\\\n  \\- b\\\n  \\===")
        #expect(MarkdownText.code("a `b` c") == "``a `b` c``")
        #expect(MarkdownText.code("`x") == "`` `x ``")
    }
}
