import Foundation
import Testing

/// A fresh folder under the system temporary folder, with the seeds copied in on request, so
/// tests never write into `seeds/` or the user's home.
struct TemporaryFolder {
    let path: String

    init(_ label: String = "reader-test") {
        path = NSTemporaryDirectory() + "\(label)-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Copies the four seed articles into `path/seeds` and returns that folder.
    func copySeeds() throws -> String {
        let target = path + "/seeds"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: TestPaths.seeds) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(atPath: TestPaths.seeds + "/" + name, toPath: target + "/" + name)
        }
        return target
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let file = path + "/" + name
        #expect(FileManager.default.createFile(atPath: file, contents: Data(text.utf8)))
        return file
    }

    func bytes(_ name: String) -> Data? {
        FileManager.default.contents(atPath: path + "/" + name)
    }
}
