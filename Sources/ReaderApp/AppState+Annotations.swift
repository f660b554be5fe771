import Annotations

// Annotating in the reader (issue 5): being built against the annotation store.
extension AppState {
    func noteCount(_ index: Int) -> Int? { nil }

    func annotationSpans(_ view: ArticleView) -> [StyledSpan] { [] }

    mutating func performAnnotationAction(_ action: Action) -> AppCommand {
        message = "Annotating from the reader is not built yet: use `reader annotate`"
        return .none
    }

    mutating func jumpToAnnotation(id: String) {}
}
