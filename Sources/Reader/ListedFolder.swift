/// One folder of a list drawn from the corpus index's rows before any scan: the folder as the
/// user named it and from the root (each ending in "/"), and its files as the index saw them.
struct ListedFolder: Sendable {
    var shown: String
    var absolute: String
    var files: [ListedFile] = []
}
