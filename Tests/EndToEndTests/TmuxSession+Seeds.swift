extension TmuxSession {
    /// A session whose HOME holds a copy of the seeds, and the path of that copy: tests never write
    /// into the repository's seeds.
    static func withSeeds(width: Int = 100, height: Int = 30) throws -> (TmuxSession, String) {
        let session = try TmuxSession(width: width, height: height)
        return (session, try ReaderBinary.copySeeds(into: session.home))
    }
}
