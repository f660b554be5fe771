/// The kinds of named entity the recogniser marks (see ../shared/eval/GUIDELINES.md).
public enum EntityType: String, Codable, CaseIterable, Sendable, Hashable {
    case person = "PERSON"
    case org = "ORG"
    case place = "PLACE"
    /// Nationalities, religious and political groups.
    case norp = "NORP"
}
