internal import CLibXML2
import Foundation

/// Reads RSS 2.0 and Atom 1.0 feeds with libxml2's streaming xmlReader, so a feed of ten thousand
/// items never becomes one document tree: each item is turned into an article as soon as it ends.
/// An item's HTML (content:encoded, Atom content, description) goes through the page extractor.
public enum FeedReader {
    public static let version = "feed/1 " + HTMLExtractor.version

    /// True when the first element of `data` is `<rss>`, `<feed>` or `<rdf:RDF>`.
    public static func looksLikeFeed(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        var index = head.startIndex
        while let open = head[index...].firstIndex(of: "<") {
            let next = head.index(after: open)
            guard next < head.endIndex else { return false }
            if head[next] == "?" || head[next] == "!" {
                guard let close = head[next...].firstIndex(of: ">") else { return false }
                index = head.index(after: close)
                continue
            }
            let name = head[next...].prefix { $0.isLetter || $0 == ":" }.lowercased()
            return name == "rss" || name == "feed" || name == "rdf:rdf"
        }
        return false
    }

    /// Every item of the feed at `path` as an article; an XML error stops the reading and is reported
    /// with its line, keeping the items before it.
    public static func read(_ data: Data, path: String) -> SourceContents {
        var contents = SourceContents()
        guard looksLikeFeed(data) else {
            contents.problems.append(LoadProblem(path: path, message: "not an RSS or Atom feed (the root element is not <rss> or <feed>)"))
            return contents
        }
        let repair = XMLCharacterRepair.repair(data)
        if repair.replaced > 0 {
            let count = repair.replaced == 1 ? "1 control character" : "\(repair.replaced) control characters"
            contents.problems.append(LoadProblem(path: path, message: "\(count) that XML does not allow read as U+FFFD"))
        }
        var seenIDs: [String: Int] = [:]
        var index = 0
        let (channelTitle, error) = parse(repair.data) { item in
            index += 1
            contents.articles.append(article(from: item, index: index, path: path, seenIDs: &seenIDs))
        }
        if let channelTitle {
            for position in contents.articles.indices where contents.articles[position].metadata.source == nil {
                contents.articles[position].metadata.source = channelTitle
            }
        }
        if let error { contents.problems.append(LoadProblem(path: path, message: error)) }
        return contents
    }

    static func article(from item: FeedItem, index: Int, path: String, seenIDs: inout [String: Int]) -> Article {
        var blocks: [String]
        if item.contentIsText, let text = item.content {
            blocks = text.components(separatedBy: "\n\n").map(HTMLText.collapsingWhiteSpace).filter { !$0.isEmpty }
        } else if let html = item.content ?? item.description {
            blocks = HTMLExtractor.extract(HTMLParser.parse(html), wholeBody: true).blocks
        } else {
            blocks = []
        }
        // A title may carry markup (Atom type="html", or an escaped tag in RSS): keep its text.
        let title = item.title.map { $0.contains("<") || $0.contains("&") ? HTMLParser.parse($0).textContent : HTMLText.collapsingWhiteSpace($0) }
            .flatMap { $0.isEmpty ? nil : $0 }
        if let title, blocks.first == title { blocks.removeFirst() }
        let permaLink = item.guidIsPermaLink && (item.guid?.hasPrefix("http") ?? false) ? item.guid : nil
        let metadata = ArticleMetadata(title: title, byline: item.author.map(HTMLText.collapsingWhiteSpace),
                                       date: (item.date ?? item.updated).map(HTMLText.collapsingWhiteSpace),
                                       source: nil, url: item.link.map(HTMLText.collapsingWhiteSpace) ?? permaLink)
        var id = (item.guid ?? item.link).map(HTMLText.collapsingWhiteSpace).flatMap { $0.isEmpty ? nil : $0 } ?? "item-\(index)"
        if let count = seenIDs[id] {
            seenIDs[id] = count + 1
            id += "~\(count + 1)"
        } else {
            seenIDs[id] = 1
        }
        let text = ([title ?? "Item \(index)"] + blocks).joined(separator: "\n\n") + "\n"
        return Article.extracted(path: path, text: text, metadata: metadata, itemID: id, extractor: version)
    }

    // MARK: - Streaming

    static let atomNamespace = "http://www.w3.org/2005/Atom"
    static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"

    /// Calls `onItem` for each item as it ends. Returns the channel's title and the error that
    /// stopped the reading, if any.
    static func parse(_ data: Data, onItem: (FeedItem) -> Void) -> (channelTitle: String?, error: String?) {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let bytes = [UInt8](data)
        return bytes.withUnsafeBufferPointer { buffer -> (String?, String?) in
            guard let base = buffer.baseAddress,
                  let reader = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
                      xmlReaderForMemory($0, Int32(buffer.count), nil, nil, options)
                  }) else {
                return (nil, "cannot be read as XML")
            }
            defer { xmlFreeTextReader(reader) }
            var channelTitle: String?
            var item: FeedItem?
            var itemDepth = 0
            var inAuthor = false
            var imageDepth: Int?
            var field: (name: String, depth: Int)?
            var buffer = ""
            var status = xmlTextReaderRead(reader)
            while status == 1 {
                let type = xmlTextReaderNodeType(reader)
                let depth = Int(xmlTextReaderDepth(reader))
                var advanced = false
                switch type {
                case 1:  // element start
                    let name = string(xmlTextReaderConstLocalName(reader)) ?? ""
                    let namespace = string(xmlTextReaderConstNamespaceUri(reader)) ?? ""
                    let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                    if item == nil {
                        if name == "item" || name == "entry" {
                            item = FeedItem()
                            itemDepth = depth
                            if isEmpty { onItem(item!); item = nil }
                        } else if name == "image" {
                            imageDepth = depth
                        } else if name == "title", channelTitle == nil, imageDepth == nil, !isEmpty {
                            field = ("channelTitle", depth)
                            buffer = ""
                        }
                        break
                    }
                    if name == "author", namespace == atomNamespace { inAuthor = !isEmpty; break }
                    if inAuthor, name == "name" {
                        field = ("author", depth)
                        buffer = ""
                        break
                    }
                    guard depth == itemDepth + 1 else { break }
                    if name == "link", namespace == atomNamespace {
                        let rel = attribute(reader, "rel")
                        if rel == nil || rel == "alternate", item?.link == nil { item?.link = attribute(reader, "href") }
                        break
                    }
                    if name == "content", namespace == atomNamespace, attribute(reader, "type") == "xhtml" {
                        if let inner = xmlTextReaderReadInnerXml(reader) {
                            item?.content = String(cString: inner)
                            shim_xml_free(inner)
                        }
                        status = xmlTextReaderNext(reader)
                        advanced = true
                        break
                    }
                    if name == "content", namespace == atomNamespace, attribute(reader, "type") ?? "text" == "text" {
                        item?.contentIsText = true
                    }
                    if name == "guid", attribute(reader, "isPermaLink") == "false" { item?.guidIsPermaLink = false }
                    if !isEmpty {
                        field = (fieldName(name, namespace: namespace), depth)
                        buffer = ""
                    }
                case 3, 4, 13, 14:  // text, CDATA, white space
                    if field != nil, let value = string(xmlTextReaderConstValue(reader)) { buffer += value }
                case 15:  // element end
                    let name = string(xmlTextReaderConstLocalName(reader)) ?? ""
                    if let current = field, current.depth == depth {
                        store(buffer, as: current.name, in: &item, channelTitle: &channelTitle)
                        field = nil
                    }
                    if name == "author" { inAuthor = false }
                    if let image = imageDepth, image == depth, name == "image" { imageDepth = nil }
                    if var finished = item, depth == itemDepth, name == "item" || name == "entry" {
                        if finished.content == nil, finished.description == nil, finished.contentIsText { finished.contentIsText = false }
                        onItem(finished)
                        item = nil
                    }
                default:
                    break
                }
                if !advanced { status = xmlTextReaderRead(reader) }
            }
            if status < 0 {
                let line = xmlTextReaderGetParserLineNumber(reader)
                return (channelTitle, "not well-formed XML near line \(line); the items before it were read")
            }
            return (channelTitle, nil)
        }
    }

    static func fieldName(_ name: String, namespace: String) -> String {
        switch (name, namespace) {
        case ("encoded", contentNamespace): return "content"
        case ("content", atomNamespace): return "content"
        case ("creator", dublinCoreNamespace), ("author", _): return "author"
        case ("date", dublinCoreNamespace), ("pubDate", _), ("published", _): return "date"
        case ("id", atomNamespace): return "guid"
        case ("summary", atomNamespace): return "description"
        default: return name
        }
    }

    static func store(_ value: String, as field: String, in item: inout FeedItem?, channelTitle: inout String?) {
        if field == "channelTitle" {
            let title = HTMLText.collapsingWhiteSpace(value)
            channelTitle = title.isEmpty ? nil : title
            return
        }
        guard item != nil else { return }
        switch field {
        case "title": item!.title = value
        case "link": if item!.link == nil { item!.link = value.trimmingCharacters(in: .whitespacesAndNewlines) }
        case "guid": item!.guid = value.trimmingCharacters(in: .whitespacesAndNewlines)
        case "date": if item!.date == nil { item!.date = value }
        case "updated": item!.updated = value
        case "author": if item!.author == nil { item!.author = value }
        case "content": item!.content = value
        case "description": if item!.description == nil { item!.description = value }
        default: break
        }
    }

    static func attribute(_ reader: xmlTextReaderPtr, _ name: String) -> String? {
        guard xmlTextReaderMoveToAttribute(reader, name) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return string(xmlTextReaderConstValue(reader))
    }

    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
