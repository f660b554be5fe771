/// Finds named entities and numeric claims in an article's text.
///
/// Pure and deterministic: the same text always gives the same analysis. Offsets are Unicode
/// scalar offsets into the text.
public struct Recognizer: Sendable {
    let entityRecognizer: EntityRecognizer
    let claimRecognizer: ClaimRecognizer

    public init() {
        entityRecognizer = EntityRecognizer()
        claimRecognizer = ClaimRecognizer()
    }

    public func analyze(_ text: String) -> Analysis {
        Analysis(entities: entityRecognizer.entities(in: text), claims: claimRecognizer.claims(in: text))
    }
}
