/// How an annotation was found in the article's current text.
public enum AnchorState: String, Codable, CaseIterable, Sendable, Hashable {
    /// The quote is still exactly at its recorded position.
    case anchored
    /// The quote was found elsewhere (text moved) or with small edits around or inside it.
    case moved
    /// The words were found again but a number in them differs: the claim changed.
    case changed
    /// The quote cannot be found any more; the annotation is kept, with its quote, not deleted.
    case orphan
}
