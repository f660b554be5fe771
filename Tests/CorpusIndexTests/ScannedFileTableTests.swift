@testable import CorpusIndex
import Foundation
import Testing

@Suite("Scanned file table")
struct ScannedFileTableTests {
    /// Names beyond ASCII and with control characters (a tab, a bell), as a folder may hold.
    static let names = ["Ünïcödé café.txt", "日本語の記事.md", "tab\there.txt", "bell\u{7}ring.txt", "plain.txt"]

    @Test func eachPathGivesItsOwnScannedFileAndAnUnknownPathNone() throws {
        let folder = CorpusFolder("file-table")
        defer { folder.remove() }
        for (number, name) in Self.names.enumerated() {
            folder.write(name, "Title \(number) «ß»\u{1B}[31m\n\nSome text about Aleppo.\n")
        }
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        #expect(scan.files.count == Self.names.count)
        let table = ScannedFileTable(scan)
        for name in Self.names {
            let path = folder.corpus + "/" + name
            let file = try #require(table[path])
            #expect(file.path == path)
            #expect(file.absolutePath == CorpusScanner.absolutePath(path))
            #expect(file.size == Int64(try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)))
        }
        #expect(table[folder.corpus + "/missing.txt"] == nil)
        #expect(table[folder.corpus + "/tab here.txt"] == nil)
    }

    @Test func aPathScannedTwiceGivesTheFirstFile() throws {
        let folder = CorpusFolder("file-table-twice")
        defer { folder.remove() }
        folder.write("Ωmega.txt", "Ωmega\n\nText.\n")
        let once = CorpusScanner.scan(paths: [folder.corpus])
        var twice = once
        var moved = try #require(once.files.first)
        moved.size += 1
        twice.files.append(moved)
        twice.mayRepeat = true
        let file = try #require(ScannedFileTable(twice)[folder.corpus + "/Ωmega.txt"])
        #expect(file.size == once.files[0].size)
    }
}
