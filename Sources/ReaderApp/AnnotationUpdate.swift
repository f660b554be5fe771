import Annotations

/// What the outside world reports about an article's annotations: read or written, or why not.
public enum AnnotationUpdate: Equatable, Sendable {
    /// The article's annotations as they now are on disk.
    case loaded([Annotation])
    /// The sidecar cannot be used (not JSON, foreign, newer): annotating the article is refused.
    case refused(String)
    /// A change could not be written (read-only folder, say); what was there is unchanged.
    case failed(String)
}
