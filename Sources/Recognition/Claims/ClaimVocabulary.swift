/// The word lists behind the lexicon: general English number words, units, currencies, months,
/// qualifiers and function words. Nothing here is specific to any one story.
enum ClaimVocabulary {
    static let cardinals: [(String, Double)] = [
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13),
        ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
        ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60),
        ("seventy", 70), ("eighty", 80), ("ninety", 90),
    ]
    static let scales: [(String, Double)] = [
        ("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
        ("mn", 1e6), ("mln", 1e6), ("bn", 1e9), ("bln", 1e9), ("tn", 1e12), ("trn", 1e12), ("k", 1e3),
        ("m", 1e6), ("b", 1e9), ("lakh", 1e5), ("crore", 1e7),
        // Abbreviations of South and Southeast Asian papers: "Rs 1,200 cr", "RM5mil".
        ("cr", 1e7), ("mil", 1e6),
        // Plurals after a number, as some English writes them ("13 billions", "5 lakhs").
        ("millions", 1e6), ("billions", 1e9), ("trillions", 1e12), ("lakhs", 1e5), ("crores", 1e7),
    ]
    static let ordinals: [(String, Int)] = [
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
        ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13),
        ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18),
        ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30), ("fortieth", 40), ("fiftieth", 50),
        ("sixtieth", 60), ("seventieth", 70), ("eightieth", 80), ("ninetieth", 90), ("hundredth", 100),
        ("thousandth", 1000), ("millionth", 1_000_000),
    ]
    /// Fraction denominators, singular and plural.
    static let denominators: [(String, Int)] = [
        ("half", 2), ("halves", 2), ("third", 3), ("thirds", 3), ("quarter", 4), ("quarters", 4), ("fourth", 4),
        ("fourths", 4), ("fifth", 5), ("fifths", 5), ("sixth", 6), ("sixths", 6), ("seventh", 7), ("sevenths", 7),
        ("eighth", 8), ("eighths", 8), ("ninth", 9), ("ninths", 9), ("tenth", 10), ("tenths", 10),
        ("hundredth", 100), ("hundredths", 100), ("thousandth", 1000), ("thousandths", 1000),
    ]
    static let months: [(String, Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
        ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Units of time with their length in seconds.
    static let durations: [(String, Double)] = [
        ("second", 1), ("seconds", 1), ("sec", 1), ("secs", 1), ("minute", 60), ("minutes", 60), ("min", 60),
        ("mins", 60), ("hour", 3600), ("hours", 3600), ("hr", 3600), ("hrs", 3600), ("day", 86400),
        ("days", 86400), ("night", 86400), ("nights", 86400), ("week", 604_800), ("weeks", 604_800),
        ("fortnight", 1_209_600), ("fortnights", 1_209_600), ("month", 2_629_800), ("months", 2_629_800),
        ("quarters", 7_889_400), ("year", 31_557_600), ("years", 31_557_600), ("yr", 31_557_600),
        ("yrs", 31_557_600), ("decade", 315_576_000), ("decades", 315_576_000), ("century", 3_155_760_000),
        ("centuries", 3_155_760_000), ("millennium", 31_557_600_000), ("millennia", 31_557_600_000),
    ]
    static let measures = [
        "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "mi", "metre", "metres",
        "meter", "meters", "cm", "mm", "centimetre", "centimetres", "centimeter", "centimeters", "millimetre",
        "millimetres", "millimeter", "millimeters", "ft", "foot", "feet", "inch", "inches", "yard", "yards",
        "acre", "acres", "hectare", "hectares", "ha", "tonne", "tonnes", "ton", "tons", "kg", "kgs", "kilogram",
        "kilograms", "kilo", "kilos", "gram", "grams", "lb", "lbs", "ounce", "ounces", "oz", "litre", "litres",
        "liter", "liters", "ml", "gallon", "gallons", "barrel", "barrels", "bpd", "degree", "degrees", "mph",
        "kph", "kmh", "knot", "knots", "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh", "watt", "watts",
        "kilowatt", "kilowatts", "megawatt", "megawatts", "gigawatt", "gigawatts", "volt", "volts", "calorie",
        "calories", "kcal", "decibel", "decibels", "db", "gb", "tb", "mb", "kb", "nautical", "magnitude",
        "sqm", "sqft", "mt", "mmt",
        "mg", "milligram", "milligrams", "milligramme", "milligrammes", "mcg", "microgram", "micrograms",
        "nanogram", "nanograms", "gramme", "grammes", "kilogramme", "kilogrammes", "millilitre", "millilitres",
        "milliliter", "milliliters", "cl", "centilitre", "centilitres", "pint", "pints", "quart", "quarts",
        "bushel", "bushels", "carat", "carats", "quintal", "quintals", "terabyte", "terabytes", "gigabyte",
        "gigabytes", "megabyte", "megabytes", "kilobyte", "kilobytes", "petabyte", "petabytes", "nanometre",
        "nanometres", "nanometer", "nanometers", "nm", "micron", "microns", "micrometre", "micrometres",
        "hectometre", "hectometres", "hectometer", "hectometers", "teu", "teus", "dunam", "dunams", "feddan",
        "feddans", "hectopascal", "hectopascals", "hpa", "millibar", "millibars", "psi", "kmph",
    ]
    static let leadingUnits = ["magnitude", "category", "level", "force"]
    static let unitModifiers = ["square", "sq", "cubic", "cu", "nautical", "metric", "light"]
    static let unitTails = ["celsius", "fahrenheit", "centigrade", "c", "f"]
    static let currencies = [
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan", "renminbi",
        "rupee", "rupees", "rouble", "roubles", "ruble", "rubles", "franc", "francs", "lira", "lire",
        "shekel", "shekels", "dinar", "dinars", "dirham", "dirhams", "riyal", "riyals", "rial", "rials",
        "reais", "real", "peso", "pesos", "naira", "rand", "krona", "kronor", "krone", "kroner", "zloty",
        "zlotys", "lei", "leu", "forint", "forints", "ringgit", "baht", "cedi", "cedis", "shilling",
        "shillings", "kwacha", "bitcoin", "bitcoins", "cent", "cents", "pence", "rupiah", "hryvnia",
        "hryvnias", "usd", "eur", "gbp", "jpy", "cny", "inr", "rs", "won", "taka", "birr", "som",
        "crown", "crowns", "kip", "riel", "riels", "piastre", "piastres", "gourde", "gourdes", "soles",
        "bolivar", "bolivars", "boliviano", "bolivianos", "quetzal", "quetzales", "lempira", "lempiras",
        "guarani", "guaranis", "tenge", "manat", "manats", "lari", "dram", "drams", "somoni", "afghani",
        "afghanis", "kyat", "kyats", "kina", "vatu", "tala", "leone", "leones", "dalasi", "ouguiya", "ariary",
        "pula", "kwanza", "kwanzas", "metical", "meticais", "lev", "leva", "kuna", "denar", "denars",
        "dong", "ngultrum", "rufiyaa", "paise", "kobo", "fils", "halalas", "centavos", "kopecks", "kopeks",
        "escudos", "pesetas", "drachmas",
    ]
    /// Currency codes (ISO 4217) and local symbols written as letters. Before a number they need a capital
    /// ("KES 500", "Ksh. 2,363", "Rs1.2 million"); one-letter symbols count only glued to digits ("R20"),
    /// and the naira's N only before a scale ("N5 billion", not "N95").
    /// Codes that are also everyday words or names (ALL, TOP, PEN, COP, TRY, BOB, MAD, RON, CUP) are left out.
    static let currencyCodes = [
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "chf", "cad", "aud", "nzd", "hkd", "sgd", "twd", "krw",
        "idr", "myr", "thb", "vnd", "php", "khr", "lak", "mmk", "bdt", "pkr", "lkr", "npr", "mvr", "afn", "irr",
        "iqd", "syp", "lbp", "jod", "ils", "nis", "egp", "lyd", "tnd", "dzd", "mru", "xof", "xaf", "ngn", "ghs",
        "kes", "ugx", "tzs", "etb", "rwf", "zar", "zmw", "mwk", "mzn", "aoa", "mur", "mga", "aed", "sar", "qar",
        "kwd", "bhd", "omr", "yer", "rub", "uah", "byn", "kzt", "uzs", "azn", "mdl", "pln", "czk", "huf", "rsd",
        "sek", "nok", "dkk", "isk", "mnt", "fjd", "pgk", "vuv", "wst", "xpf", "mxn", "gtq", "hnl", "nio", "dop",
        "jmd", "ttd", "xcd", "bbd", "htg", "bsd", "brl", "ars", "clp", "uyu", "pyg", "ves", "gyd", "srd", "sdg",
        "ksh", "kshs", "sh", "shs", "birr", "cfa", "fcfa", "jd", "ll", "ush", "tsh", "rs", "tk", "dh", "dhs", "kd", "bd", "sr", "qr", "rm", "rp",
        "vt", "kr", "r", "n",
    ]
    /// Currency names written with letters beyond ASCII (lowercase), looked up only right after a number.
    static let nonASCIICurrencies: Set<String> = [
        "króna", "krónur", "øre", "öre", "złoty", "złote", "złotych", "grosz", "groszy", "córdoba", "córdobas",
        "colón", "colónes", "guaraní", "guaraníes", "rúpia", "dólares", "dólar",
    ]
    static let longestNonASCIICurrency = nonASCIICurrencies.map(\.utf8.count).max() ?? 0
    static let percentWords = ["percent", "pct", "per", "percentage"]
    static let timeZones = [
        "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "bst", "cet",
        "cest", "eet", "eest", "ist", "jst", "msk", "aest", "aedt", "wib", "hkt", "sgt", "sast", "wat", "eat",
    ]
    static let meridiems = ["am", "pm"]
    /// Single words that qualify a number, with their bound.
    static let qualifiers: [(String, ClaimBound)] = [
        ("about", .approximate), ("around", .approximate), ("roughly", .approximate),
        ("approximately", .approximate), ("approx", .approximate), ("some", .approximate),
        ("nearer", .approximate), ("circa", .approximate), ("estimated", .approximate),
        ("nearly", .upper), ("almost", .upper), ("under", .upper), ("over", .lower), ("upwards", .lower),
        ("upward", .lower), ("below", .upper), ("above", .lower),
    ]
    /// First words of multi-word qualifiers, so that the parser looks at them.
    static let qualifierHeads = ["more", "less", "fewer", "at", "up", "as", "an", "just", "close", "in", "well",
                                 "no", "not", "than", "to", "least", "most", "many", "much", "few", "little",
                                 "excess", "of", "slightly", "shy", "greater"]
    static let pluralNouns = [
        "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "sheep", "livestock",
        "fish", "deer", "aircraft", "crew", "teeth", "geese", "mice", "folk", "militia", "infantry",
        "clergy", "youth", "offspring", "series", "species", "head",
    ]
    /// Participles that news uses as counted nouns ("more than 200 wounded"); "homeless" and the like
    /// are usually predicates ("made 11 million homeless") and are left out.
    /// Possessives before a two-digit decade that make it an age ("in his 70s").
    static let possessives: Set<String> = ["his", "her", "their", "my", "our", "your"]
    /// Second halves of number compounds that are idioms, not quantities ("one-off", "two-way").
    static let idiomCompounds: Set<String> = ["off", "way", "sided", "on", "liner", "liners", "size", "fold"]
    /// Words after "half" that make it a fraction ("half of", "half the").
    static let partitiveWords: Set<String> = ["of", "the", "its", "their", "his", "her", "our", "all", "that", "those", "these"]
    /// Units of time a rate may be "per" ("km per hour").
    static let ratePeriods: Set<String> = ["hour", "day", "year", "second", "minute", "week", "month"]
    /// Words that end a street name after a house number ("12 Baker Street").
    static let streetWords: Set<String> = ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Boulevard", "Blvd",
                                           "Drive", "Place", "Square", "Way", "Court", "Terrace", "Crescent"]
    /// Adjectives that may stand between a number and its unit of time ("18 consecutive months").
    static let durationAdjectives = ["consecutive", "straight", "successive", "full", "additional", "extra",
                                                  "further", "more", "whole", "long", "financial", "fiscal", "calendar",
                                                  "academic", "school", "working", "business", "tax"]
    /// Words before digits that make them a reference into a text ("article 14"), not a quantity.
    static let referenceWords = ["article", "articles", "section", "sections", "subsection", "clause",
                                              "clauses", "paragraph", "paragraphs", "chapter", "chapters", "annex"]
    /// Words the parser compares by text but that play no other part ("percentage points").
    static let plainWords = ["financial", "fiscal", "calendar", "academic", "school", "working",
                             "business", "tax", "basis", "point", "points", "mid", "pre", "post", "early", "late", "ex", "consecutive", "straight", "successive", "full", "additional", "extra",
                             "further", "whole", "long"]
    static let headAdjectives = ["wounded", "injured", "dead"]
    /// Words before a number of pounds that make them weight, not money ("weighed 150 pounds").
    static let weightWords: Set<String> = ["weigh", "weighs", "weighed", "weighing", "weight", "heavy", "heavier",
                                           "lighter", "lose", "loses", "lost", "losing", "gain", "gained", "gaining",
                                           "shed"]
    static let ageMarkers = ["aged", "age"]
    /// Words before "at" and a number that make the number an age ("dead at 80", "retired at 55").
    static let lifeEvents = ["dead", "died", "dies", "death", "retire", "retires", "retired", "retiring",
                                          "retirement", "married"]
    /// Superlatives before an age ("the youngest was 19", "the oldest 63").
    static let ageSuperlatives = ["youngest", "oldest", "eldest"]
    /// Words right before a number that may make it an age ("dead at 80", "the youngest was 19", "aged 34 and 29").
    static let ageLinks = ["at", "was", "is", "turned", "turns", "and", "to", "or"]
    static let personalPronouns = ["i", "he", "she", "we", "they", "you"]
    /// Function words and frequent verbs: a counted head never runs through them.
    static let stopWords = [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "but", "as",
        "that", "which", "who", "whom", "whose", "were", "was", "is", "are", "be", "been", "being", "had", "have",
        "has", "will", "would", "could", "should", "may", "might", "must", "can", "did", "do", "does", "this",
        "these", "those", "their", "its", "his", "her", "our", "your", "my", "than", "more", "less", "not", "no",
        "so", "per", "into", "onto", "over", "under", "after", "before", "since", "during", "while", "when",
        "where", "what", "each", "every", "all", "other", "such", "only", "also", "then", "there", "here", "it",
        "they", "them", "he", "she", "we", "you", "i", "said", "says", "say", "ago", "earlier", "later", "last",
        "next", "against", "between", "among", "about", "around", "up", "down", "out", "off", "back", "away",
        "now", "still", "yet", "already", "just", "even", "both", "either", "neither", "nor", "if", "because",
        "though", "although", "via", "through", "across", "behind", "ahead", "above", "below", "near", "within",
        "without", "toward", "towards", "including", "like", "unlike", "alone", "each", "old", "cent", "local", "time", "times", "clock", "o", "s", "t", "p", "least", "most", "many", "much", "few",
        "little", "excess", "well", "close", "upwards", "nearly", "almost", "roughly", "some", "any", "plus",
        "minus", "again", "too", "very", "respectively", "apiece", "each", "total", "overall", "instead",
        "according", "compared", "versus", "vs", "am", "pm", "is", "got", "get", "gets", "made", "make",
        "makes", "went", "go", "goes", "came", "come", "comes", "took", "take", "takes", "left", "fell", "rose",
        "killed", "died", "being", "per", "how", "why", "whether", "whereas", "unless", "until", "till",
        "out", "upon", "despite", "beyond", "amid", "amidst", "throughout", "along", "inside", "outside",
        "another", "fully", "perhaps", "maybe", "exactly", "precisely", "barely", "nearly", "since", "page",
    ]

    /// Every (word, entry) pair; a word in several lists gets the union of its roles.
    static func entries() -> [(String, ClaimWord)] {
        var result: [(String, ClaimWord)] = []
        for (text, number) in cardinals { result.append((text, ClaimWord(roles: .cardinal, number: number))) }
        for (text, number) in scales { result.append((text, ClaimWord(roles: .scale, number: number))) }
        // "two dozens", as some English writes it; "dozens" alone is vague and stays no claim.
        for text in ["dozen", "dozens"] { result.append((text, ClaimWord(roles: .dozen, number: 12))) }
        for (text, position) in ordinals { result.append((text, ClaimWord(roles: .ordinal, ordinal: position))) }
        for (suffix, position) in [("st", 1), ("nd", 2), ("rd", 3), ("th", 4)] {
            result.append((suffix, ClaimWord(roles: .ordinal, ordinal: position)))
        }
        for (text, bottom) in denominators { result.append((text, ClaimWord(roles: .denominator, denominator: bottom))) }
        for (text, month) in months { result.append((text, ClaimWord(roles: .month, month: month))) }
        for text in weekdays { result.append((text, ClaimWord(roles: .weekday))) }
        for (text, seconds) in durations { result.append((text, ClaimWord(roles: .durationUnit, seconds: seconds))) }
        for text in measures { result.append((text, ClaimWord(roles: .measureUnit))) }
        for text in leadingUnits { result.append((text, ClaimWord(roles: .leadingUnit))) }
        for text in unitModifiers { result.append((text, ClaimWord(roles: .unitModifier))) }
        for text in unitTails { result.append((text, ClaimWord(roles: .unitTail))) }
        for text in currencies { result.append((text, ClaimWord(roles: .currency))) }
        for text in currencyCodes { result.append((text, ClaimWord(roles: .currencyCode))) }
        for text in percentWords { result.append((text, ClaimWord(roles: .percent))) }
        for text in timeZones { result.append((text, ClaimWord(roles: .timeZone))) }
        for text in meridiems { result.append((text, ClaimWord(roles: .meridiem))) }
        for (text, bound) in qualifiers { result.append((text, ClaimWord(roles: .qualifier, bound: bound))) }
        for text in qualifierHeads { result.append((text, ClaimWord(roles: .qualifier))) }
        for text in pluralNouns { result.append((text, ClaimWord(roles: .pluralNoun))) }
        for text in headAdjectives { result.append((text, ClaimWord(roles: .headAdjective))) }
        for text in ageMarkers { result.append((text, ClaimWord(roles: .ageMarker))) }
        for text in lifeEvents { result.append((text, ClaimWord(roles: .lifeEvent))) }
        for text in ageSuperlatives { result.append((text, ClaimWord(roles: .ageSuperlative))) }
        for text in personalPronouns { result.append((text, ClaimWord(roles: .personalPronoun))) }
        for text in referenceWords { result.append((text, ClaimWord(roles: .reference))) }
        for text in ageLinks { result.append((text, ClaimWord(roles: .ageLink))) }
        for text in durationAdjectives { result.append((text, ClaimWord(roles: .durationAdjective))) }
        for text in stopWords { result.append((text, ClaimWord(roles: .stop))) }
        for text in plainWords { result.append((text, ClaimWord(roles: []))) }
        for text in ["a", "an"] { result.append((text, ClaimWord(roles: .article))) }
        return result
    }
}
