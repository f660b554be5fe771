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

    /// Both recognisers read the same UTF-8 and share one offset mapper, so the text is counted
    /// for scalar offsets once.
    public func analyze(_ text: String) -> Analysis {
        var text = text
        return text.withUTF8 { bytes in
            var offsets = ScalarOffsetMapper(bytes: bytes)
            let entities = entityRecognizer.entities(inUTF8: bytes, offsets: &offsets)
            return Analysis(entities: entities, claims: claimRecognizer.claims(inUTF8: bytes, offsets: &offsets))
        }
    }
}
