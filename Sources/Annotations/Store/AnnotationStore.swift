import Foundation

/// Keeps each article's annotations in a JSON sidecar: the file-system edge of annotating.
///
/// Every change is a locked read-merge-write: take an exclusive lock on the sidecar's folder,
/// read the sidecar afresh, apply the one change (add, replace or delete by id) to what is on disk
/// now, and replace the file atomically. Two processes annotating the same article therefore
/// lose neither's work, and a crash leaves the old file or the new one, never a torn one.
/// A sidecar that is not ours, not JSON, or of a newer version is never overwritten.
///
/// Where sidecars go: beside the article (`NAME.txt` → `NAME.annotations.json`), or with a store
/// folder, at `STORE/<absolute folder of the article>/NAME.annotations.json`. Mirroring the
/// absolute path cannot collide for two articles of the same name in different folders, and the
/// article's absolute path is also written inside the sidecar for a person reading it.
public struct AnnotationStore: Sendable {
    /// The suffix that replaces an article's extension.
    public static let sidecarSuffix = ".annotations.json"

    /// Where sidecars are kept instead of beside the articles; nil for beside them.
    public let storeFolder: String?

    public init(storeFolder: String? = nil) {
        self.storeFolder = storeFolder
    }

    // MARK: - Paths

    /// The sidecar of the article at `articlePath`.
    public func sidecarPath(for articlePath: String) -> String {
        if articlePath == AnnotationStore.standardInputPath, let storeFolder {
            return (storeFolder.hasSuffix("/") ? storeFolder : storeFolder + "/") + "standard-input" + AnnotationStore.sidecarSuffix
        }
        let folder = (articlePath as NSString).deletingLastPathComponent
        let name = AnnotationStore.sidecarName(for: articlePath)
        guard let storeFolder else {
            return folder.isEmpty ? name : folder + "/" + name
        }
        let absoluteFolder = (AnnotationStore.absolutePath(articlePath) as NSString).deletingLastPathComponent
        let trimmedStore = storeFolder.hasSuffix("/") && storeFolder.count > 1 ? String(storeFolder.dropLast()) : storeFolder
        return trimmedStore + absoluteFolder + "/" + name
    }

    /// `NAME.txt` → `NAME.annotations.json` (a name without extension just gains the suffix).
    public static func sidecarName(for articlePath: String) -> String {
        let fileName = (articlePath as NSString).lastPathComponent
        let base = (fileName as NSString).deletingPathExtension
        return (base.isEmpty ? fileName : base) + sidecarSuffix
    }

    /// The article's path made absolute, with `.`, `..` and symbolic links resolved, so the same
    /// file reached two ways has one sidecar in the store folder.
    public static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    // MARK: - Reading

    /// The path articles read from standard input have; their sidecar is `STORE/standard-input.annotations.json`.
    public static let standardInputPath = "-"

    /// The annotations of `article`, in stable order; empty when it has no sidecar yet. For an item
    /// of a container, only that item's; positions in the article's text (not the file's).
    /// - Throws: `SidecarProblem` naming the sidecar when it exists but cannot be used.
    public func load(for article: Article) throws(SidecarProblem) -> [Annotation] {
        if article.path == AnnotationStore.standardInputPath, storeFolder == nil { return [] }
        return try load(forArticleAt: article.path).filter { $0.target.item == article.itemID }.map(article.inText)
    }

    /// The annotations of the article at `articlePath`.
    public func load(forArticleAt articlePath: String) throws(SidecarProblem) -> [Annotation] {
        try readSidecar(at: sidecarPath(for: articlePath))?.annotations ?? []
    }

    /// Every tag used in the articles' sidecars, sorted (case-insensitively), each once. Sidecars
    /// with problems are skipped: tag completion should not fail because one file is broken.
    public func allTags(in articles: [Article]) -> [String] {
        var tags = Set<String>()
        for article in articles {
            guard let annotations = try? load(for: article) else { continue }
            for annotation in annotations { tags.formUnion(annotation.tags) }
        }
        return tags.sorted { left, right in
            let order = left.localizedLowercase.compare(right.localizedLowercase)
            return order == .orderedSame ? left < right : order == .orderedAscending
        }
    }

    // MARK: - Changing

    /// Adds `annotation` to the article's sidecar (replacing one with the same id).
    /// - Returns: the article's full list of annotations after the change, in stable order.
    @discardableResult
    public func add(_ annotation: Annotation, to article: Article) throws -> [Annotation] {
        try requireExact(article)
        return try modifyItem(of: article) { annotations in
            annotations.filter { $0.id != annotation.id } + [annotation]
        }
    }

    /// Replaces the annotation with the same id; if another process deleted it meanwhile, it is
    /// added back rather than the user's edit lost.
    @discardableResult
    public func update(_ annotation: Annotation, in article: Article) throws -> [Annotation] {
        try requireExact(article)
        return try modifyItem(of: article) { annotations in
            annotations.filter { $0.id != annotation.id } + [annotation]
        }
    }

    /// Removes the annotation with `id`; removing one that is already gone is not an error.
    @discardableResult
    public func delete(id: UUID, from article: Article) throws -> [Annotation] {
        try modifyItem(of: article) { annotations in
            annotations.filter { $0.id != id }
        }
    }

    /// Merges `incoming` into the sidecar of the article at `articlePath` by id: an incoming
    /// annotation replaces the stored one with its id, the others are kept. Used by import.
    @discardableResult
    public func merge(_ incoming: [Annotation], intoArticleAt articlePath: String) throws -> [Annotation] {
        let ids = Set(incoming.map(\.id))
        return try modify(articleAt: articlePath) { annotations in
            annotations.filter { !ids.contains($0.id) } + incoming
        }
    }

    /// A change to one article's annotations: in a container's sidecar the other items' are kept
    /// as they are; positions go to the file's offsets on the way in and back on the way out.
    func modifyItem(of article: Article, change: ([Annotation]) -> [Annotation]) throws -> [Annotation] {
        let item = article.itemID
        let all = try modify(articleAt: article.path, extractor: article.extractor) { annotations in
            let others = annotations.filter { $0.target.item != item }
            let mine = annotations.filter { $0.target.item == item }.map(article.inText)
            return others + change(mine).map { annotation in
                var stored = article.inFile(annotation)
                stored.target.item = item
                return stored
            }
        }
        return all.filter { $0.target.item == item }.map(article.inText)
    }

    /// The locked read-merge-write every change goes through. Writes nothing when the change
    /// leaves the annotations as they were.
    func modify(articleAt articlePath: String, extractor: String? = nil,
                change: ([Annotation]) -> [Annotation]) throws -> [Annotation] {
        if articlePath == AnnotationStore.standardInputPath, storeFolder == nil {
            throw StoreError(path: articlePath, kind: .standardInputNeedsStore)
        }
        let sidecar = sidecarPath(for: articlePath)
        let folderPath = (sidecar as NSString).deletingLastPathComponent
        let folder = folderPath.isEmpty ? "." : folderPath
        if storeFolder != nil {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw StoreError(path: folder, kind: .folderNotWritable, detail: "cannot create it")
            }
        }
        let lock = try FolderLock(folder: folder)
        return try withExtendedLifetime(lock) {
            AnnotationStore.removeStaleTemporaryFiles(of: sidecar)
            // Re-read under the lock: another process may have saved since we last looked.
            let current = try readSidecar(at: sidecar)
            let changed = Sidecar.ordered(change(current?.annotations ?? []))
            if let current, current.annotations == changed { return changed }
            if current == nil, changed.isEmpty { return changed }
            var updated = current ?? Sidecar(article: sidecarArticleName(for: articlePath))
            updated.annotations = changed
            if let extractor { updated.extractor = extractor }
            let data: Data
            do {
                data = try SidecarCodec.encode(updated)
            } catch {
                throw StoreError(path: sidecar, kind: .writeFailed, detail: "\(error)")
            }
            try AtomicFile.write(data, to: sidecar, folderDescriptor: lock.descriptor)
            return changed
        }
    }

    /// Deletes temporary files a killed writer left beside `sidecar`. Only called under the folder
    /// lock: every writer holds it while its temporary file exists, so any found now is stale.
    static func removeStaleTemporaryFiles(of sidecar: String) {
        let folder = (sidecar as NSString).deletingLastPathComponent
        let stem = (sidecar as NSString).lastPathComponent + AtomicFile.temporaryMarker
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return }
        for name in names where name.hasPrefix(stem) {
            try? FileManager.default.removeItem(atPath: folder.isEmpty ? name : folder + "/" + name)
        }
    }

    /// What the sidecar records as its article: the file name beside it, the absolute path in a store.
    func sidecarArticleName(for articlePath: String) -> String {
        if articlePath == AnnotationStore.standardInputPath { return "standard input" }
        return storeFolder == nil ? (articlePath as NSString).lastPathComponent : AnnotationStore.absolutePath(articlePath)
    }

    /// The sidecar at `path`, nil when there is none.
    func readSidecar(at path: String) throws(SidecarProblem) -> Sidecar? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw SidecarProblem(path: path, kind: .unreadable, detail: isDirectory.boolValue ? "it is a folder" : "permission denied")
        }
        return try SidecarCodec.decode(data, path: path)
    }

    private func requireExact(_ article: Article) throws(StoreError) {
        guard article.isExact else { throw StoreError(path: article.path, kind: .articleNotExact) }
    }
}
