import Foundation
import Testing

/// The entity model seen from the command line: `READER_ENTITY_MODEL=off` turns it off, and the
/// hidden `analyze --entity-features` prints what the training script reads.
@Suite struct EntityModelCommandLineTests {
    /// "start-end TYPE" of every entity `reader analyze --json` finds in the eval set `set`.
    static func entities(_ set: String, model: String) throws -> Set<String> {
        let output = try ReaderBinary.run(["analyze", "--json", ReaderBinary.packageRoot + "/eval/\(set)/texts"],
                                          environment: ["READER_ENTITY_MODEL": model])
        #expect(output.status == 0, "\(output.stderr)")
        let articles = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        var found: Set<String> = []
        for article in articles {
            let file = article["file"] as? String ?? ""
            for entity in article["entities"] as? [[String: Any]] ?? [] {
                found.insert("\(file) \(entity["start"] ?? "")-\(entity["end"] ?? "") \(entity["type"] ?? "")")
            }
        }
        return found
    }

    @Test func theEnvironmentTurnsTheModelOffAndOn() throws {
        let rules = try Self.entities("heldout12", model: "off")
        let both = try Self.entities("heldout12", model: "on")
        // The model keeps, drops or calls a place a name the rules typed by default: no new span,
        // some fewer, and a changed type is always PLACE.
        func span(_ entry: String) -> Substring { entry[..<entry.lastIndex(of: " ")!] }
        #expect(Set(both.map(span)).isSubset(of: Set(rules.map(span))))
        #expect(both.count < rules.count)
        let retyped = both.subtracting(rules)
        #expect(!retyped.isEmpty)
        #expect(retyped.allSatisfy { $0.hasSuffix(" PLACE") }, "\(retyped)")
    }

    @Test func entityFeaturesPrintOneLinePerArticle() throws {
        let output = try ReaderBinary.run(["analyze", "--entity-features", ReaderBinary.packageRoot + "/eval/dev/texts"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 6)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let candidates = try #require(object["candidates"] as? [[String: Any]])
            #expect(!candidates.isEmpty)
            for candidate in candidates {
                let features = try #require(candidate["features"] as? [String])
                #expect(features.first == "b")
                #expect(features.contains { $0.hasPrefix("ty=") })
                #expect(candidate["byDefault"] is Bool && candidate["start"] is Int && candidate["end"] is Int)
            }
        }
    }
}
