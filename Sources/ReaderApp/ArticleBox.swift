import Annotations

/// An article read from its file, behind a reference: ArticleRecord keeps a pointer to one, so a
/// record that has not read its article yet stays small. Never changed once made, so a record's
/// copies share it safely; a new article takes a new box.
final class ArticleBox: Sendable {
    let article: Article

    init(_ article: Article) {
        self.article = article
    }
}
