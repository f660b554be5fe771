/// The fields of one RSS item or Atom entry as the feed wrote them, before extraction.
struct FeedItem: Sendable {
    var title: String?
    var link: String?
    var guid: String?
    var guidIsPermaLink = true
    var date: String?
    var updated: String?
    var author: String?
    /// `content:encoded` or Atom `content`: the fullest text the feed has.
    var content: String?
    /// True when `content` is plain text (Atom `type="text"`), not HTML.
    var contentIsText = false
    var description: String?
}
