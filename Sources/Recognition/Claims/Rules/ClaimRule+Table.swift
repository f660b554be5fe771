/// The claim rule table: per rule, its id, what it does and an invented example (a sentence and
/// the claim the rule helps make there). The switch is exhaustive, so a rule cannot be added
/// without its row; `ClaimRuleExampleTests` runs every example.
extension ClaimRule {
    public var entry: ClaimRuleEntry {
        switch self {
        case .clockTime:
            ClaimRuleEntry("clock-time", "Hours and minutes with a colon, with \"a.m.\"/\"p.m.\" and a time zone after them, are a time.",
                           example: .init("The meeting began at 6:30 p.m. on Monday.", "6:30 p.m.", .time, nil, normalized: "18:30"))
        case .meridiemTime:
            ClaimRuleEntry("meridiem-time", "A number with \"am\" or \"pm\" (\"10am\", \"8.30 pm\") is a time.",
                           example: .init("Doors open at 10am daily.", "10am", .time, nil, normalized: "10:00"))
        case .militaryTime:
            ClaimRuleEntry("military-time", "Four digits before a time zone (\"1500 GMT\") are a time.",
                           example: .init("The strike began at 1500 GMT on Friday.", "1500 GMT", .time, nil, normalized: "15:00"))
        case .monthFirstDate:
            ClaimRuleEntry("month-first-date", "A capitalised month, a day and maybe a year (\"March 31, 2025\") are a date.",
                           example: .init("Talks ended on March 31, 2025 in Geneva.", "March 31, 2025", .date, nil, normalized: "2025-03-31"))
        case .monthYearDate:
            ClaimRuleEntry("month-year-date", "A capitalised month before a year (\"March 2021\") is a date.",
                           example: .init("Prices rose in March 2021 across the region.", "March 2021", .date, nil, normalized: "2021-03"))
        case .dayFirstDate:
            ClaimRuleEntry("day-first-date", "A day before a capitalised month, and maybe a year (\"5 December 2016\"), is a date.",
                           example: .init("It opened on 5 December 2016 in Lyon.", "5 December 2016", .date, nil, normalized: "2016-12-05"))
        case .isoDate:
            ClaimRuleEntry("iso-date", "Year, month and day joined by hyphens (\"2021-03-17\") are one date.",
                           example: .init("The law took effect on 2021-03-17 nationwide.", "2021-03-17", .date, nil, normalized: "2021-03-17"))
        case .dottedDate:
            ClaimRuleEntry("dotted-date", "Day, month and year joined by full stops (\"17.03.2021\") are one date.",
                           example: .init("The law took effect on 17.03.2021 nationwide.", "17.03.2021", .date, nil, normalized: "2021-03-17"))
        case .slashedDate:
            ClaimRuleEntry("slashed-date", "Numbers joined by slashes or hyphens ending in a year are a date when one above 12 tells the day.",
                           example: .init("The law took effect on 17/03/2021 nationwide.", "17/03/2021", .date, nil, normalized: "2021-03-17"))
        case .ordinalSuffix:
            ClaimRuleEntry("ordinal-suffix", "Digits with an ordinal suffix (\"3rd\") are an ordinal.",
                           example: .init("She finished 3rd in the race.", "3rd", .ordinal, 3))
        case .decadeAge:
            ClaimRuleEntry("decade-age", "A decade after a possessive (\"in his 70s\") is an age, a duration.",
                           example: .init("The victim was a man in his 70s from the town.", "70s", .duration, 70))
        case .decadeYears:
            ClaimRuleEntry("decade-years", "A decade (\"the 1990s\", \"the '90s\") is a date, its first year the value.",
                           example: .init("Prices doubled in the 1990s as trade grew.", "1990s", .date, 1990))
        case .fractionNumber:
            ClaimRuleEntry("fraction-number", "A fraction glyph or fraction words (\"¾\", \"three-quarters\") are a fraction.",
                           example: .init("Rain fell on ¾ of the county.", "¾", .fraction, 0.75))
        case .proportion:
            ClaimRuleEntry("proportion", "\"One in five\", \"nine out of 10\": a fraction, the first number over the second.",
                           example: .init("The study found one in five adults smoke.", "one in five", .fraction, 0.2))
        case .currencyFirst:
            ClaimRuleEntry("currency-first", "A currency sign before the number (\"$\", \"US$\", \"€\") makes money and starts the span.",
                           example: .init("The company paid $48 for each share.", "$48", .money, 48))
        case .currencyCodeFirst:
            ClaimRuleEntry("currency-code-first", "A currency code or name before the number (\"Ksh 2,500\", \"Rs 5 crore\") makes money and starts the span.",
                           example: .init("The fee is now Ksh 2,500 a month.", "Ksh 2,500", .money, 2500))
        case .currencyNamedAgain:
            ClaimRuleEntry("currency-named-again", "The currency named again after a signed amount (\"$2.3 billion dollars\") ends the span.",
                           example: .init("The line will cost $1.8 billion dollars.", "$1.8 billion dollars", .money, 1.8e9))
        case .gluedPesoCode:
            ClaimRuleEntry("glued-peso-code", "The Colombian peso's code glued to a grouped amount or a scale (\"COP2,000\") makes money; \"COP26\" stays a name.",
                           example: .init("A ride costs COP2,300 in the capital.", "COP2,300", .money, 2300))
        case .gluedUnit:
            ClaimRuleEntry("glued-unit", "A unit glued to the digits (\"5km\", \"20kg\") makes a measure, a duration or money by the unit.",
                           example: .init("He ran 5km on Sunday.", "5km", .measure, 5))
        case .percentSign:
            ClaimRuleEntry("percent-sign", "A percent sign after the number makes a percentage.",
                           example: .init("Sales rose 93% in May.", "93%", .percent, 93))
        case .percentWords:
            ClaimRuleEntry("percent-words", "\"percent\", \"per cent\", \"pct\" or \"percentage points\" after the number make a percentage.",
                           example: .init("Sales rose 12 per cent in May.", "12 per cent", .percent, 12))
        case .currencySignAfter:
            ClaimRuleEntry("currency-sign-after", "A currency sign after the number (\"20 €\") makes money.",
                           example: .init("A ticket costs 20 € now.", "20 €", .money, 20))
        case .leadingUnit:
            ClaimRuleEntry("leading-unit", "A unit written first (\"magnitude 7.6\", \"Category 4\") makes a measure and starts the span.",
                           example: .init("A magnitude 7.6 quake struck the coast.", "magnitude 7.6", .measure, 7.6))
        case .compoundDuration:
            ClaimRuleEntry("compound-duration", "A unit of time hyphenated to the number (\"five-year\", \"23-year-old\") makes a duration.",
                           example: .init("The council approved a five-year plan.", "five-year", .duration, 5))
        case .compoundMeasure:
            ClaimRuleEntry("compound-measure", "A unit of measure hyphenated to the number (\"167-kilometer\") makes a measure.",
                           example: .init("They built a 167-kilometer road.", "167-kilometer", .measure, 167))
        case .compoundCurrency:
            ClaimRuleEntry("compound-currency", "A currency hyphenated to the number (\"20-dollar\") makes money.",
                           example: .init("He paid with a 20-dollar note.", "20-dollar", .money, 20))
        case .poundsOfWeight:
            ClaimRuleEntry("pounds-of-weight", "\"pound\" of a bomb or after a verb of weight (\"weighed 150 pounds\") is a measure, not money.",
                           example: .init("The jet dropped a 500-pound bomb.", "500-pound", .measure, 500))
        case .compoundCount:
            ClaimRuleEntry("compound-count", "A lower-case word hyphenated to the number (\"10-member\") makes a count.",
                           example: .init("A 10-member team arrived.", "10-member", .count, 10))
        case .measureUnit:
            ClaimRuleEntry("measure-unit", "A unit of measure after the number (\"kilometers\", \"degrees Celsius\", \"km per hour\") makes a measure and ends the span.",
                           example: .init("The road is 40 kilometers long.", "40 kilometers", .measure, 40))
        case .durationAdjective:
            ClaimRuleEntry("duration-adjective", "One adjective before a unit of time (\"18 consecutive months\") joins a duration.",
                           example: .init("Prices rose for 18 consecutive months.", "18 consecutive months", .duration, 18))
        case .durationUnit:
            ClaimRuleEntry("duration-unit", "A unit of time after the number (\"24 hours\") makes a duration.",
                           example: .init("He was held for 24 hours without charge.", "24 hours", .duration, 24))
        case .currencyWordAfter:
            ClaimRuleEntry("currency-word-after", "A currency word after the number (\"lei\", \"dollars\") makes money and ends the span.",
                           example: .init("Repairs cost 300 dollars in total.", "300 dollars", .money, 300))
        case .currencyCodeAfter:
            ClaimRuleEntry("currency-code-after", "A capitalised currency code after the number (\"500 NIS\") makes money.",
                           example: .init("The repair cost 500 NIS last week.", "500 NIS", .money, 500))
        case .scaledOfCurrency:
            ClaimRuleEntry("scaled-of-currency", "A scaled number, \"of\" and a currency (\"13 billions of dollars\") is money.",
                           example: .init("Debts reached 13 billions of dollars last year.", "13 billions of dollars", .money, 13e9))
        case .nonASCIICurrency:
            ClaimRuleEntry("non-ascii-currency", "A currency name with letters beyond ASCII after the number (\"krónur\", \"øre\") makes money.",
                           example: .init("The bill came to 400 krónur in the end.", "400 krónur", .money, 400))
        case .exchangeRate:
            ClaimRuleEntry("exchange-rate", "A number before \"per dollar\" or \"against the dollar\" is an exchange rate, money; the span is the number.",
                           example: .init("The peso traded at 1,620 per dollar on Friday.", "1,620", .money, 1620))
        case .currencyNameAfter:
            ClaimRuleEntry("currency-name-after", "A currency named with capitalised words after the number (\"Egyptian pounds\") makes money and ends the span.",
                           example: .init("He was fined 150,000 Egyptian pounds on Monday.", "150,000 Egyptian pounds", .money, 150_000))
        case .degreeSign:
            ClaimRuleEntry("degree-sign", "A degree sign (and \"C\" or \"F\" glued on) after the number makes a measure.",
                           example: .init("Temperatures reached 34° on Monday.", "34°", .measure, 34))
        case .rangeOtherEnd:
            ClaimRuleEntry("range-other-end", "A bare number before \"to\", \"or\", \"and\" or a dash takes the kind and scale of the range's other end; the span is the number.",
                           example: .init("Sentences range from three to eight years in prison.", "three", .duration, 3))
        case .standaloneYear:
            ClaimRuleEntry("standalone-year", "Four digits from 1900 to 2100 (or from 1500 with nothing counted) are a year, a date.",
                           example: .init("He left the firm in 2012 for Paris.", "2012", .date, 2012, normalized: "2012"))
        case .bareAge:
            ClaimRuleEntry("bare-age", "A bare number in an age's place (\"Lacerda, 61,\", \"aged 61\", \"dead at 80\") is an age, a duration.",
                           example: .init("The driver, Lacerda, 61, was unhurt.", "61", .duration, 61))
        case .earlierValueKind:
            ClaimRuleEntry("earlier-value-kind", "A bare number after \"from\" that closes a change of money or a percentage takes that kind.",
                           example: .init("The peso fell to 1,725 pesos per dollar, from 1,462 a year ago.", "1,462", .money, 1462))
        case .countedHead:
            ClaimRuleEntry("counted-head", "A noun after the number (\"40 protesters\") is what it counts: a count, the span ends at the noun.",
                           example: .init("Police arrested 40 protesters on Monday.", "40 protesters", .count, 40))
        case .bareCount:
            ClaimRuleEntry("bare-count", "A number with no unit, no counted noun and no other reading is a count of itself.",
                           example: .init("The final tally reached 40.", "40", .count, 40))
        case .halfScale:
            ClaimRuleEntry("half-scale", "\"half a million\" and the counted noun after it is a count of half the scale.",
                           example: .init("Officials said half a million people fled.", "half a million people", .count, 500_000))
        case .halfAnHour:
            ClaimRuleEntry("half-an-hour", "\"half an hour\", \"half a day\" is a duration of a half.",
                           example: .init("The talks lasted half an hour at most.", "half an hour", .duration, 0.5))
        case .halfPartitive:
            ClaimRuleEntry("half-partitive", "\"half\" before \"of\" or another partitive word is a fraction.",
                           example: .init("They won half of the seats.", "half", .fraction, 0.5))
        case .articleFraction:
            ClaimRuleEntry("article-fraction", "An article and a denominator before \"of\" or a stop (\"a third of\") are a fraction.",
                           example: .init("They won a third of the seats.", "a third", .fraction, 1.0 / 3))
        case .ordinalWord:
            ClaimRuleEntry("ordinal-word", "An ordinal word (\"second\", \"fifth\") that is no fraction is an ordinal.",
                           example: .init("The second round begins soon.", "second", .ordinal, 2))
        case .compoundDurationMerge:
            ClaimRuleEntry("compound-duration-merge", "A duration followed by a smaller unit (\"14 years and six months\") is one span, its value in the first unit.",
                           example: .init("He served 14 years and six months in prison.", "14 years and six months", .duration, 14.5))
        case .scaleWord:
            ClaimRuleEntry("scale-word", "A scale word or suffix after the number (\"million\", \"bn\", \"lakh\", \"dozen\") multiplies the value and joins the span.",
                           example: .init("The plan costs 2.1 billion euros.", "2.1 billion euros", .money, 2.1e9))
        case .moneyAbbreviation:
            ClaimRuleEntry("money-abbreviation", "\"m\", \"b\" or \"k\" on an amount of money (\"$5m\") multiplies its value.",
                           example: .init("The club paid $5m for him.", "$5m", .money, 5e6))
        case .minusSign:
            ClaimRuleEntry("minus-sign", "\"minus\" before the number negates it and starts the span.",
                           example: .init("It fell to minus 15 degrees overnight.", "minus 15 degrees", .measure, -15))
        case .qualifierBefore:
            ClaimRuleEntry("qualifier-before", "A qualifier before the number (\"more than\", \"nearly\", \"up to\") starts the span and bounds the value.",
                           example: .init("Police arrested more than 40 protesters.", "more than 40 protesters", .count, 40))
        }
    }
}
