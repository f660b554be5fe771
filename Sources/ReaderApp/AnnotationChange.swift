import Annotations
import Foundation

/// A change to an article's annotations that the outside world must write to its sidecar.
public enum AnnotationChange: Equatable, Sendable {
    case add(Annotation)
    case update(Annotation)
    case delete(UUID)
}
