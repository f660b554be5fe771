import Foundation

/// An HTML element as the parser left it: lower-case name, attributes, children in order.
///
/// A plain tree of values built once from libxml2's DOM, so that extraction is pure Swift that a
/// test can drive without the C library's pointers.
public final class HTMLElement: @unchecked Sendable {
    public let name: String
    public let attributes: [String: String]
    public internal(set) var children: [HTMLNode]

    public init(name: String, attributes: [String: String] = [:], children: [HTMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    public subscript(attribute: String) -> String? { attributes[attribute] }

    /// Every element below this one (not itself), depth first in document order.
    public func descendants(where matches: (HTMLElement) -> Bool) -> [HTMLElement] {
        var found: [HTMLElement] = []
        func walk(_ element: HTMLElement) {
            for child in element.children {
                if case .element(let inner) = child {
                    if matches(inner) { found.append(inner) }
                    walk(inner)
                }
            }
        }
        walk(self)
        return found
    }

    /// The first element below this one with `name`.
    public func first(_ name: String) -> HTMLElement? {
        for child in children {
            if case .element(let inner) = child {
                if inner.name == name { return inner }
                if let found = inner.first(name) { return found }
            }
        }
        return nil
    }

    // Computed once per element: extraction asks for each several times while choosing the content.
    lazy var isBoilerplate: Bool = HTMLExtractor.computeIsBoilerplate(self)
    lazy var paragraphCharacters: Int = HTMLExtractor.computeParagraphCharacters(self)
    /// Visible characters of text below, and those of them inside links (boilerplate left out).
    lazy var linkCounts: (all: Int, linked: Int) = HTMLExtractor.computeLinkCounts(self)

    /// All the text below this element, white space collapsed.
    public private(set) lazy var textContent: String = {
        var raw = ""
        func walk(_ element: HTMLElement) {
            for child in element.children {
                switch child {
                case .text(let text): raw += text
                case .element(let inner):
                    if inner.name == "script" || inner.name == "style" { continue }
                    raw += " "
                    walk(inner)
                }
            }
        }
        walk(self)
        return HTMLText.collapsingWhiteSpace(raw)
    }()

    /// The class and id attributes together, lower-cased, for the boilerplate patterns.
    var classAndID: String {
        ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
    }
}
