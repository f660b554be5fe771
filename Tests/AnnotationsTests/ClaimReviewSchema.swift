import Foundation

/// The part of schema.org a ClaimReview export uses, written down from the definitions at
/// https://schema.org/ClaimReview, /Rating, /Claim, /CreativeWork, /Person and /Organization
/// (properties with their expected types, inherited ones included), plus the fields Google's
/// fact-check guidelines require. A small validator walks a JSON-LD object against it.
enum ClaimReviewSchema {
    /// Type → property → the types its value may have ("Text", "URL", "Date", "Number" are data types).
    static let properties: [String: [String: Set<String>]] = {
        let thing: [String: Set<String>] = ["name": ["Text"], "url": ["URL"], "alternateName": ["Text"], "description": ["Text"]]
        let creativeWork = thing.merging([
            "author": ["Person", "Organization"], "datePublished": ["Date", "DateTime"], "headline": ["Text"],
            "citation": ["CreativeWork", "Text"],
        ]) { first, _ in first }
        let review = creativeWork.merging([
            "itemReviewed": ["Thing", "Claim", "CreativeWork"], "reviewRating": ["Rating"], "reviewBody": ["Text"],
        ]) { first, _ in first }
        return [
            "ClaimReview": review.merging(["claimReviewed": ["Text"]]) { first, _ in first },
            "Claim": creativeWork.merging(["appearance": ["CreativeWork"], "firstAppearance": ["CreativeWork"],
                                           "claimInterpreter": ["Person", "Organization"]]) { first, _ in first },
            "CreativeWork": creativeWork,
            "Rating": thing.merging(["ratingValue": ["Number", "Text"], "bestRating": ["Number", "Text"],
                                     "worstRating": ["Number", "Text"], "author": ["Person", "Organization"]]) { first, _ in first },
            "Person": thing,
            "Organization": thing,
        ]
    }()

    /// Subtypes, so that a Claim is accepted where a Thing or CreativeWork is expected.
    static let supertypes: [String: Set<String>] = [
        "ClaimReview": ["Review", "CreativeWork", "Thing"], "Claim": ["CreativeWork", "Thing"], "CreativeWork": ["Thing"],
        "Rating": ["Intangible", "Thing"], "Person": ["Thing"], "Organization": ["Thing"],
    ]

    /// Properties a type must have: schema.org requires none, Google's ClaimReview guidelines these.
    static let required: [String: Set<String>] = [
        "ClaimReview": ["claimReviewed", "reviewRating", "url", "author"],
        "Rating": ["alternateName"],
    ]

    /// Every problem found in `object`, as "path: problem" lines; empty when it conforms.
    static func problems(in object: [String: Any], path: String = "$") -> [String] {
        guard let type = object["@type"] as? String, let allowed = properties[type] else {
            return ["\(path): unknown or missing @type \(object["@type"] ?? "nil")"]
        }
        var found: [String] = []
        for name in required[type] ?? [] where object[name] == nil { found.append("\(path): \(type) lacks \(name)") }
        for (name, value) in object where !name.hasPrefix("@") {
            guard let expected = allowed[name] else {
                found.append("\(path).\(name): not a property of \(type)")
                continue
            }
            found += check(value, expected: expected, path: "\(path).\(name)")
        }
        return found
    }

    static func check(_ value: Any, expected: Set<String>, path: String) -> [String] {
        if let nested = value as? [String: Any] {
            guard let type = nested["@type"] as? String else { return ["\(path): object without @type"] }
            let accepted = expected.contains(type) || !(supertypes[type] ?? []).isDisjoint(with: expected)
            return accepted ? problems(in: nested, path: path) : ["\(path): \(type) is not one of \(expected.sorted())"]
        }
        if let text = value as? String {
            if expected.contains("Text") { return [] }
            if expected.contains("URL"), let url = URL(string: text), url.scheme != nil || !text.isEmpty { return [] }
            if expected.contains("Date") || expected.contains("DateTime"), isDate(text) { return [] }
            return ["\(path): \"\(text)\" is not a \(expected.sorted())"]
        }
        if value is NSNumber, expected.contains("Number") { return [] }
        return ["\(path): \(value) is not a \(expected.sorted())"]
    }

    /// ISO 8601 date ("2016-12-15") or date-time.
    static func isDate(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10 else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        return digits.allSatisfy { scalars[$0].properties.numericType != nil } && scalars[4] == "-" && scalars[7] == "-"
    }
}
