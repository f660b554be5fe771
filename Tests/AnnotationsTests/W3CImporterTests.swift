import Foundation
import Testing
@testable import Annotations

@Suite("W3C import of hostile files: numbers range-checked, one bad item skipped")
struct W3CImporterTests {
    static func item(_ number: Int, exact: String = "5 people", position: String? = "\"start\": 11, \"end\": 19") -> String {
        let positionSelector = position.map { ", {\"type\": \"TextPositionSelector\", \($0)}" } ?? ""
        return """
            {"id": "urn:uuid:00000000-0000-4000-8000-00000000000\(number)", "type": "Annotation",
             "target": {"source": "a.txt", "selector": [{"type": "TextQuoteSelector", "exact": "\(exact)"}\(positionSelector)]}}
            """
    }

    static func collection(_ items: [String]) -> Data {
        Data("{\"type\": \"AnnotationCollection\", \"items\": [\(items.joined(separator: ","))]}".utf8)
    }

    let article = Article(path: "a.txt", text: "Title\n\nThe 5 people left. Then 7 more people left.\n")

    @Test func aHugeStartWithoutAnEndIsAProblemNotACrash() throws {
        let reading = try W3CImporter.read(Self.collection([Self.item(1, position: "\"start\": 9223372036854775807"), Self.item(2)]))
        #expect(reading.items.map(\.label) == ["item 2 (urn:uuid:00000000-0000-4000-8000-000000000002)"])
        #expect(reading.problems.count == 1)
        #expect(reading.problems.first?.message.contains("item 1 (urn:uuid:00000000-0000-4000-8000-000000000001)") == true)
        #expect(reading.problems.first?.message.contains("9223372036854775807") == true)
    }

    @Test func everyBrokenItemIsReportedAndTheOthersKept() throws {
        let reading = try W3CImporter.read(Self.collection([
            Self.item(1, position: "\"start\": -1, \"end\": 7"),
            Self.item(2, position: "\"start\": 9, \"end\": 3"),
            Self.item(3, position: "\"start\": 1e300"),
            "{\"id\": \"urn:uuid:00000000-0000-4000-8000-000000000004\", \"target\": 7}",
            Self.item(5),
            Self.item(5),
            Self.item(6, position: nil),
        ]))
        #expect(reading.items.map(\.annotation.target.position) == [TextPositionSelector(start: 11, end: 19), TextPositionSelector(start: 0, end: 8)])
        #expect(reading.problems.map { $0.message.prefix(6) } == ["item 1", "item 2", "item 3", "item 4", "item 6"])
        #expect(reading.problems[4].message.contains("the same id as item 5"))
        #expect(throws: W3CImporter.Problem.self) { try W3CImporter.items(from: Self.collection([Self.item(1, position: "\"start\": -1")])) }
    }

    @Test func annotationsAreCheckedAgainstTheText() throws {
        func problem(_ exact: String, _ start: Int, _ end: Int) throws -> String? {
            let item = try #require(try W3CImporter.read(Self.collection([Self.item(1, exact: exact, position: "\"start\": \(start), \"end\": \(end)")])).items.first)
            return W3CImporter.problem(with: item.annotation, in: article)
        }
        #expect(try problem("5 people", 11, 19) == nil)
        #expect(try problem("7 more people", 11, 24) == nil)  // elsewhere than its offsets: moved, kept
        #expect(try problem("5 people", 11, 40)?.contains("span 29 characters but the quote has 8") == true)
        #expect(try problem("5 people", 100, 108)?.contains("beyond the end of a.txt") == true)
        #expect(try problem("nowhere", 11, 18)?.contains("is not in a.txt") == true)
        #expect(try problem("", 11, 11) == "the quote is empty")
    }
}
