/// Where `EntityTokenizer` stopped when its token storage ran out of room, to go on from there
/// with larger storage.
struct EntityTokenizerProgress {
    /// The byte to read next.
    var index = 0
    /// What lies between the last word and `index`.
    var gap = Gap(atTextStart: true)
    /// The first token of the line being read.
    var lineStart = 0
    /// The whole text has been read.
    var isFinished = false
}
