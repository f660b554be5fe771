import Annotations
@testable import CorpusIndex
import Foundation
import Testing

@Suite("Incremental index")
struct IncrementalIndexTests {
    /// Any sequence of adds, edits, touches, deletes and renames, refreshed now and then, leaves the
    /// index equal to one built from scratch on the files as they end up.
    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func randomFileOperationsLeaveTheIndexEqualToARebuild(seed: UInt64) throws {
        let folder = CorpusFolder("index-property")
        defer { folder.remove() }
        var random = SeededGenerator(state: seed)
        var files: [String] = []
        for number in 0..<8 {
            let name = "a\(number).txt"
            folder.write(name, CorpusFolder.article(using: &random))
            files.append(name)
        }
        let index = CorpusIndex.open(file: folder.indexFile) { Issue.record("unexpected notice: \($0)") }
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        var log: [String] = []
        for step in 0..<40 {
            let operation = Int.random(in: 0..<7, using: &random)
            switch operation {
            case 0:
                let name = (Bool.random(using: &random) ? "sub/" : "") + "n\(step).txt"
                folder.write(name, CorpusFolder.article(using: &random))
                files.append(name)
                log.append("add \(name)")
            case 1 where !files.isEmpty:
                let name = files.randomElement(using: &random)!
                folder.write(name, CorpusFolder.article(using: &random))
                log.append("edit \(name)")
            case 2 where !files.isEmpty:
                // Same bytes, new time: must not count as a change of content.
                let name = files.randomElement(using: &random)!
                let path = folder.corpus + "/" + name
                try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -Double(step * 100))],
                                                      ofItemAtPath: path)
                log.append("touch \(name)")
            case 3 where files.count > 1:
                let name = files.remove(at: Int.random(in: 0..<files.count, using: &random))
                try FileManager.default.removeItem(atPath: folder.corpus + "/" + name)
                log.append("delete \(name)")
            case 4 where !files.isEmpty:
                let position = Int.random(in: 0..<files.count, using: &random)
                let target = "moved/r\(step).txt"
                try FileManager.default.createDirectory(atPath: folder.corpus + "/moved", withIntermediateDirectories: true)
                try FileManager.default.moveItem(atPath: folder.corpus + "/" + files[position], toPath: folder.corpus + "/" + target)
                log.append("rename \(files[position]) \(target)")
                files[position] = target
            case 5:
                // Not an article: the index remembers why rather than reading it at every start.
                let name = "binary\(step).txt"
                #expect(FileManager.default.createFile(atPath: folder.corpus + "/" + name, contents: Data([0x41, 0, 0x42])))
                files.append(name)
                log.append("binary \(name)")
            default:
                try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
                log.append("refresh")
            }
        }
        try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        let rebuilt = CorpusIndex.inMemory()
        try rebuilt.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        let incremental = try IndexSnapshot(index)
        let fresh = try IndexSnapshot(rebuilt)
        #expect(incremental == fresh, "seed \(seed): \(log.joined(separator: "; "))")
        #expect(fresh.rows.count == files.count + 1)
    }

    @Test func aRenamedFileKeepsItsAnalysisAndAnUnchangedCorpusReadsNothing() throws {
        let folder = CorpusFolder("index-rename")
        defer { folder.remove() }
        var random = SeededGenerator(state: 9)
        folder.write("one.txt", CorpusFolder.article(using: &random))
        folder.write("two.txt", CorpusFolder.article(using: &random))
        let old = Date(timeIntervalSinceNow: -3600)
        for name in ["one.txt", "two.txt"] {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: folder.corpus + "/" + name)
        }
        let index = CorpusIndex.open(file: folder.indexFile) { _ in }
        let first = try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(first.analyzed == 2)
        let again = try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(again.analyzed == 0 && again.unchanged == 2 && again.bytesRead == 0)
        let before = try index.analysis(absolutePath: folder.corpus + "/one.txt")
        try FileManager.default.moveItem(atPath: folder.corpus + "/one.txt", toPath: folder.corpus + "/three.txt")
        let renamed = try index.refresh(CorpusScanner.scan(paths: [folder.corpus]))
        #expect(renamed.renamed == 1 && renamed.analyzed == 0 && renamed.removed == 0)
        #expect(try index.analysis(absolutePath: folder.corpus + "/three.txt")?.analysis == before?.analysis)
        #expect(try index.analysis(absolutePath: folder.corpus + "/one.txt") == nil)
    }

    @Test func aNewRecognizerVersionAnalysesAgainAndShowsTheOldFiguresMeanwhile() throws {
        let folder = CorpusFolder("index-version")
        defer { folder.remove() }
        var random = SeededGenerator(state: 4)
        let path = folder.write("one.txt", CorpusFolder.article(using: &random))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
        let scan = CorpusScanner.scan(paths: [folder.corpus])
        try CorpusIndex.open(file: folder.indexFile, recognizerVersion: 1) { _ in }.refresh(scan)
        let newer = CorpusIndex.open(file: folder.indexFile, recognizerVersion: 2) { _ in }
        #expect(try newer.analysis(absolutePath: path)?.version == 1)
        #expect(try newer.isCurrent(for: scan) != nil)
        #expect(try newer.isCurrent(for: scan, analyzed: true) == nil)
        let summary = try newer.refresh(scan)
        #expect(summary.analyzed == 1)
        #expect(try newer.analysis(absolutePath: path)?.version == 2)
        #expect(try newer.refresh(scan).analyzed == 0)
    }
}
