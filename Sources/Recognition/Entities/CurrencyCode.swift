/// ISO 4217 currency codes, which news glues to amounts ("VND5,000", "INR20 crore"): such a token
/// is money, not an organisation.
enum CurrencyCode {
    static let hashes: WordHashTable = WordHashTable(
        ["USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "VND", "IDR", "PHP", "THB", "MYR", "SGD", "HKD", "TWD", "KRW",
         "AUD", "NZD", "CAD", "CHF", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "TRY", "RUB",
         "UAH", "ZAR", "NGN", "KES", "GHS", "EGP", "MAD", "TZS", "UGX", "ETB", "XOF", "XAF", "PKR", "BDT", "LKR",
         "NPR", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "UYU", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "ILS",
         "IRR", "IQD", "JOD", "LBP", "KZT", "FJD", "PGK", "XPF", "MMK", "KHR", "LAK", "MNT"].map(WordHash.exact))

    /// Currency abbreviations written in mixed case before an amount ("Ksh 2,500", "Rs 450", "Rs. 450",
    /// "Dh 50", "Tk 5 lakh"): Kenyan, Tanzanian and Ugandan shillings, dirhams, taka, rupees, rupiah.
    static let abbreviationHashes: WordHashTable = WordHashTable(
        ["Ksh", "KSh", "Kshs", "Tsh", "TSh", "Ush", "USh", "Sh", "Shs", "Dh", "Dhs", "Tk", "Rs", "Rp"].map(WordHash.exact))

    /// Three capitals and then a digit, the capitals a currency code.
    static func startsAmount(_ bytes: UnsafeBufferPointer<UInt8>, _ token: EntityToken) -> Bool {
        guard token.end - token.start >= 4, bytes[token.start + 3] >= 0x30, bytes[token.start + 3] <= 0x39 else { return false }
        return hashes.contains(WordHash.exact(bytes, token.start..<(token.start + 3)))
    }
}
