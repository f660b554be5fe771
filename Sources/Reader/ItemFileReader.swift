import Annotations
import Foundation
import Synchronization

/// Reads one article from its file for a list drawn from the corpus index: the file's article, or
/// one item of a feed or JSON Lines file by its id. The last file of items read is kept, so the
/// items of one feed, read one after another, cost one reading of the file, not one each.
final class ItemFileReader: Sendable {
    let options: LoadOptions
    private let lastFile = Mutex<(path: String, contents: SourceContents)?>(nil)

    init(options: LoadOptions) {
        self.options = options
    }

    func read(_ path: String, item: String?) -> Result<Article, LoadProblem> {
        guard let item else { return ArticleLoader.loadFile(path, options: options) }
        let contents: SourceContents
        if let kept = lastFile.withLock({ $0 }), kept.path == path {
            contents = kept.contents
        } else {
            contents = ArticleLoader.loadSource(path, options: options)
            lastFile.withLock { $0 = (path, contents) }
        }
        if let article = contents.articles.first(where: { $0.itemID == item }) { return .success(article) }
        return .failure(contents.problems.first { $0.path == path }
            ?? LoadProblem(path: path, message: "the item \(TerminalText.visible(item)) is no longer in this file"))
    }

    /// Forgets the file kept: it may have changed since.
    func forget() {
        lastFile.withLock { $0 = nil }
    }
}
