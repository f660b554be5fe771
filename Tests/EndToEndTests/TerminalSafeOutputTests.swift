import Foundation
import Testing

/// Nothing `reader` prints may carry a control character it did not mean: file names, titles,
/// notes and tags full of escape sequences reach standard output, standard error and the export
/// files only in a visible (or, in JSON, escaped) form.
@Suite("No raw control characters in anything the command line prints", .serialized)
struct TerminalSafeOutputTests {
    /// A file name that sets the terminal title and writes the clipboard (OSC 2, OSC 52).
    static let hostileName = "x\u{1B}]2;PWNED\u{07}\u{1B}]52;c;ZmlsZW5hbWU=\u{07}.txt"
    /// A note that switches the character set (ESC ( 0), backspaces, deletes and reverses the line.
    static let hostileNote = "note\u{1B}(0 q\u{08}\u{7F}\u{202E}reversed\u{2066}\u{9B}31m"
    static let hostileTag = "tag\u{07}\u{202D}"

    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "reader-safe-output-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/c", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: folder + "/c/" + Self.hostileName,
                                       contents: Data("Title \u{1B}[2J\u{202E}here\n\nThe 5 people left.\n".utf8)))
    }

    func reader(_ arguments: [String]) throws -> SpawnedProcess.Result {
        try SpawnedProcess.run(ReaderBinary.path, arguments, currentDirectory: folder)
    }

    /// Every scalar a terminal would act on, other than the line breaks and tabs the output means.
    static func unintendedControls(_ text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A, 0x09: return false
            case 0x00...0x1F, 0x7F, 0x80...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }.map { String(format: "U+%04X", $0.value) }
    }

    func expectClean(_ result: SpawnedProcess.Result, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Self.unintendedControls(result.stdout) == [], "stdout of \(label)", sourceLocation: sourceLocation)
        #expect(Self.unintendedControls(result.stderr) == [], "stderr of \(label)", sourceLocation: sourceLocation)
    }

    func annotateHostile() throws -> SpawnedProcess.Result {
        let added = try reader(["annotate", "c/" + Self.hostileName, "--quote", "5 people",
                                "--note", Self.hostileNote, "--tag", Self.hostileTag])
        #expect(added.status == 0, "\(added.stderr)")
        return added
    }

    @Test func listAndAnalyzeShowTheFileNameVisibly() throws {
        let list = try reader(["list", "c"])
        #expect(list.status == 0)
        expectClean(list, "list")
        #expect(list.stdout.contains("x␛]2;PWNED␇␛]52;c;ZmlsZW5hbWU=␇.txt"))
        let analyze = try reader(["analyze", "c"])
        #expect(analyze.status == 0)
        expectClean(analyze, "analyze")
        #expect(analyze.stdout.hasPrefix("c/x␛]2;PWNED␇"))
    }

    @Test func annotateNotesAndMarkdownExportShowNotesAndTagsVisibly() throws {
        expectClean(try annotateHostile(), "annotate")
        let notes = try reader(["notes", "c"])
        expectClean(notes, "notes")
        let markdown = try reader(["export", "c"])
        #expect(markdown.status == 0)
        expectClean(markdown, "export")
        #expect(markdown.stdout.contains("File: `c/x␛]2;PWNED␇"))
        #expect(markdown.stdout.contains("- Source: `c/x␛]2;PWNED␇"))
        #expect(markdown.stdout.contains("note␛(0 q␈␡\u{FFFD}reversed"))
        let written = try reader(["export", "c", "--output", "notes.md"])
        #expect(written.status == 0)
        let file = try String(contentsOfFile: folder + "/notes.md", encoding: .utf8)
        #expect(Self.unintendedControls(file) == [])
        #expect(file == markdown.stdout)
    }

    @Test func jsonOutputEscapesEveryControlAndStillParses() throws {
        _ = try annotateHostile()
        for arguments in [["list", "--json", "c"], ["analyze", "--json", "c"], ["notes", "--json", "c"],
                          ["export", "--format", "w3c", "c"]] {
            let result = try reader(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            expectClean(result, arguments.joined(separator: " "))
            _ = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))  // throws when not JSON
        }
        // Escaped, not replaced: the JSON still holds the exact note.
        let notes = try reader(["notes", "--json", "c"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(notes.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first?["note"] as? String == Self.hostileNote)
        #expect(rows.first?["file"] as? String == "c/" + Self.hostileName)
        #expect(notes.stdout.contains("\\u202E") || notes.stdout.contains("\\u202e"))
    }

    @Test func indexSearchJSONLinesAndIndexedListAreCleanToo() throws {
        let index = ["--index", folder + "/index.sqlite"]
        let built = try reader(["index", "c"] + index)
        #expect(built.status == 0, "\(built.stderr)")
        expectClean(built, "index")
        let list = try reader(["list", "c"] + index)
        #expect(list.status == 0)
        expectClean(list, "list from the index")
        #expect(list.stdout.contains("x␛]2;PWNED␇␛]52;c;ZmlsZW5hbWU=␇.txt"))
        let search = try reader(["search", "people", "c"] + index)
        #expect(search.status == 0, "\(search.stderr)")
        expectClean(search, "search")
        #expect(search.stdout.hasPrefix("c/x␛]2;PWNED␇"))
        for arguments in [["search", "--json", "people", "c"] + index, ["analyze", "--jsonl", "c"]] {
            let result = try reader(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            expectClean(result, arguments.joined(separator: " "))
            let firstLine = String(result.stdout.prefix { $0 != "\n" || arguments[0] == "search" })
            let parsed = try JSONSerialization.jsonObject(with: Data(firstLine.utf8))
            let row = try #require((parsed as? [[String: Any]])?.first ?? parsed as? [String: Any])
            #expect(row["file"] as? String == "c/" + Self.hostileName)
        }
    }

    @Test func errorMessagesShowPathsAndWordsVisibly() throws {
        let missing = try reader(["list", "c/" + Self.hostileName + ".gone"])
        #expect(missing.status == 1)
        expectClean(missing, "list of a missing file")
        #expect(missing.stderr.contains("reader: c/x␛]2;PWNED␇"))
        let notThere = try reader(["annotate", "c/" + Self.hostileName, "--quote", "not \u{1B}]2;here\u{07}"])
        expectClean(notThere, "annotate a missing quote")
        let usage = try reader(["list", "--bogus\u{1B}]2;PWNED\u{07}"])
        #expect(usage.status == 2)
        expectClean(usage, "an unknown option")
        #expect(usage.stderr.contains("--bogus␛]2;PWNED␇"))
        let badImport = try reader(["import", "c/" + Self.hostileName])
        #expect(badImport.status == 1)
        expectClean(badImport, "import of a non-JSON file")
    }
}
