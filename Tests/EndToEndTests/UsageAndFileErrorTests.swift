import Foundation
import Testing

/// Exit codes as the README gives them (2 wrong usage, 1 a problem with the input), messages that
/// say the real reason a file cannot be read, and a hint for a mistyped subcommand.
@Suite("Usage errors, file errors and mistyped subcommands", .serialized)
struct UsageAndFileErrorTests {
    let folder: String
    let article: String

    init() throws {
        folder = NSTemporaryDirectory() + "reader-usage-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/articles", withIntermediateDirectories: true)
        article = "articles/one.txt"
        #expect(FileManager.default.createFile(atPath: folder + "/" + article, contents: Data("Title\n\nThe 5 people left.\n".utf8)))
    }

    func reader(_ arguments: [String]) throws -> SpawnedProcess.Result {
        try SpawnedProcess.run(ReaderBinary.path, arguments, currentDirectory: folder)
    }

    @Test(arguments: [
        ["list", "--bogus"],
        ["annotate"],
        ["annotate", "articles/one.txt"],
        ["export", "--format", "pdf"],
        ["annotate", "articles/one.txt", "--quote", ""],
        ["annotate", "articles/one.txt", "--quote", "people", "--occurrence", "0"],
        ["import", "notes.jsonld", "--format", "markdown"],
        ["benchmark", "--megabytes", "1", "--only", "words"],
        ["notes", "--store"],
    ])
    func wrongUsageExitsWithStatus2(arguments: [String]) throws {
        let result = try reader(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func emptyQuoteAndMarkdownImportSayWhy() throws {
        let quote = try reader(["annotate", article, "--quote", ""])
        #expect(quote.stderr.contains("--quote must not be empty"))
        let markdown = try reader(["import", "notes.jsonld", "--format", "markdown"])
        #expect(markdown.stderr.contains("w3c"))
    }

    @Test func importHelpOffersOnlyW3C() throws {
        let help = try reader(["import", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("w3c"))
        #expect(!help.stdout.lowercased().contains("markdown"))
    }

    @Test func aMissingFileIsSaidToBeMissing() throws {
        let annotate = try reader(["annotate", "missing.txt", "--quote", "a"])
        #expect(annotate.status == 1)
        #expect(annotate.stderr.contains("missing.txt: no such file"), "\(annotate.stderr)")
        #expect(!annotate.stderr.lowercased().contains("permission denied"))
        let importing = try reader(["import", "nothere.json"])
        #expect(importing.status == 1)
        #expect(importing.stderr.contains("nothere.json: no such file"), "\(importing.stderr)")
    }

    @Test func aFolderIsSaidToBeAFolder() throws {
        let annotate = try reader(["annotate", "articles", "--quote", "a"])
        #expect(annotate.status == 1)
        #expect(annotate.stderr.contains("articles: is a folder"), "\(annotate.stderr)")
        let importing = try reader(["import", "articles"])
        #expect(importing.status == 1)
        #expect(importing.stderr.contains("articles: is a folder"), "\(importing.stderr)")
    }

    @Test func anExportThatCannotBeWrittenSaysWhy() throws {
        let missingFolder = try reader(["export", article, "--output", "missing/notes.md"])
        #expect(missingFolder.status == 1)
        #expect(missingFolder.stderr.contains("cannot write missing/notes.md (No such file or directory)"), "\(missingFolder.stderr)")
        let folderInstead = try reader(["export", article, "--output", "articles"])
        #expect(folderInstead.status == 1)
        #expect(folderInstead.stderr.contains("cannot write articles (Is a directory)"), "\(folderInstead.stderr)")
    }

    @Test func anExportNeverReplacesAnArticleOrASidecar() throws {
        let before = try #require(FileManager.default.contents(atPath: folder + "/" + article))
        let overArticle = try reader(["export", "articles", "--output", article])
        #expect(overArticle.status == 2)
        #expect(overArticle.stderr.contains("is an article or a sidecar"), "\(overArticle.stderr)")
        #expect(FileManager.default.contents(atPath: folder + "/" + article) == before)
        let overSidecar = try reader(["export", "articles", "--format", "w3c", "--output", "articles/one.annotations.json"])
        #expect(overSidecar.status == 2)
        #expect(!FileManager.default.fileExists(atPath: folder + "/articles/one.annotations.json"))
    }

    /// `notes` and `export` read only the articles that have a sidecar: a large archive with a few
    /// annotated articles is not read whole, so a broken file without notes is no error for them.
    /// A broken file named on its own is still read and reported.
    @Test func notesAndExportReadOnlyTheAnnotatedArticles() throws {
        let annotate = try reader(["annotate", article, "--quote", "5 people", "--note", "count them"])
        #expect(annotate.status == 0, "\(annotate.stderr)")
        #expect(FileManager.default.createFile(atPath: folder + "/articles/binary.txt", contents: Data([0x41, 0x00, 0x42])))
        for command in [["notes", "articles"], ["export", "articles"]] {
            let result = try reader(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(command): \(result.stderr)")
            #expect(result.stdout.contains("count them"), "\(command): \(result.stdout)")
        }
        let named = try reader(["notes", "articles/binary.txt"])
        #expect(named.status == 1)
        #expect(named.stderr.contains("binary.txt"), "\(named.stderr)")
    }

    @Test func anUnreadableFileGivesTheSystemsReason() throws {
        let locked = folder + "/articles/locked.txt"
        #expect(FileManager.default.createFile(atPath: locked, contents: Data("Title\n\nText.\n".utf8),
                                       attributes: [.posixPermissions: 0]))
        // Root reads every file whatever its mode, so as root the child runs as nobody.
        let arguments = ["annotate", "articles/locked.txt", "--quote", "Text"]
        let annotate = geteuid() == 0
            ? try SpawnedProcess.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", ReaderBinary.path] + arguments,
                                     currentDirectory: folder)
            : try reader(arguments)
        #expect(annotate.status == 1)
        #expect(annotate.stderr.contains("articles/locked.txt: cannot be read (Permission denied)"), "\(annotate.stderr)")
    }

    @Test(arguments: [(["analyse", "articles"], "analyze"), (["lst"], "list"), (["lst", "--json"], "list"),
                      (["exprot"], "export"), (["ntoes", "articles"], "notes"), (["annot", "x"], "annotate")])
    func aMistypedSubcommandGetsTheNearestSuggested(arguments: [String], meant: String) throws {
        let result = try reader(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("did you mean `reader \(meant)`?"), "\(result.stderr)")
    }

    @Test func aPathIsNeverTakenForAMistypedSubcommand() throws {
        // A file of that name exists, so it is a path: the reader would open it (here there is no terminal).
        #expect(FileManager.default.createFile(atPath: folder + "/lst", contents: Data("Title\n\nText.\n".utf8)))
        let existing = try reader(["lst"])
        #expect(!existing.stderr.contains("did you mean"))
        #expect(existing.stderr.contains("must be a terminal"))
        let far = try reader(["zebra-crossing"])
        #expect(!far.stderr.contains("did you mean"))
        let named = try reader(["open", "lsit"])
        #expect(!named.stderr.contains("did you mean"), "\(named.stderr)")
    }
}

/// The settings file, read at start-up by the terminal reader.
@Suite("Settings file errors")
struct SettingsFileErrorTests {
    @Test func aFolderInPlaceOfTheSettingsFileIsSaidToBeOne() throws {
        let session = try TmuxSession(width: 100, height: 24)
        try FileManager.default.createDirectory(atPath: session.home + "/config/reader/config.json",
                                                withIntermediateDirectories: true)
        let seeds = try ReaderBinary.copySeeds(into: session.home)
        try session.run("clear; \(ReaderBinary.path) \(seeds); echo EXIT=$?")
        let screen = try session.waitFor("Default settings in use")
        #expect(screen.contains("is a folder"), "\(screen)")
        try session.send(keys: "q")
        let after = try session.waitFor("EXIT=0")
        #expect(after.contains("config.json: is a folder"))
    }
}

/// One-letter paths (a file called `a`, `--output c`) once crashed in Foundation's path functions.
@Suite("One-character paths", .serialized)
struct OneCharacterPathTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "reader-short-paths-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: folder + "/a", contents: Data("Title\n\nThe 5 people left.\n".utf8)))
    }

    func reader(_ arguments: [String]) throws -> SpawnedProcess.Result {
        try SpawnedProcess.run(ReaderBinary.path, arguments, currentDirectory: folder)
    }

    @Test func annotateExportAndImportWorkWithOneLetterNames() throws {
        let annotate = try reader(["annotate", "a", "--quote", "5 people", "--note", "short name"])
        #expect(annotate.status == 0, "\(annotate.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/a.noext.annotations.json"))
        let export = try reader(["export", "a", "--format", "w3c", "--output", "c"])
        #expect(export.status == 0, "\(export.stderr)")
        try FileManager.default.removeItem(atPath: folder + "/a.noext.annotations.json")
        let imported = try reader(["import", "c", "a"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("imported 1 annotation into 1 sidecar"))
        let notes = try reader(["notes", "a"])
        #expect(notes.stdout.contains("short name"))
    }

    @Test func storeFolderOfOneLetter() throws {
        let annotate = try reader(["annotate", "a", "--quote", "5 people", "--store", "s"])
        #expect(annotate.status == 0, "\(annotate.stderr)")
        let notes = try reader(["notes", "a", "--store", "s"])
        #expect(notes.stdout.contains("5 people"))
    }
}
