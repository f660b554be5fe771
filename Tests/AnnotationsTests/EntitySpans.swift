@testable import Annotations

/// The entity rule tests' view of the recogniser's output: "TYPE:text" for each entity, in order.
///
/// The rules alone: the learned model that keeps or drops the names they type only by default has
/// its own tests (`EntityTypeModelTests`), and the eval-set floors guard the two together.
enum EntitySpans {
    static let recognizer = EntityRecognizer(modelSwitch: .off)

    /// Every entity of `text`.
    static func inText(_ text: String) -> [String] {
        recognizer.entities(in: text).map { "\($0.type.rawValue):\($0.text)" }
    }

    /// The entities of `body`, read as an article's body text: a one-word headline line goes first
    /// (so the sentence's own capitals are not taken for a title-case headline) and is left out.
    static func inBody(_ body: String) -> [String] {
        let text = "Report\n\n" + body
        return recognizer.entities(in: text).filter { $0.start > 6 }.map { "\($0.type.rawValue):\($0.text)" }
    }
}
