import Annotations
import Foundation

/// One article's ledger claims as a compact blob in the index: every claim with what grouping
/// needs (kind, value, unit, qualifier, subject, event, place, date, attribution…), its sentence
/// (each sentence once) and the places the article names. The article's path and title are not in
/// it: they are the row's, so a renamed file keeps its claims. Every text is written once in a table
/// and named by number (a source, a place, an event word recur across an article's claims), which
/// keeps the blob small and lets the decoded claims share their strings. Bytes that do not decode
/// give nil, and the claims are read again from the stored analysis.
enum LedgerBlob {
    static let formatVersion: UInt8 = 2
    /// What the `version` column of a row holds: the rules that read the claims and this format.
    /// Rows with another are read again.
    static var storedVersion: Int { ClaimLedger.readerVersion << 8 | Int(formatVersion) }

    /// The article's texts, each once, numbered in order of first use.
    struct StringTable {
        var numbers: [String: Int] = [:]
        var strings: [String] = []

        mutating func number(_ text: String) -> Int {
            if let known = numbers[text] { return known }
            numbers[text] = strings.count
            strings.append(text)
            return strings.count - 1
        }
    }

    /// Writes the claims' fields, with texts as numbers into `table`.
    struct BodyWriter {
        var writer = AnalysisBlob.Writer()
        var table = StringTable()

        mutating func string(_ text: String) { writer.integer(table.number(text)) }
        /// Absent as 0, present as its number plus one.
        mutating func optional(_ text: String?) { writer.integer(text.map { table.number($0) + 1 } ?? 0) }
        mutating func integer(_ value: Int) { writer.integer(value) }
        mutating func number(_ value: Double?) { writer.number(value) }
        mutating func byte(_ value: UInt8) { writer.bytes.append(value) }
    }

    /// Reads the claims' fields, with texts looked up in the table.
    struct BodyReader {
        var reader: AnalysisBlob.Reader
        let strings: [String]

        mutating func string() -> String? {
            guard let number = reader.integer(), number < strings.count else { return nil }
            return strings[number]
        }
        mutating func optional() -> String?? {
            guard let number = reader.integer(), number <= strings.count else { return nil }
            return number == 0 ? .some(nil) : .some(strings[number - 1])
        }
        mutating func integer() -> Int? { reader.integer() }
        mutating func number() -> Double?? { reader.number() }
        mutating func byte() -> UInt8? { reader.byte() }
    }

    static func encode(_ claims: [LedgerClaim]) -> [UInt8] {
        var body = BodyWriter()
        body.writer.bytes.reserveCapacity(48 * claims.count + 16)
        // The article's places: the same set on every claim's features.
        let places = (claims.lazy.compactMap { $0.features?.articlePlaces }.first ?? []).sorted()
        body.integer(places.count)
        for place in places { body.string(place) }
        body.integer(claims.count)
        for item in claims {
            let claim = item.claim
            body.string(claim.text)
            body.string(claim.kind.rawValue)
            body.number(claim.value)
            body.optional(claim.normalized)
            body.optional(claim.qualifier)
            body.optional(claim.bound?.rawValue)
            body.optional(claim.unit)
            body.integer(claim.start)
            body.integer(claim.end)
            body.string(item.sentence)
            if let attribution = item.attribution {
                body.byte(1)
                body.string(attribution.source)
                body.string(attribution.phrase)
                body.string(attribution.cue)
                body.optional(attribution.entityType?.rawValue)
                body.string(attribution.place.rawValue)
                body.integer(attribution.start)
                body.integer(attribution.end)
            } else {
                body.byte(0)
            }
            if let features = item.features {
                body.byte(1 | (features.isLongPeriod ? 2 : 0) | (features.isProjection ? 4 : 0))
                body.string(features.family)
                body.string(features.subject)
                body.optional(features.subjectWord)
                body.optional(features.event)
                body.optional(features.eventWord)
                body.optional(features.place)
                body.optional(features.placeModifier)
                body.optional(features.date)
                body.number(features.baseValue)
                body.optional(features.refersBackTo)
            } else {
                body.byte(0)
            }
        }
        var writer = AnalysisBlob.Writer()
        writer.bytes.reserveCapacity(body.writer.bytes.count + 24 * body.table.strings.count + 8)
        writer.bytes.append(formatVersion)
        writer.integer(body.table.strings.count)
        for text in body.table.strings { writer.string(text) }
        writer.bytes.append(contentsOf: body.writer.bytes)
        return writer.bytes
    }

    /// The claims of the article at `path` titled `title`, nil if the bytes are not a blob of ours.
    static func decode(_ bytes: [UInt8], path: String, title: String) -> [LedgerClaim]? {
        var header = AnalysisBlob.Reader(bytes: bytes)
        guard header.byte() == formatVersion, let stringCount = header.integer(), stringCount <= bytes.count else { return nil }
        var strings: [String] = []
        strings.reserveCapacity(stringCount)
        for _ in 0..<stringCount {
            guard let text = header.string() else { return nil }
            strings.append(text)
        }
        var reader = BodyReader(reader: header, strings: strings)
        guard let placeCount = reader.integer(), placeCount <= stringCount else { return nil }
        var places = Set<String>()
        for _ in 0..<placeCount {
            guard let place = reader.string() else { return nil }
            places.insert(place)
        }
        guard let claimCount = reader.integer(), claimCount <= bytes.count else { return nil }
        var claims: [LedgerClaim] = []
        claims.reserveCapacity(claimCount)
        for _ in 0..<claimCount {
            guard let text = reader.string(), let kind = reader.string().flatMap(ClaimKind.init(rawValue:)),
                  let value = reader.number(), let normalized = reader.optional(), let qualifier = reader.optional(),
                  let bound = reader.optional(), let unit = reader.optional(), let start = reader.integer(),
                  let end = reader.integer(), let sentence = reader.string(), let hasAttribution = reader.byte()
            else { return nil }
            let claimBound = bound.flatMap { ClaimBound(rawValue: $0) }
            if bound != nil, claimBound == nil { return nil }
            var attribution: ClaimAttribution?
            if hasAttribution == 1 {
                guard let source = reader.string(), let phrase = reader.string(), let cue = reader.string(),
                      let type = reader.optional(), let place = reader.string().flatMap(ClaimAttribution.Place.init(rawValue:)),
                      let phraseStart = reader.integer(), let phraseEnd = reader.integer()
                else { return nil }
                let entityType = type.flatMap { EntityType(rawValue: $0) }
                if type != nil, entityType == nil { return nil }
                attribution = ClaimAttribution(source: source, phrase: phrase, cue: cue, entityType: entityType, place: place,
                                               start: phraseStart, end: phraseEnd)
            } else if hasAttribution != 0 {
                return nil
            }
            guard let featureFlags = reader.byte() else { return nil }
            var features: ClaimFeatures?
            if featureFlags & 1 == 1 {
                guard let family = reader.string(), let subject = reader.string(), let subjectWord = reader.optional(),
                      let event = reader.optional(), let eventWord = reader.optional(), let place = reader.optional(),
                      let placeModifier = reader.optional(), let date = reader.optional(), let baseValue = reader.number(),
                      let refersBackTo = reader.optional()
                else { return nil }
                var read = ClaimFeatures(family: family, subject: subject, subjectWord: subjectWord, event: event,
                                         eventWord: eventWord, place: place, placeModifier: placeModifier,
                                         isLongPeriod: featureFlags & 2 != 0, date: date, baseValue: baseValue,
                                         refersBackTo: refersBackTo)
                read.isProjection = featureFlags & 4 != 0
                read.articlePlaces = places
                features = read
            } else if featureFlags != 0 {
                return nil
            }
            claims.append(LedgerClaim(
                id: .init(path: path, start: start, end: end), articleTitle: title,
                claim: Claim(text: text, kind: kind, value: value, normalized: normalized, qualifier: qualifier,
                             bound: claimBound, unit: unit, start: start, end: end),
                sentence: sentence, attribution: attribution, features: features))
        }
        return reader.reader.isAtEnd ? claims : nil
    }
}

extension AnalysisBlob.Writer {
    /// A number that may be absent: a flag byte, then its bits.
    mutating func number(_ value: Double?) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }
}

extension AnalysisBlob.Reader {
    /// nil when the bytes are bad; .some(nil) when the number is absent.
    mutating func number() -> Double?? {
        guard let flag = byte() else { return nil }
        if flag == 0 { return .some(nil) }
        guard flag == 1, let bits = word() else { return nil }
        return .some(Double(bitPattern: bits))
    }
}
