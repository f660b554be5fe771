import Annotations
import Foundation
import ReaderApp

/// Carries the reader's annotation changes to the sidecar store and its answers back as events.
struct SidecarBridge {
    let store: AnnotationStore

    /// An article's annotations as on disk, or why they cannot be used.
    func load(_ article: Article) -> AnnotationUpdate {
        do {
            return .loaded(try store.load(for: article))
        } catch {
            return .refused("\(error)")
        }
    }

    /// Writes one change; the answer is the article's annotations after it, or why it failed.
    func apply(_ change: AnnotationChange, to article: Article) -> AnnotationUpdate {
        do {
            switch change {
            case .add(let annotation): return .loaded(try store.add(annotation, to: article))
            case .update(let annotation): return .loaded(try store.update(annotation, in: article))
            case .delete(let id): return .loaded(try store.delete(id: id, from: article))
            }
        } catch let problem as SidecarProblem {
            return .refused("\(problem)")
        } catch {
            return .failed("Not saved: \(error)")
        }
    }
}
