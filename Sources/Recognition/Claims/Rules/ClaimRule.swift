/// A named rule of the claim scanner. Each decision that makes a claim, sets its kind, moves its
/// span's start (a qualifier, a currency first, "minus") or end (a unit, a scale word, a currency
/// name) or its value is recorded per claim while explaining (`ClaimRecognizer.explanation`), so
/// that `reader analyze --explain` can say why each claim has its kind, span and value. The table
/// of ids, descriptions and examples is `entry` (ClaimRule+Table.swift).
///
/// A byte each: a claim holds up to eight (`ClaimRuleTrace`). The raw values are no contract (ids
/// are), so new rules go anywhere.
public enum ClaimRule: UInt8, Sendable, CaseIterable {
    // Dates and times (ClaimScanner+Dates).
    case clockTime
    case meridiemTime
    case militaryTime
    case monthFirstDate
    case monthYearDate
    case dayFirstDate
    case isoDate
    case dottedDate
    case slashedDate
    // Numbers that are their own kind (ClaimScanner+Claims).
    case ordinalSuffix
    case decadeAge
    case decadeYears
    case fractionNumber
    case proportion
    // Units that decide a quantity's kind (ClaimScanner+Units).
    case currencyFirst
    case currencyCodeFirst
    case currencyNamedAgain
    case gluedPesoCode
    case gluedUnit
    case percentSign
    case percentWords
    case currencySignAfter
    case leadingUnit
    case compoundDuration
    case compoundMeasure
    case compoundCurrency
    case poundsOfWeight
    case compoundCount
    case measureUnit
    case durationAdjective
    case durationUnit
    case currencyWordAfter
    case currencyCodeAfter
    case scaledOfCurrency
    case nonASCIICurrency
    case exchangeRate
    case currencyNameAfter
    case degreeSign
    case rangeOtherEnd
    // Quantities without a unit (ClaimScanner+Claims).
    case standaloneYear
    case bareAge
    case earlierValueKind
    case countedHead
    case bareCount
    // Lone fraction words and ordinals.
    case halfScale
    case halfAnHour
    case halfPartitive
    case articleFraction
    case ordinalWord
    // Span and value.
    case compoundDurationMerge
    case scaleWord
    case moneyAbbreviation
    case minusSign
    case qualifierBefore

    /// The stable kebab-case id.
    public var id: String { entry.id }

    /// The rule with the id `id`, or nil.
    public init?(id: String) {
        guard let rule = Self.allCases.first(where: { $0.id == id }) else { return nil }
        self = rule
    }
}
