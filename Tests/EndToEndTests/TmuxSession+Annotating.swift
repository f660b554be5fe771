extension TmuxSession {
    /// In an open article: finds `quote` with `/`, selects the match, annotates it with `note` (no
    /// tags) and saves, waiting at each step for the screen to say it happened.
    func annotateMatch(of quote: String, note: String) throws {
        try send(literal: "/" + quote)
        try send(keys: "Enter")
        try waitFor("Match 1 of 1")
        try send(keys: "v", "a")
        try waitFor("Annotate “\(quote)”")
        try send(keys: "Enter")
        try send(literal: note)
        try send(keys: "C-s")
        try waitFor("Annotation saved")
    }
}
