import Annotations
import Foundation

/// The articles `reader import` may write annotations for: the files given, and the article files
/// (as `reader list` finds them: `*.txt`, `*.text`, `*.md`, no hidden folders) under the folders
/// given. Compared by real path, so neither `..`, an absolute path nor a symbolic link leads
/// outside, and the import file itself is never taken for an article.
struct ImportScope {
    struct Root {
        var real: String
        var isFolder: Bool
    }

    let roots: [Root]
    /// How the paths were given, for messages.
    let description: String
    let importFile: String?

    /// - Throws: the problem of the first path that cannot be used.
    init(paths: [String], importFile: String) throws(LoadProblem) {
        var roots: [Root] = []
        for path in paths {
            guard let real = FileContents.realPath(path) else {
                throw LoadProblem(path: path, message: FileContents.reason(errno))
            }
            let isFolder = (try? FileContents.isFolder(real).get()) ?? false
            roots.append(Root(real: real, isFolder: isFolder))
        }
        self.roots = roots
        description = paths == ["."] ? "the current folder" : paths.joined(separator: ", ")
        self.importFile = FileContents.realPath(importFile)
    }

    /// Why the article at `path` may not receive annotations, or nil when it may.
    func refusal(for path: String) -> String? {
        guard let real = FileContents.realPath(path) else { return "no such article (\(FileContents.reason(errno)))" }
        switch FileContents.isFolder(real) {
        case .success(true): return "is a folder, not an article"
        case .success(false): break
        case .failure(let problem): return problem.message
        }
        if real == importFile { return "is the import file itself, not an article" }
        let inside = roots.contains { root in
            guard root.isFolder else { return real == root.real }
            let prefix = root.real.hasSuffix("/") ? root.real : root.real + "/"
            guard real.hasPrefix(prefix) else { return false }
            let components = real.dropFirst(prefix.count).split(separator: "/")
            let ext = (real as NSString).pathExtension.lowercased()
            return !components.contains { $0.hasPrefix(".") } && ArticleLoader.articleExtensions.contains(ext)
        }
        return inside ? nil : "not an article under the paths given (\(description))"
    }
}
