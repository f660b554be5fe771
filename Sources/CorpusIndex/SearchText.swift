/// A waiting article's title and text as read again from its file; nil when the file no longer
/// holds the bytes analysed.
struct SearchText: Sendable {
    var step: SearchTextStep
    var title: String?
    var body: String?
    var bytes: Int64
}
