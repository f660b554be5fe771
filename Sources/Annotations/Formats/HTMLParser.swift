internal import CLibXML2
import Foundation

/// Parses HTML with libxml2's HTML parser, the error-tolerant one browsers' rules inspired:
/// unclosed tags, stray end tags, raw `</p>` inside a script string and every named or numeric
/// entity are handled by the parser, not by patterns. The result is copied into `HTMLElement`
/// values so that everything after parsing is pure Swift.
public enum HTMLParser {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// The document's root element (`html`), parsed from text already decoded.
    public static func parse(_ text: String) -> HTMLElement {
        _ = initialized
        var utf8 = Array(text.utf8)
        if utf8.isEmpty { return HTMLElement(name: "html") }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document = utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return HTMLElement(name: "html") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return HTMLElement(name: "html") }
        return element(from: root)
    }

    /// Decodes the bytes in the charset the page declares (or UTF-8, or windows-1252 when the bytes
    /// are not UTF-8), then parses them.
    /// - Returns: the root element and the encoding used.
    public static func parse(bytes: Data, forcedEncoding: TextEncoding? = nil) -> (root: HTMLElement, encoding: TextEncoding) {
        let encoding = forcedEncoding ?? HTMLCharset.detect(bytes)
        let text = encoding.decode(bytes)
            ?? TextEncoding.windows1252.decode(bytes)
            ?? String(decoding: bytes, as: UTF8.self)
        return (parse(text), encoding)
    }

    static func element(from node: xmlNodePtr) -> HTMLElement {
        // libxml2's HTML parser lower-cases element and attribute names itself.
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                attributes[String(cString: attributeName)] = value
            }
            attribute = current.pointee.next
        }
        let result = HTMLElement(name: name, attributes: attributes)
        // Scripts and styles are never text; only JSON-LD metadata is kept of them.
        if name == "style" || (name == "script" && !(attributes["type"]?.lowercased().contains("ld+json") ?? false)) {
            return result
        }
        var children: [HTMLNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(element(from: current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { children.append(.text(String(cString: content))) }
            case XML_ENTITY_REF_NODE:
                // An entity libxml2 did not expand: keep its text rather than lose it.
                if let content = current.pointee.content { children.append(.text(String(cString: content))) }
            default:
                break
            }
            child = current.pointee.next
        }
        result.children = children
        return result
    }
}
