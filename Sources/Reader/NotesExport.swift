import Annotations
import Foundation

/// Writes the corpus's notes as Markdown from the reader's export key, and says where they went.
enum NotesExport {
    static func write(corpus: Corpus, store: AnnotationStore) -> String {
        "Export from the reader is being built: use `reader export` on the command line"
    }
}
