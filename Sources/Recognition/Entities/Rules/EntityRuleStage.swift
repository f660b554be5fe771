/// Which pass of the entity recogniser a rule belongs to, in the order the passes run.
public enum EntityRuleStage: String, Sendable, CaseIterable {
    /// `EntitySpotter`: cuts capitalised chunks into mentions and types most of them.
    case spotter
    /// `MentionRetyper`: corrects the spotter's types and spans with a look at the mention's words.
    case retyper
    /// `MentionLinker`: types the words left untyped, with evidence from the whole document.
    case linker
    /// `TeamNameLinker`: sports teams' nicknames and cities.
    case teamLinker = "team-linker"
    /// `EntityModelTyper`: the learned model's type for names only a default typed.
    case model
}
