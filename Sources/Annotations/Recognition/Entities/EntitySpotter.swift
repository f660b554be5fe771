/// Finds mentions within one document's tokens, sentence by sentence, from capitalisation and
/// the lexicon: titles, organisation and place cue words, gazetteers, given names.
///
/// Capitalised words that join (one or two spaces apart, "of"/"for"/name particles between them)
/// form a chunk; each chunk is cut into mentions left to right. Single unknown capitalised words
/// are left untyped for `MentionLinker` to settle with evidence from the whole document.
struct EntitySpotter {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [EntityToken]
    let lexicon: EntityLexicon

    /// Lower-case words that may sit inside a name ("Army of Conquest", "Ludwig van Beethoven").
    static let connectorHashes: Set<UInt64> = Set(["of", "for", "and", "de", "da", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "du", "del", "di", "dos", "das", "y", "ibn", "abu", "bint", "ben"].map(WordHash.exact))
    /// Connectors that only an organisation or place name may span ("of", "for", "and").
    static let institutionalConnectorHashes: Set<UInt64> = Set(["of", "for", "and"].map(WordHash.exact))

    func mentions() -> [EntityMention] {
        var found: [EntityMention] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isCapitalized else { index += 1; continue }
            let chunkEnd = self.chunkEnd(from: index)
            segment(index..<chunkEnd, into: &found)
            index = chunkEnd
        }
        return found
    }

    // MARK: Chunks

    private func chunkEnd(from start: Int) -> Int {
        var end = start + 1
        while end < tokens.count, tokens[end].joinsPrevious {
            if tokens[end].isCapitalized { end += 1; continue }
            if Self.connectorHashes.contains(tokens[end].hash), end + 1 < tokens.count,
               tokens[end + 1].joinsPrevious, tokens[end + 1].isCapitalized {
                end += 2
                continue
            }
            break
        }
        return end
    }

    private func segment(_ chunk: Range<Int>, into found: inout [EntityMention]) {
        var position = chunk.lowerBound
        var afterTitle = chunk.lowerBound > 0 && tokens[chunk.lowerBound].joinsPrevious
            && lexicon.word(tokens[chunk.lowerBound - 1]).contains(.title)
        while position < chunk.upperBound {
            let token = tokens[position]
            if !token.isCapitalized { position += 1; continue }
            let entry = lexicon.word(token)
            let phrase = longestPhrase(from: position, before: chunk.upperBound)

            if phrase == nil, entry.contains(.stopWord) {
                position += 1
                continue
            }
            // An organisation cue later in the chunk makes everything up to it one organisation.
            if let organisationEnd = organisationEnd(from: position, before: chunk.upperBound),
               phrase.map({ $0.end < organisationEnd }) ?? true {
                append(position..<organisationEnd, .org, to: &found)
                position = organisationEnd
                afterTitle = false
                continue
            }
            // A given name that is also a place ("George", "Jordan") before another name is a person.
            if let phrase, !(entry.contains(.givenName) && phrase.end == position + 1 && startsPersonName(after: position, chunk)) {
                var end = phrase.end
                if phrase.type == .place || phrase.type == nil { end = extendPlace(end, chunk) }
                append(position..<end, phrase.type ?? .place, to: &found)
                position = end
                afterTitle = false
                continue
            }
            if entry.contains(.title) {
                position = titleEnd(from: position, chunk)
                afterTitle = true
                continue
            }
            if entry.contains(.stopWord) || (entry.contains(.nonEntityAcronym) && token.isAllCaps) {
                position += 1
                continue
            }
            let runEnd = nameRunEnd(from: position, chunk, personEvidence: afterTitle || entry.contains(.givenName))
            let run = position..<runEnd
            position = runEnd
            if run.count == 1 {
                if afterTitle { append(run, .person, to: &found) } else if let placeEnd = placeWordEnd(run, chunk) {
                    append(run.lowerBound..<placeEnd, .place, to: &found)
                    position = max(position, placeEnd)
                } else { append(run, nil, to: &found) }
            } else if lexicon.word(tokens[run.upperBound - 1]).contains(.placeWord) {
                append(run, .place, to: &found)
            } else {
                let placeEnd = placeWordEnd(run, chunk)
                if let placeEnd { append(run.lowerBound..<placeEnd, .place, to: &found); position = max(position, placeEnd) } else {
                    // Capitalised words without a cue: a sentence-initial common word is no name.
                    let first = tokens[run.lowerBound]
                    if isWeak(first), lexicon.commonWords.contains(first.lowerHash), !entry.contains(.givenName) {
                        position = run.lowerBound + 1
                        continue
                    }
                    append(run, .person, to: &found)
                }
            }
            afterTitle = false
        }
    }

    // MARK: Pieces of a chunk

    /// The longest known place, organisation or nationality starting at `start`.
    private func longestPhrase(from start: Int, before end: Int) -> (end: Int, type: EntityType?)? {
        var hash = WordHash.offsetBasis
        var best: (end: Int, type: EntityType?)?
        var index = start
        while index < end, index - start < lexicon.longestPhrase {
            if index > start, !tokens[index].joinsPrevious { break }
            hash = WordHash.phrase(hash, appending: tokens[index].hash)
            guard let entry = lexicon.entries[hash] else { break }
            if let type = entry.phraseType, tokens[index].isCapitalized { best = (index + 1, type) }
            if !entry.contains(.phrasePrefix) { break }
            index += 1
        }
        return best
    }

    /// The end of an organisation whose cue word ("Ministry", "Observatory", "Front") lies in the
    /// chunk after `start`, extended through "of"/"for" phrases ("Observatory for Human Rights").
    private func organisationEnd(from start: Int, before end: Int) -> Int? {
        var cue: Int?
        var index = start
        while index < end {
            let token = tokens[index]
            if token.isCapitalized {
                let entry = lexicon.word(token)
                if entry.contains(.organisationWord), !(isWeak(token) && index == start && end - start == 1) { cue = index }
                if entry.contains(.title), cue != nil, !entry.contains(.organisationWord) { break }
            } else if !Self.institutionalConnectorHashes.contains(token.hash) {
                break
            }
            index += 1
        }
        guard let cue else { return nil }
        var organisationEnd = cue + 1
        // "of"/"for" + capitalised words after the cue belong to it.
        while organisationEnd + 1 < end, Self.institutionalConnectorHashes.contains(tokens[organisationEnd].hash) {
            var next = organisationEnd + 1
            while next < end, tokens[next].isCapitalized { next += 1 }
            if next == organisationEnd + 1 { break }
            organisationEnd = next
        }
        // A lone cue word at a sentence start ("Police said") is not a name.
        if organisationEnd - start == 1, isWeak(tokens[start]) { return nil }
        return organisationEnd
    }

    /// Past a run of titles: "Foreign Minister", "Secretary of State".
    private func titleEnd(from start: Int, _ chunk: Range<Int>) -> Int {
        var index = start
        while index < chunk.upperBound {
            if lexicon.word(tokens[index]).contains(.title) { index += 1; continue }
            if Self.institutionalConnectorHashes.contains(tokens[index].hash), index + 1 < chunk.upperBound,
               lexicon.word(tokens[index + 1]).contains(.title) {
                index += 2
                continue
            }
            break
        }
        return index
    }

    /// The end of a run of name words: capitalised words and particles, stopping at titles, stop
    /// words and, unless a person is already signalled, known places and organisations.
    private func nameRunEnd(from start: Int, _ chunk: Range<Int>, personEvidence: Bool) -> Int {
        var index = start + 1
        while index < chunk.upperBound {
            let token = tokens[index]
            if !token.isCapitalized {
                guard !Self.institutionalConnectorHashes.contains(token.hash), index + 1 < chunk.upperBound else { break }
                index += 1
                continue
            }
            let entry = lexicon.word(token)
            if entry.contains(.title) || entry.contains(.stopWord) || entry.contains(.organisationWord) { break }
            if !personEvidence, longestPhrase(from: index, before: chunk.upperBound) != nil { break }
            if entry.contains(.nationality) { break }
            index += 1
        }
        return index
    }

    /// A capitalised place word right after the run ("Tahrir Square"), or a lower-case one
    /// ("al-Hawoz street"), makes the run a place ending there.
    private func placeWordEnd(_ run: Range<Int>, _ chunk: Range<Int>) -> Int? {
        let next = run.upperBound
        guard next < tokens.count, tokens[next].joinsPrevious else { return nil }
        return lexicon.word(tokens[next]).contains(.placeWord) ? next + 1 : nil
    }

    /// Extends a known place by a following place word ("Aleppo Governorate", "Hamra street").
    private func extendPlace(_ end: Int, _ chunk: Range<Int>) -> Int {
        guard end < tokens.count, tokens[end].joinsPrevious, lexicon.word(tokens[end]).contains(.placeWord),
              !tokens[end].isCapitalized || end < chunk.upperBound else { return end }
        let word = lexicon.word(tokens[end])
        // Only street-like words extend a known place; "Aleppo City" stays "Aleppo" + nothing.
        return word.contains(.placeWord) && !tokens[end].isCapitalized ? end + 1 : end
    }

    private func startsPersonName(after index: Int, _ chunk: Range<Int>) -> Bool {
        let next = index + 1
        guard next < chunk.upperBound, tokens[next].isCapitalized else { return false }
        let entry = lexicon.word(tokens[next])
        return entry.isDisjoint(with: [.title, .stopWord, .organisationWord, .placeWord, .nationality])
            && longestPhrase(from: next, before: chunk.upperBound) == nil
    }

    /// A capital that says nothing: sentence-initial, in a title-case headline, or glued on.
    func isWeak(_ token: EntityToken) -> Bool { token.isSentenceInitial || token.inHeadline }

    private func append(_ range: Range<Int>, _ type: EntityType?, to found: inout [EntityMention]) {
        guard !range.isEmpty else { return }
        found.append(EntityMention(firstToken: range.lowerBound, endToken: range.upperBound,
                                   start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end,
                                   type: type))
    }
}
