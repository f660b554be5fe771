import Foundation

/// Paths of the package's own files, found from this source file's location.
enum TestPaths {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static var seeds: String { packageRoot + "/seeds" }
    static var shared: String { packageRoot + "/../shared" }
}
