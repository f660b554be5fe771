/// Turns the chosen content into blocks: every block-level element starts a new one, inline text
/// runs on; lists and blocks that are mostly links, and short stock phrases of page furniture, are left out.
struct HTMLBlockWriter {
    private(set) var blocks: [String] = []
    private var buffer = ""
    private var linkedCharacters = 0
    private var linkDepth = 0
    /// How deep in the chosen content the writer is: the content's own root is never dropped.
    private var depth = 0

    static let containerTags: Set<String> = ["ul", "ol", "table", "div", "section", "aside", "dl"]

    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "figcaption",
        "address", "hr", "br", "center", "body", "html",
    ]

    /// Short blocks starting so are page furniture, not article text.
    static let furniturePrefixes = [
        "advertisement", "share this", "share on", "share:", "sign up", "subscribe", "cookie", "we use cookies",
        "all rights reserved", "copyright", "©", "follow us", "read more", "related:", "related articles",
        "more from", "click here", "you may also like", "recommended", "most read", "skip to", "accept all",
        "photo:", "image:", "story continues below", "continue reading", "listen to this article", "by ",
    ]

    mutating func write(_ element: HTMLElement) {
        guard !HTMLExtractor.isBoilerplate(element) else { return }
        let isBlock = HTMLBlockWriter.blockTags.contains(element.name)
        // Lists, tables and containers that are mostly links (related stories, topic tags) go
        // whole, their headings with them.
        if HTMLBlockWriter.containerTags.contains(element.name), depth > 0, HTMLExtractor.linkDensity(element) > 0.5 {
            return
        }
        depth += 1
        defer { depth -= 1 }
        if isBlock { flush() }
        if element.name == "a" { linkDepth += 1 }
        for child in element.children {
            switch child {
            case .text(let text):
                buffer += text
                if linkDepth > 0 { linkedCharacters += text.utf8.count { $0 > 0x20 } }
            case .element(let inner):
                write(inner)
            }
        }
        if element.name == "a" { linkDepth -= 1 }
        if isBlock { flush() }
    }

    mutating func flush() {
        defer {
            buffer = ""
            linkedCharacters = 0
        }
        let text = HTMLText.collapsingWhiteSpace(buffer)
        guard !text.isEmpty else { return }
        let visible = text.utf8.count { $0 > 0x20 }
        if visible > 0, Double(linkedCharacters) / Double(visible) > 0.5 { return }
        if HTMLText.wordCount(text) <= 12 {
            let lower = text.lowercased()
            if HTMLBlockWriter.furniturePrefixes.contains(where: { lower.hasPrefix($0) }) { return }
        }
        blocks.append(text)
    }
}
