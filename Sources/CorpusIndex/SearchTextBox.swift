/// The next batch's texts, handed from the reading thread to the writer after `wait()`.
final class SearchTextBox: @unchecked Sendable {
    var value: [SearchText]?
}
