import Foundation

/// Finds the article in an HTML page the way reader modes do (Readability's model): drop what is
/// never article text (scripts, styles, navigation, headers and footers, asides, forms, hidden
/// elements, cookie banners, comments, related links), choose the main content (`itemprop=articleBody`,
/// `<article>` or `<main>` when they hold the text, else the element whose paragraphs score highest by
/// length and commas, less its share of link text), and keep its paragraphs, headings, list items
/// and block quotes as separate blocks.
public enum HTMLExtractor {
    /// Recorded in sidecars: anchors are offsets into the text this version extracts.
    public static let version = "html/1"

    /// The article in a page. With `wholeBody` (an item's HTML in a feed) the body is the content:
    /// only the boilerplate is dropped, no main element is chosen.
    public static func extract(_ root: HTMLElement, wholeBody: Bool = false) -> HTMLExtraction {
        let metadata = HTMLMetadataReader.read(root)
        let body = root.first("body") ?? root
        let content = wholeBody ? [body] : mainContent(in: body)
        var writer = HTMLBlockWriter()
        for element in content { writer.write(element) }
        writer.flush()
        var blocks = writer.blocks
        if let title = metadata.title, let first = blocks.first, first == title { blocks.removeFirst() }
        return HTMLExtraction(metadata: metadata, blocks: blocks)
    }

    // MARK: - What is never article text

    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "input",
        "select", "textarea", "iframe", "svg", "canvas", "object", "embed", "figure", "label", "dialog", "menu",
        "head", "title", "meta", "link", "video", "audio", "picture", "img", "source", "map",
    ]
    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu",
        "menubar", "toolbar", "alert", "marquee",
    ]
    /// Class or id words of boilerplate (whole words between `-`, `_` and spaces).
    static let boilerplateWords: Set<String> = [
        "ad", "ads", "advert", "adverts", "advertisement", "banner", "breadcrumb", "breadcrumbs", "byline", "comment",
        "comments", "consent", "cookie", "cookies", "credit", "dateline", "disqus", "footer", "gdpr", "masthead",
        "menu", "modal", "nav", "navbar", "navigation", "newsletter", "outbrain", "pager", "pagination", "paywall",
        "popup", "promo", "recommended", "related", "share", "sharing", "sidebar", "signup", "social", "sponsor",
        "sponsored", "subscribe", "subscription", "taboola", "trending", "widget", "toolbar", "caption", "timestamp",
        "tags", "author", "skip", "teaser", "teasers", "most", "outbrain", "livefyre", "video", "player",
    ]
    /// Class or id fragments of boilerplate that span several words (`sign-up-container`, `read-next`).
    static let boilerplateFragments = [
        "sign-up", "signup", "read-next", "readnext", "read-more", "readmore", "more-on", "most-read", "most-popular",
        "mostpopular", "recommend", "related", "newsletter", "promo", "social", "sharing", "comment",
        "cookie", "consent", "sr-only", "visually-hidden", "element-invisible", "screen-reader",
    ]

    static func isBoilerplate(_ element: HTMLElement) -> Bool { element.isBoilerplate }

    static func computeIsBoilerplate(_ element: HTMLElement) -> Bool {
        if droppedTags.contains(element.name) { return true }
        if element.attributes.isEmpty { return false }
        if element["hidden"] != nil || element["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = element["style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        if let role = element["role"]?.lowercased(), droppedRoles.contains(role) { return true }
        // The page's own structure is never furniture by its class: `<article class="newsletter-post">`.
        if element["itemprop"] == "articleBody" || element.name == "article" || element.name == "main" || element.name == "body" {
            return false
        }
        guard element["class"] != nil || element["id"] != nil else { return false }
        let names = Array(element.classAndID.utf8)
        // A class naming the article's text (`article-body__paragraph`) is not read for furniture
        // words; the element's other classes still are (`article-body__element sign-up-container`).
        for token in names.split(separator: 0x20) where !isContentName(token) {
            for part in token.split(whereSeparator: { $0 == 0x2D || $0 == 0x5F })
                where boilerplateWords.contains(String(decoding: part, as: UTF8.self)) {
                return true
            }
            if boilerplateFragmentBytes.contains(where: { ByteSearch.contains($0, in: token) }) { return true }
        }
        return false
    }

    static let boilerplateFragmentBytes = boilerplateFragments.map { Array($0.utf8) }

    /// Names sites give the article's own text.
    static let contentNames = ["articlebody", "article-body", "article__body", "story-body", "storybody", "entry-content",
                               "post-content", "article-content", "story-content", "main-content", "article-text",
                               "story-text", "body-text"].map { Array($0.utf8) }

    static func isContentName(_ token: ArraySlice<UInt8>) -> Bool {
        contentNames.contains { ByteSearch.contains($0, in: token) }
    }

    // MARK: - Choosing the main content

    /// The element(s) holding the article: a semantic container when it holds the text, else the
    /// best-scoring element and those of its siblings that score nearly as well.
    static func mainContent(in body: HTMLElement) -> [HTMLElement] {
        var scores: [ObjectIdentifier: Double] = [:]
        var elements: [ObjectIdentifier: HTMLElement] = [:]
        var parents: [ObjectIdentifier: HTMLElement] = [:]
        var semantic: [(rank: Int, element: HTMLElement)] = []
        func walk(_ element: HTMLElement, parent: HTMLElement?) {
            if let rank = semanticRank(element) { semantic.append((rank, element)) }
            for child in element.children {
                guard case .element(let inner) = child, !isBoilerplate(inner) else { continue }
                parents[ObjectIdentifier(inner)] = element
                if isParagraph(inner) {
                    let text = inner.textContent
                    let length = text.utf8.count
                    if length >= 25 {
                        let score = 1 + Double(text.utf8.count { $0 == UInt8(ascii: ",") }) + min(Double(length) / 100, 3)
                        // The paragraph's container gets its score, the container's parent half of it.
                        elements[ObjectIdentifier(element)] = element
                        scores[ObjectIdentifier(element), default: 0] += score
                        if let parent {
                            elements[ObjectIdentifier(parent)] = parent
                            scores[ObjectIdentifier(parent), default: 0] += score / 2
                        }
                    }
                }
                walk(inner, parent: element)
            }
        }
        walk(body, parent: nil)
        var best: (element: HTMLElement, score: Double)?
        for (id, score) in scores {
            let element = elements[id]!
            let adjusted = score * (1 - linkDensity(element))
            if best == nil || adjusted > best!.score { best = (element, adjusted) }
        }
        let densityText = best.map { paragraphCharacters($0.element) } ?? 0
        for (_, element) in semantic.sorted(by: { $0.rank < $1.rank }) {
            if let best, contains(best.element, in: element) || paragraphCharacters(element) >= densityText * 6 / 10 {
                // The semantic container, unless it is far wider than the text (a <main> holding a whole page's teasers).
                if contains(best.element, in: element), paragraphCharacters(element) > densityText * 2 { continue }
                return [element]
            }
            if best == nil, paragraphCharacters(element) > 0 { return [element] }
        }
        guard let top = best else { return [body] }
        // Siblings that score nearly as well (a story split by an advert into several divs).
        guard let parent = parents[ObjectIdentifier(top.element)] else { return [top.element] }
        let threshold = max(10, top.score * 0.2)
        var chosen: [HTMLElement] = []
        for child in parent.children {
            guard case .element(let sibling) = child, !isBoilerplate(sibling) else { continue }
            if sibling === top.element {
                chosen.append(sibling)
            } else if let score = scores[ObjectIdentifier(sibling)], score * (1 - linkDensity(sibling)) >= threshold {
                chosen.append(sibling)
            } else if sibling.name == "p", linkDensity(sibling) < 0.25, sibling.textContent.count > 80 {
                chosen.append(sibling)
            }
        }
        return chosen
    }

    static func semanticRank(_ element: HTMLElement) -> Int? {
        if element["itemprop"] == "articleBody" { return 0 }
        if element.name == "article" { return 1 }
        if element.name == "main" || element["role"] == "main" { return 2 }
        return nil
    }

    static func contains(_ inner: HTMLElement, in outer: HTMLElement) -> Bool {
        if inner === outer { return true }
        for child in outer.children {
            if case .element(let element) = child, contains(inner, in: element) { return true }
        }
        return false
    }

    /// Characters of text in paragraphs of 25 characters or more below `element`, boilerplate left out.
    static func paragraphCharacters(_ element: HTMLElement) -> Int { element.paragraphCharacters }

    static func computeParagraphCharacters(_ element: HTMLElement) -> Int {
        var total = 0
        for child in element.children {
            guard case .element(let inner) = child, !isBoilerplate(inner) else { continue }
            if isParagraph(inner) {
                let count = inner.textContent.utf8.count
                if count >= 25 { total += count }
            } else {
                total += paragraphCharacters(inner)
            }
        }
        return total
    }

    /// The share of an element's text that sits inside links.
    static func linkDensity(_ element: HTMLElement) -> Double {
        let counts = element.linkCounts
        return counts.all == 0 ? 0 : Double(counts.linked) / Double(counts.all)
    }

    static func computeLinkCounts(_ element: HTMLElement) -> (all: Int, linked: Int) {
        var all = 0
        var linked = 0
        for child in element.children {
            switch child {
            case .text(let text):
                all += text.utf8.count { $0 > 0x20 }
            case .element(let inner):
                guard !isBoilerplate(inner) else { continue }
                let counts = inner.linkCounts
                all += counts.all
                linked += counts.linked
            }
        }
        return (all, element.name == "a" ? all : linked)
    }

    /// A paragraph for scoring: `<p>`, `<pre>`, a quote, a table cell, or a `<div>` holding only
    /// inline content (sites that write paragraphs as divs).
    static func isParagraph(_ element: HTMLElement) -> Bool {
        switch element.name {
        case "p", "pre", "blockquote", "td": return true
        case "div":
            return !element.children.contains { child in
                if case .element(let inner) = child { return HTMLBlockWriter.blockTags.contains(inner.name) }
                return false
            }
        default: return false
        }
    }
}
