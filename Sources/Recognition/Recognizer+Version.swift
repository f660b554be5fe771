extension Recognizer {
    /// Raise this whenever the recogniser's output can change: the corpus index analyses again every
    /// article stored with an older version (showing the older figures meanwhile).
    public static let version = 8
}
