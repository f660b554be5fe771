/// A fact-checker's verdict on a claim: its status, the evidence and a note. Kept in the claim's
/// annotation in the sidecar (schema version 2 on).
public struct ClaimVerdict: Codable, Equatable, Hashable, Sendable {
    public var status: VerdictStatus
    /// A URL of the evidence, as given.
    public var evidence: String?
    public var note: String?
    /// When the verdict was given or last changed (ISO 8601, as annotations keep their times).
    public var date: String

    public init(status: VerdictStatus, evidence: String? = nil, note: String? = nil, date: String) {
        self.status = status
        self.evidence = evidence
        self.note = note
        self.date = date
    }
}
