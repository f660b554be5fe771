/// One W3C Web Annotation: id, times, bodies (note and tags) and a target in an article.
public struct WebAnnotation: Codable, Equatable, Sendable {
    /// `urn:uuid:…`
    public var id: String
    public var type: String
    public var created: String?
    public var modified: String?
    public var body: [WebAnnotationBody]?
    public var target: WebAnnotationTarget
    /// Our extension: the recognised claim at the time of annotating.
    public var claim: ClaimSnapshot?

    public init(id: String, created: String?, modified: String?, body: [WebAnnotationBody]?,
                target: WebAnnotationTarget, claim: ClaimSnapshot?) {
        self.id = id
        self.type = "Annotation"
        self.created = created
        self.modified = modified
        self.body = body
        self.target = target
        self.claim = claim
    }

    enum CodingKeys: String, CodingKey {
        case id, type, created, modified, body, target
        case claim = "reader:claim"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        type = try container.decodeIfPresent(String.self, forKey: .type) ?? "Annotation"
        created = try container.decodeIfPresent(String.self, forKey: .created)
        modified = try container.decodeIfPresent(String.self, forKey: .modified)
        // The model allows one body or an array of them.
        if let many = try? container.decodeIfPresent([WebAnnotationBody].self, forKey: .body) {
            body = many
        } else {
            body = try container.decodeIfPresent(WebAnnotationBody.self, forKey: .body).map { [$0] }
        }
        target = try container.decode(WebAnnotationTarget.self, forKey: .target)
        claim = try container.decodeIfPresent(ClaimSnapshot.self, forKey: .claim)
    }
}
