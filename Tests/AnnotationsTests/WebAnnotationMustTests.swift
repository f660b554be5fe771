import Foundation
import Testing
@testable import Annotations

/// The MUST assertions of the W3C Web Annotation test suite (github.com/w3c/web-annotation-tests:
/// annotations/annotationMusts.test, collections/collectionMusts.test, collections/pages/pageMusts.test),
/// each written as a Swift check named by its assertion id, run on what `W3CExporter` writes.
/// Embedded pages and annotations take the collection's `@context`, as the model allows.
@Suite("W3C export passes the test suite's MUST assertions")
struct WebAnnotationMustTests {
    static let context = "http://www.w3.org/ns/anno.jsonld"
    static let selectorTypes: Set<String> = ["FragmentSelector", "CssSelector", "XPathSelector", "TextQuoteSelector",
                                             "TextPositionSelector", "DataPositionSelector", "SvgSelector", "RangeSelector"]

    /// The ids of the assertions `json` fails (empty when it passes them all).
    static func failedAssertions(ofCollection json: [String: Any]) -> [String] {
        var failed: [String] = []
        func must(_ id: String, _ holds: Bool) { if !holds { failed.append(id) } }
        must("5.1-collectionContextValidated", hasValue(json["@context"], context))
        must("5.1-collectionIdValidated", isSingleURI(json["id"]))
        must("5.1-collectionTypeValidated", hasValue(json["type"], "AnnotationCollection"))
        must("5.1-collectionLabelValidated", json["label"] == nil || json["label"] is String)
        must("5.1-collectionTotalValidated", json["total"] == nil || isNonNegativeInteger(json["total"]))
        let total = (json["total"] as? Int) ?? 0
        let first = json["first"]
        must("5.1-collectionFirstValidated", total == 0
             || isSingleURI(first) || hasValue((first as? [String: Any])?["type"], "AnnotationPage"))
        must("5.1-collectionLastValidated", json["last"] == nil || isSingleURI(json["last"]))
        must("3.3.1-collectionCreatedValidated", json["created"] == nil || isDateTime(json["created"]))
        must("3.3.1-collectionModifiedValidated", json["modified"] == nil || isDateTime(json["modified"]))
        must("3.3.6-collectionRightsValidated", json["rights"] == nil || isSingleURI(json["rights"]))
        var pages: [[String: Any]] = []
        if let page = first as? [String: Any] { pages.append(page) }
        pages += (json["reader:pages"] as? [[String: Any]]) ?? []
        for page in pages {
            failed += failedAssertions(ofPage: page, context: json["@context"]).map { "page \(page["id"] ?? "?"): \($0)" }
        }
        return failed
    }

    static func failedAssertions(ofPage page: [String: Any], context inherited: Any?) -> [String] {
        var failed: [String] = []
        func must(_ id: String, _ holds: Bool) { if !holds { failed.append(id) } }
        must("5.2-pageContextValidated", hasValue(page["@context"] ?? inherited, context))
        must("5.2-pageIdValidated", isSingleURI(page["id"]) && hasValue(page["type"], "AnnotationPage"))
        must("5.2-pageTypeValidated", hasValue(page["type"], "AnnotationPage"))
        let items = page["items"] as? [Any]
        must("5.2-pageItemsValidated", items?.allSatisfy { isURI($0) || hasValue(($0 as? [String: Any])?["type"], "Annotation") } ?? false)
        must("5.2-pageStartIndexValidated", page["startIndex"] == nil || isNonNegativeInteger(page["startIndex"]))
        must("5.2-pagePartOfValidated", page["partOf"] == nil || isSingleURI(page["partOf"]))
        must("5.2-pageNextValidated", page["next"] == nil || isSingleURI(page["next"]))
        must("5.2-pagePrevValidated", page["prev"] == nil || isSingleURI(page["prev"]))
        must("5.2-pageTotalValidated", page["total"] == nil || isNonNegativeInteger(page["total"]))
        for item in items ?? [] {
            guard let annotation = item as? [String: Any] else { continue }
            failed += failedAssertions(ofAnnotation: annotation, context: page["@context"] ?? inherited)
                .map { "annotation \(annotation["id"] ?? "?"): \($0)" }
        }
        return failed
    }

    static func failedAssertions(ofAnnotation json: [String: Any], context inherited: Any?) -> [String] {
        var failed: [String] = []
        func must(_ id: String, _ holds: Bool) { if !holds { failed.append(id) } }
        must("3.1-annotationContextValidated", hasValue(json["@context"] ?? inherited, context))
        must("3.1-annotationIdValidated", isSingleURI(json["id"]))
        must("3.1-annotationTypeValidated", hasValue(json["type"], "Annotation"))
        must("3.1-targetKeyFound", json["target"] != nil)
        let targets = list(json["target"])
        must("3.2-targetObjectsRecognized", !targets.isEmpty && targets.allSatisfy(isRecognizedTarget))
        must("3.2.5-notBodyBodyValue", !(json["body"] != nil && json["bodyValue"] != nil))
        let bodies = list(json["body"])
        must("3.2-bodyObjectsRecognized", bodies.allSatisfy { isURI($0) || isTextualBody($0) })
        must("3.2.5-bodyValueValidated", json["bodyValue"] == nil || json["bodyValue"] is String)
        must("3.3.1-annotationCreatedValidated", json["created"] == nil || isDateTime(json["created"]))
        must("3.3.1-annotationModifiedValidated", json["modified"] == nil || isDateTime(json["modified"]))
        must("3.3.1-annotationGeneratedValidated", json["generated"] == nil || isDateTime(json["generated"]))
        must("3.3.6-annotationRightsValidated", json["rights"] == nil || isSingleURI(json["rights"]))
        must("3.3.7-annotationCanonicalValidated", json["canonical"] == nil || isSingleURI(json["canonical"]))
        must("3.3.7-annotationViaValidated", json["via"] == nil || list(json["via"]).allSatisfy(isURI))
        for body in bodies.compactMap({ $0 as? [String: Any] }) {
            must("4-bodyEmbeddedTextualNoSource", body["source"] == nil)
            must("3.2.7-bodyEmbeddedTextualNoItems", body["items"] == nil)
            must("3.2.1-bodyTextDirectionValidated", body["textDirection"] == nil
                 || ["ltr", "rtl", "auto"].contains(body["textDirection"] as? String ?? ""))
            must("3.3.1-bodyCreatedValidated", body["created"] == nil || isDateTime(body["created"]))
            must("3.3.1-bodyModifiedValidated", body["modified"] == nil || isDateTime(body["modified"]))
            must("3.3.5-bodyEWRNoPurpose", body["purpose"] == nil || isMotivation(body["purpose"]))
        }
        for target in targets.compactMap({ $0 as? [String: Any] }) {
            must("3.2.4-targNoTypeTextualBody", !hasValue(target["type"], "TextualBody"))
            must("4-targSpecificResourceNoValue", target["value"] == nil)
            must("3.2.7-targSpecificResourceNoItems", target["items"] == nil)
            let selectors = list(target["selector"])
            must("4.2-selectorValidIfPresent", selectors.allSatisfy { selector in
                isURI(selector) || ((selector as? [String: Any])?["type"] as? String).map(selectorTypes.contains) == true
            })
            for selector in selectors.compactMap({ $0 as? [String: Any] }) {
                if hasValue(selector["type"], "TextQuoteSelector") {
                    must("4.2.4-textQuoteSelectorValid", selector["exact"] is String
                         && (selector["prefix"] == nil || selector["prefix"] is String)
                         && (selector["suffix"] == nil || selector["suffix"] is String))
                }
                if hasValue(selector["type"], "TextPositionSelector") {
                    must("4.2-TextDataPositionSelectorValid", isNonNegativeInteger(selector["start"]) && isNonNegativeInteger(selector["end"]))
                }
            }
        }
        return failed
    }

    // MARK: - Value tests, as the suite's JSON schemas define them

    static func list(_ value: Any?) -> [Any] {
        guard let value else { return [] }
        return (value as? [Any]) ?? [value]
    }

    static func hasValue(_ value: Any?, _ wanted: String) -> Bool {
        if let text = value as? String { return text == wanted }
        return (value as? [Any])?.contains { ($0 as? String) == wanted } ?? false
    }

    /// JSON Schema's `format: uri`: an absolute URI (a scheme, a colon, no spaces or controls).
    static func isURI(_ value: Any?) -> Bool {
        guard let text = value as? String, let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return false }
        return !text.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || "<>\"{}|\\^`".unicodeScalars.contains($0) }
    }

    static func isSingleURI(_ value: Any?) -> Bool {
        if let array = value as? [Any] { return array.count == 1 && isURI(array[0]) }
        return isURI(value)
    }

    static func isNonNegativeInteger(_ value: Any?) -> Bool {
        guard let number = value as? NSNumber, String(cString: number.objCType) != "c" else { return false }
        return number.doubleValue == number.doubleValue.rounded() && number.doubleValue >= 0
    }

    /// RFC 3339 date-time, as JSON Schema's `format: date-time`.
    static func isDateTime(_ value: Any?) -> Bool {
        guard let text = value as? String else { return false }
        let pattern = #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"#
        return text.range(of: pattern, options: .regularExpression) != nil
    }

    static func isMotivation(_ value: Any?) -> Bool {
        let motivations: Set<String> = ["assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
                                        "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging"]
        return list(value).allSatisfy { ($0 as? String).map(motivations.contains) ?? false }
    }

    static func isTextualBody(_ value: Any) -> Bool {
        guard let body = value as? [String: Any] else { return false }
        return hasValue(body["type"], "TextualBody") && body["value"] is String
    }

    /// A URI, or a Specific Resource: an object whose `source` is a URI.
    static func isRecognizedTarget(_ value: Any) -> Bool {
        if isURI(value) { return true }
        guard let target = value as? [String: Any] else { return false }
        return isSingleURI(target["source"]) || isSingleURI(target["id"])
    }

    // MARK: - Tests

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func exportOfTheSeedsPassesEveryMust() throws {
        let fixture = try ExportFixture()
        let text = try W3CExporter(baseURI: "file:///notes/").export(try fixture.exported())
        #expect(Self.failedAssertions(ofCollection: try Self.json(text)) == [])
    }

    @Test func theOldShapeFailsWhatTheIssueSaid() throws {
        // The shape exports had before: items embedded in the collection, no id, no first page.
        let old = #"{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "total": 1,"#
            + #" "items": [{"id": "urn:uuid:00000000-0000-4000-8000-000000000001", "type": "Annotation", "target": "seeds/a.txt"}]}"#
        #expect(Self.failedAssertions(ofCollection: try Self.json(old)) == ["5.1-collectionIdValidated", "5.1-collectionFirstValidated"])
    }

    @Test func aLargeExportIsPagedWithNextAndPassesEveryMust() throws {
        let annotation = { (index: Int) in
            Annotation(id: UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", index))!,
                       created: "2026-03-14T09:30:00.000Z", modified: "2026-03-14T09:30:00.000Z",
                       target: AnnotationTarget(quote: TextQuoteSelector(exact: "x", prefix: "", suffix: ""),
                                                position: TextPositionSelector(start: index, end: index + 1)))
        }
        let article = Article(path: "big.txt", text: String(repeating: "x", count: 2_600))
        let exported = ExportedArticle(article: article, path: "big.txt",
                                       annotations: (0..<2_500).map { AnchoredAnnotation(annotation: annotation($0), state: .anchored, range: $0..<($0 + 1)) })
        let text = try W3CExporter(baseURI: "file:///notes/").export([exported])
        let json = try Self.json(text)
        #expect(Self.failedAssertions(ofCollection: json) == [])
        let first = try #require(json["first"] as? [String: Any])
        #expect((first["items"] as? [Any])?.count == 1_000)
        #expect(json["total"] as? Int == 2_500)
        let collectionID = try #require(json["id"] as? String)
        #expect(first["next"] as? String == collectionID + "#page-2")
        #expect(json["last"] as? String == collectionID + "#page-3")
        let pages = try #require(json["reader:pages"] as? [[String: Any]])
        #expect(pages.map { $0["startIndex"] as? Int } == [1_000, 2_000])
        // Import follows the pages: every annotation comes back, in order.
        let items = try W3CImporter.items(from: Data(text.utf8))
        #expect(items.map(\.annotation.target.position.start) == Array(0..<2_500))
        #expect(items.first?.source == "file:///notes/big.txt")
        #expect(items.first?.localPath == "big.txt")
    }

    @Test func importReadsTheOldShapeToo() throws {
        let old = #"{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "total": 1, "items": [{"id": "urn:uuid:00000000-0000-4000-8000-000000000001", "type": "Annotation", "target": {"source": "seeds/a.txt", "selector": [{"type": "TextQuoteSelector", "exact": "85 percent"}]}}]}"#
        let items = try W3CImporter.items(from: Data(old.utf8))
        #expect(items.map(\.localPath) == ["seeds/a.txt"])
        #expect(items.first?.annotation.target.quote.exact == "85 percent")
    }

    @Test func articlesWithAURLAreTargetedByItWithTheFileKept() throws {
        var article = Article.extracted(path: "feeds/news.rss", text: "Title\n\nAbout 85 percent of it.\n",
                                        metadata: ArticleMetadata(url: "https://courier.example/a?b=1"), itemID: "guid-7", extractor: "feed/1")
        article.metadata.title = "Title"
        let annotation = Annotation.make(article: article, range: 7..<23, now: Date(timeIntervalSince1970: 0))
        let text = try W3CExporter(baseURI: "file:///notes/").export(
            [ExportedArticle(article: article, path: "feeds/news.rss", annotations: Anchoring.anchor([annotation], in: article))])
        #expect(Self.failedAssertions(ofCollection: try Self.json(text)) == [])
        let item = try #require(try W3CImporter.items(from: Data(text.utf8)).first)
        #expect(item.source == "https://courier.example/a?b=1")
        #expect(item.file == "feeds/news.rss")
        #expect(item.item == "guid-7")
        #expect(item.annotation.target.item == "guid-7")
    }
}
