/// US party-state tags after a lawmaker's name ("Sen. Sherrod Brown, D-Ohio", "Rep. Adam Smith,
/// D-Wash."): the party letter is no entity, the state is a place, written in full or in AP style.
enum PartyStateTag {
    /// AP-style state abbreviations, without their full stop (the tokenizer keeps it outside).
    static let stateAbbreviationHashes: WordHashTable = WordHashTable(
        ["Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
         "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla",
         "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo", "D.C"].map(WordHash.exact))

    /// "R", "D" or "I" alone: the first part of a party-state tag.
    static func isPartyLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ part: Range<Int>) -> Bool {
        guard part.count == 1 else { return false }
        let letter = bytes[part.lowerBound]
        return letter == 0x52 || letter == 0x44 || letter == 0x49
    }

    /// Whether `token` is the state of a party-state tag: directly after "R-", "D-" or "I-".
    static func isState(_ bytes: UnsafeBufferPointer<UInt8>, _ token: EntityToken) -> Bool {
        let start = token.start
        guard token.isCompoundPart, start >= 2, bytes[start - 1] == 0x2D,
              isPartyLetter(bytes, (start - 2)..<(start - 1)) else { return false }
        return start == 2 || !ByteClass.classify(bytes, start - 3).0.isWordCharacter
    }

    /// The byte end of the state's span: an abbreviation keeps its full stop ("Wash."), or nil
    /// when the word is no state abbreviation.
    static func abbreviationEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ token: EntityToken) -> Int? {
        guard stateAbbreviationHashes.contains(token.hash) else { return nil }
        return token.end < bytes.count && bytes[token.end] == 0x2E ? token.end + 1 : token.end
    }
}
