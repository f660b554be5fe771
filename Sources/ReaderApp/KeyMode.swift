/// A screen with its own key table in the KeyMap: keys mean different things on the list and in an article.
public enum KeyMode: String, CaseIterable, Sendable {
    case list, article
}
