import Annotations
import Foundation

/// One article's ledger claims as a compact blob in the index: every claim with what grouping
/// needs (kind, value, unit, qualifier, subject, event, place, date, attribution…), its sentence
/// (each sentence once) and the places the article names. The article's path and title are not in
/// it: they are the row's, so a renamed file keeps its claims. Bytes that do not decode give nil,
/// and the claims are read again from the stored analysis.
enum LedgerBlob {
    static let formatVersion: UInt8 = 1

    static func encode(_ claims: [LedgerClaim]) -> [UInt8] {
        var writer = AnalysisBlob.Writer()
        writer.bytes.reserveCapacity(160 * claims.count + 16)
        writer.bytes.append(formatVersion)
        // The article's places: the same set on every claim's features.
        let places = (claims.lazy.compactMap { $0.features?.articlePlaces }.first ?? []).sorted()
        writer.integer(places.count)
        for place in places { writer.string(place) }
        var sentenceNumbers: [String: Int] = [:]
        var sentences: [String] = []
        for claim in claims where sentenceNumbers[claim.sentence] == nil {
            sentenceNumbers[claim.sentence] = sentences.count
            sentences.append(claim.sentence)
        }
        writer.integer(sentences.count)
        for sentence in sentences { writer.string(sentence) }
        writer.integer(claims.count)
        for item in claims {
            let claim = item.claim
            writer.string(claim.text)
            writer.string(claim.kind.rawValue)
            writer.number(claim.value)
            writer.optional(claim.normalized)
            writer.optional(claim.qualifier)
            writer.optional(claim.bound?.rawValue)
            writer.optional(claim.unit)
            writer.integer(claim.start)
            writer.integer(claim.end)
            writer.integer(sentenceNumbers[item.sentence]!)
            if let attribution = item.attribution {
                writer.bytes.append(1)
                writer.string(attribution.source)
                writer.string(attribution.phrase)
                writer.string(attribution.cue)
                writer.optional(attribution.entityType?.rawValue)
                writer.string(attribution.place.rawValue)
                writer.integer(attribution.start)
                writer.integer(attribution.end)
            } else {
                writer.bytes.append(0)
            }
            if let features = item.features {
                writer.bytes.append(1 | (features.isLongPeriod ? 2 : 0) | (features.isProjection ? 4 : 0))
                writer.string(features.family)
                writer.string(features.subject)
                writer.optional(features.subjectWord)
                writer.optional(features.event)
                writer.optional(features.eventWord)
                writer.optional(features.place)
                writer.optional(features.placeModifier)
                writer.optional(features.date)
                writer.number(features.baseValue)
                writer.optional(features.refersBackTo)
            } else {
                writer.bytes.append(0)
            }
        }
        return writer.bytes
    }

    /// The claims of the article at `path` titled `title`, nil if the bytes are not a blob of ours.
    static func decode(_ bytes: [UInt8], path: String, title: String) -> [LedgerClaim]? {
        var reader = AnalysisBlob.Reader(bytes: bytes)
        guard reader.byte() == formatVersion, let placeCount = reader.integer() else { return nil }
        var places = Set<String>()
        for _ in 0..<placeCount {
            guard let place = reader.string() else { return nil }
            places.insert(place)
        }
        guard let sentenceCount = reader.integer() else { return nil }
        var sentences: [String] = []
        sentences.reserveCapacity(sentenceCount)
        for _ in 0..<sentenceCount {
            guard let sentence = reader.string() else { return nil }
            sentences.append(sentence)
        }
        guard let claimCount = reader.integer() else { return nil }
        var claims: [LedgerClaim] = []
        claims.reserveCapacity(claimCount)
        for _ in 0..<claimCount {
            guard let text = reader.string(), let kind = reader.string().flatMap(ClaimKind.init(rawValue:)),
                  let value = reader.number(), let normalized = reader.optional(), let qualifier = reader.optional(),
                  let bound = reader.optional(), let unit = reader.optional(), let start = reader.integer(),
                  let end = reader.integer(), let sentence = reader.integer(), sentence < sentences.count,
                  let hasAttribution = reader.byte()
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
                sentence: sentences[sentence], attribution: attribution, features: features))
        }
        return reader.isAtEnd ? claims : nil
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
