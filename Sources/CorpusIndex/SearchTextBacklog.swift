/// The texts of a bulk load's stored articles, kept in memory for the full-text table so that they
/// need not be read again from their files: the writer puts them in while it waits for the next
/// batch to be analysed (its own share of the first phase is small), and the second phase takes
/// the rest from here. Bounded: a text that does not fit waits in `search_pending` and is read
/// again from its file, as after a stopped run. Not locked: one thread uses it at a time (the
/// writer, then in the second phase each batch's reading thread, handed over through the batch's wait).
final class SearchTextBacklog: @unchecked Sendable {
    /// The UTF-8 bytes of text held at most: a bulk load's peak memory grows by this at worst.
    static let defaultLimit = 64 << 20

    let limit: Int
    private var texts: [SearchText] = []
    private var head = 0
    private var byID: [Int64: Int] = [:]
    private(set) var bytes = 0

    init(limit: Int = defaultLimit) {
        self.limit = limit
    }

    /// Keeps an article's text, if it fits.
    func add(_ text: SearchText) {
        let size = text.body?.utf8.count ?? 0
        guard bytes + size <= limit else { return }
        bytes += size
        byID[text.step.id] = texts.count
        texts.append(text)
    }

    /// The oldest text not yet taken, in the order the articles were stored.
    func next() -> SearchText? {
        while head < texts.count {
            let text = texts[head]
            texts[head].body = nil
            head += 1
            guard byID.removeValue(forKey: text.step.id) != nil else { continue }
            bytes -= text.body?.utf8.count ?? 0
            return text
        }
        texts.removeAll()
        head = 0
        return nil
    }

    /// The kept text of the article `step` names, if it is still the text of the bytes analysed then.
    func take(_ step: SearchTextStep) -> SearchText? {
        guard let index = byID.removeValue(forKey: step.id) else { return nil }
        let text = texts[index]
        texts[index].body = nil
        bytes -= text.body?.utf8.count ?? 0
        return text.step.hash == step.hash ? text : nil
    }
}
