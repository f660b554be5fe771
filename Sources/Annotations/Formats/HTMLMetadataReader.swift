import Foundation

/// Reads an HTML page's metadata: Open Graph and article meta tags, `<link rel=canonical>`,
/// JSON-LD (NewsArticle and its kin, in arrays and `@graph`s), `<time>`, the byline.
enum HTMLMetadataReader {
    static func read(_ root: HTMLElement) -> ArticleMetadata {
        var meta: [String: String] = [:]
        var canonical: String?
        var documentTitle: String?
        var jsonLD: [[String: Any]] = []
        var firstH1: String?
        var firstTime: String?
        var bylineText: String?
        var itemPropDate: String?
        func walk(_ element: HTMLElement) {
            switch element.name {
            case "meta":
                if let key = (element["property"] ?? element["name"] ?? element["itemprop"])?.lowercased(),
                   let content = element["content"], meta[key] == nil {
                    meta[key] = content
                }
            case "link":
                let rel = (element["rel"] ?? "").lowercased().split(separator: " ")
                if rel.contains("canonical"), canonical == nil { canonical = element["href"] }
            case "title":
                if documentTitle == nil { documentTitle = element.textContent }
            case "script":
                if (element["type"] ?? "").lowercased().contains("ld+json") {
                    let text = element.children.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
                    if let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) {
                        jsonLD += articleObjects(in: object)
                    }
                }
                return
            case "h1":
                if firstH1 == nil { firstH1 = element.textContent }
            case "time":
                if firstTime == nil { firstTime = element["datetime"] }
            default:
                break
            }
            if element.attributes.isEmpty {
                for child in element.children {
                    if case .element(let inner) = child { walk(inner) }
                }
                return
            }
            if itemPropDate == nil, element["itemprop"] == "datePublished" {
                itemPropDate = element["datetime"] ?? element["content"]
            }
            if bylineText == nil, element.name != "body", element.name != "meta",
               element["rel"] == "author" || (element["class"] != nil && element.classAndID.contains("byline")) {
                let text = element.textContent
                if !text.isEmpty, HTMLText.wordCount(text) <= 12 { bylineText = text }
            }
            for child in element.children {
                if case .element(let inner) = child { walk(inner) }
            }
        }
        walk(root)

        let article = jsonLD.first
        var metadata = ArticleMetadata()
        let siteName = nonEmpty(meta["og:site_name"]) ?? nonEmpty(name(of: article?["publisher"]))
        metadata.source = siteName
        if let og = nonEmpty(meta["og:title"]) {
            metadata.title = HTMLText.withoutSiteSuffix(og, siteName: siteName)
        } else if let headline = nonEmpty(article?["headline"] as? String) {
            metadata.title = HTMLText.collapsingWhiteSpace(headline)
        } else if let title = nonEmpty(documentTitle) {
            metadata.title = HTMLText.withoutSiteSuffix(title, siteName: siteName)
        } else {
            metadata.title = nonEmpty(firstH1)
        }
        metadata.date = nonEmpty(meta["article:published_time"]) ?? nonEmpty(article?["datePublished"] as? String)
            ?? nonEmpty(itemPropDate) ?? nonEmpty(meta["date"]) ?? nonEmpty(meta["pubdate"]) ?? nonEmpty(firstTime)
        metadata.byline = nonEmpty(meta["author"]) ?? nonEmpty(meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 })
            ?? nonEmpty(name(of: article?["author"])) ?? nonEmpty(bylineText.map(withoutBy))
        metadata.url = nonEmpty(canonical) ?? nonEmpty(meta["og:url"]) ?? nonEmpty(article?["url"] as? String)
            ?? nonEmpty(name(of: article?["mainEntityOfPage"], key: "@id"))
        return metadata
    }

    static let articleTypes: Set<String> = ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                                            "BlogPosting", "OpinionNewsArticle", "LiveBlogPosting", "ReviewNewsArticle"]

    /// The objects of an article type in a JSON-LD value (an object, an array, a `@graph`).
    static func articleObjects(in value: Any) -> [[String: Any]] {
        if let array = value as? [Any] { return array.flatMap(articleObjects) }
        guard let object = value as? [String: Any] else { return [] }
        if let graph = object["@graph"] { return articleObjects(in: graph) }
        let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        return types.contains(where: articleTypes.contains) ? [object] : []
    }

    /// A person's or organisation's name: a string, an object with `name`, or a list of either.
    static func name(of value: Any?, key: String = "name") -> String? {
        if let text = value as? String { return text }
        if let object = value as? [String: Any] { return object[key] as? String }
        if let array = value as? [Any] {
            let names = array.compactMap { name(of: $0, key: key) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }

    static func withoutBy(_ text: String) -> String {
        for prefix in ["By ", "by ", "BY "] where text.hasPrefix(prefix) { return String(text.dropFirst(prefix.count)) }
        return text
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text else { return nil }
        let collapsed = HTMLText.collapsingWhiteSpace(text)
        return collapsed.isEmpty ? nil : collapsed
    }
}
