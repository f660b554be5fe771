import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// How a change waits while another process holds the folder lock.
    public var lockWaiting: LockWaiting

    public init(storeFolder: String? = nil, lockWaiting: LockWaiting = .forever) {
        self.storeFolder = storeFolder
        self.lockWaiting = lockWaiting
    }

    /// Who holds the lock a change to this article's annotations would take, or nil when it is
    /// free now: lets a caller say "waiting for …" before it saves.
    public func lockHolder(forArticleAt articlePath: String) -> LockHolder? {
        FolderLock.holder(of: lockFolder(forArticleAt: articlePath))
    }

    /// The folder whose lock guards the article's sidecar.
    func lockFolder(forArticleAt articlePath: String) -> String {
        let folder = (sidecarPath(for: articlePath) as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    // MARK: - Paths

    /// The sidecar of the article at `articlePath`.
    public func sidecarPath(for articlePath: String) -> String {
        if articlePath == AnnotationStore.standardInputPath, let storeFolder {
            return (storeFolder.hasSuffix("/") ? storeFolder : storeFolder + "/") + "standard-input" + AnnotationStore.sidecarSuffix
        }
        let folder = ParentFolder.of(articlePath)
        let name = AnnotationStore.sidecarName(for: articlePath)
        guard let storeFolder else {
            return folder.isEmpty ? name : folder + "/" + name
        }
        let absoluteFolder = ParentFolder.of(AnnotationStore.absolutePath(articlePath))
        let trimmedStore = storeFolder.hasSuffix("/") && storeFolder.count > 1 ? String(storeFolder.dropLast()) : storeFolder
        return trimmedStore + absoluteFolder + "/" + name
    }

    /// The sidecar's file name: `NAME.txt` → `NAME.annotations.json`, as always; any other article
    /// keeps its whole name, `NAME.md` → `NAME.md.annotations.json`, and one without an extension
    /// gains `.noext`, `NAME` → `NAME.noext.annotations.json`. So `a.txt`, `a.md` and `a` in one
    /// folder have three sidecars. The few names that could still meet (`a.md` and `a.md.txt`) are
    /// told apart by the `article` field inside, and the second article is refused, never merged.
    public static func sidecarName(for articlePath: String) -> String {
        let fileName = (articlePath as NSString).lastPathComponent
        let base = (fileName as NSString).deletingPathExtension
        let pathExtension = (fileName as NSString).pathExtension
        if pathExtension == "txt", !base.isEmpty { return base + sidecarSuffix }
        if pathExtension.isEmpty { return fileName + noExtensionMarker + sidecarSuffix }
        return fileName + sidecarSuffix
    }

    /// What an article without an extension adds to its name before `sidecarSuffix`.
    public static let noExtensionMarker = ".noext"

    /// The name earlier versions gave every article's sidecar (`NAME.md` → `NAME.annotations.json`),
    /// still read for an article other than `.txt` until its first save moves it to its own name.
    static func legacySidecarName(for articlePath: String) -> String? {
        let fileName = (articlePath as NSString).lastPathComponent
        let base = (fileName as NSString).deletingPathExtension
        let legacy = (base.isEmpty ? fileName : base) + sidecarSuffix
        return legacy == sidecarName(for: articlePath) ? nil : legacy
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

    /// The sidecar as `article` sees it: for an item of a container only that item's annotations,
    /// positions in the article's text; `skipped` is the whole file's. Nil when there is none (and
    /// for standard input without a store folder, which never has one).
    public func sidecar(for article: Article) throws(SidecarProblem) -> Sidecar? {
        if article.path == AnnotationStore.standardInputPath, storeFolder == nil { return nil }
        guard var sidecar = try sidecar(forArticleAt: article.path) else { return nil }
        sidecar.annotations = sidecar.annotations.filter { $0.target.item == article.itemID }.map(article.inText)
        return sidecar
    }

    /// The annotations of the article at `articlePath`.
    public func load(forArticleAt articlePath: String) throws(SidecarProblem) -> [Annotation] {
        try sidecar(forArticleAt: articlePath)?.annotations ?? []
    }

    /// The article's whole sidecar, with the entries that were skipped as unusable (each to be
    /// reported); nil when it has none. Also removes temporary files left by crashed writers.
    public func sidecar(forArticleAt articlePath: String) throws(SidecarProblem) -> Sidecar? {
        let path = sidecarPath(for: articlePath)
        AnnotationStore.removeTemporaryFilesOfDeadWriters(of: path)
        return try locateSidecar(forArticleAt: articlePath)?.sidecar
    }

    /// Whether a sidecar (or one under its legacy name) is there for the article, checked with one
    /// or two `lstat`s and without reading it: so the commands that only want notes need not read
    /// every article of a large corpus. A link or anything else at the name counts, to be refused
    /// with a message when it is read.
    public func sidecarExists(forArticleAt articlePath: String) -> Bool {
        if articlePath == AnnotationStore.standardInputPath { return storeFolder != nil }
        var status = stat()
        let path = sidecarPath(for: articlePath)
        if lstat(path, &status) == 0 { return true }
        guard let legacyName = AnnotationStore.legacySidecarName(for: articlePath) else { return false }
        let folder = (path as NSString).deletingLastPathComponent
        return lstat(folder.isEmpty ? legacyName : folder + "/" + legacyName, &status) == 0
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
        let folderPath = ParentFolder.of(sidecar)
        let folder = folderPath.isEmpty ? "." : folderPath
        if storeFolder != nil {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw StoreError(path: folder, kind: .folderNotWritable, detail: "cannot create it")
            }
        }
        let lock = try FolderLock(folder: folder, waiting: lockWaiting)
        return try withExtendedLifetime(lock) {
            AnnotationStore.removeStaleTemporaryFiles(of: sidecar)
            // Re-read under the lock: another process may have saved since we last looked.
            let found = try locateSidecar(forArticleAt: articlePath)
            let current = found?.sidecar
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
            if let found, found.path != sidecar {
                // Moved from the shared name of earlier versions to the article's own.
                unlink(found.path)
            }
            return changed
        }
    }

    /// The sidecar of the article and where it was found: at its own name, or at the name earlier
    /// versions shared between `a.txt`, `a.md` and `a` when the `article` inside names this one.
    /// - Throws: `SidecarProblem` for a sidecar that cannot be used, is a link, or is another's.
    func locateSidecar(forArticleAt articlePath: String) throws(SidecarProblem) -> (sidecar: Sidecar, path: String)? {
        let path = sidecarPath(for: articlePath)
        let expected = sidecarArticleName(for: articlePath)
        if let sidecar = try readSidecar(at: path) {
            guard sidecar.article == expected else {
                throw SidecarProblem(path: path, kind: .otherArticle(sidecar.article), detail: "looked up for \(expected)")
            }
            return (sidecar, path)
        }
        guard let legacyName = AnnotationStore.legacySidecarName(for: articlePath) else { return nil }
        let folder = (path as NSString).deletingLastPathComponent
        let legacyPath = folder.isEmpty ? legacyName : folder + "/" + legacyName
        guard let legacy = try? readSidecar(at: legacyPath), legacy.article == expected else { return nil }
        return (legacy, legacyPath)
    }

    /// Deletes temporary files a killed writer left beside `sidecar`. Only called under the folder
    /// lock: every writer holds it while its temporary file exists, so any found now is stale.
    static func removeStaleTemporaryFiles(of sidecar: String) {
        let folder = ParentFolder.of(sidecar)
        let stem = (sidecar as NSString).lastPathComponent + AtomicFile.temporaryMarker
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return }
        for name in names where name.hasPrefix(stem) {
            try? FileManager.default.removeItem(atPath: folder.isEmpty ? name : folder + "/" + name)
        }
    }

    /// Deletes temporary files beside `sidecar` whose writer (the process id in the name) is no
    /// longer running. Safe without the lock: a live writer's file is never touched.
    static func removeTemporaryFilesOfDeadWriters(of sidecar: String) {
        let folder = (sidecar as NSString).deletingLastPathComponent
        let stem = (sidecar as NSString).lastPathComponent + AtomicFile.temporaryMarker
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return }
        for name in names where name.hasPrefix(stem) {
            let pidText = name.dropFirst(stem.count).prefix { $0 != "-" }
            guard let pid = Int32(pidText), pid > 0, kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: folder.isEmpty ? name : folder + "/" + name)
        }
    }

    /// What the sidecar records as its article: the file name beside it, the absolute path in a store.
    func sidecarArticleName(for articlePath: String) -> String {
        if articlePath == AnnotationStore.standardInputPath { return "standard input" }
        return storeFolder == nil ? (articlePath as NSString).lastPathComponent : AnnotationStore.absolutePath(articlePath)
    }

    /// The sidecar at `path`, nil when there is none. A symbolic link is not followed (saving
    /// through it would write another article's file, or replace the link), and a file above
    /// `SidecarCodec.maximumSize` is not read.
    func readSidecar(at path: String) throws(SidecarProblem) -> Sidecar? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFLNK:
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "an unreadable target"
            throw SidecarProblem(path: path, kind: .symbolicLink(target), detail: "")
        case S_IFDIR:
            throw SidecarProblem(path: path, kind: .unreadable, detail: "it is a folder")
        case S_IFREG:
            break
        default:
            throw SidecarProblem(path: path, kind: .unreadable, detail: "it is not a regular file")
        }
        guard Int(status.st_size) <= SidecarCodec.maximumSize else {
            throw SidecarProblem(path: path, kind: .tooLarge(Int(status.st_size)), detail: "")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SidecarProblem(path: path, kind: .unreadable, detail: "permission denied")
        }
        return try SidecarCodec.decode(data, path: path)
    }

    private func requireExact(_ article: Article) throws(StoreError) {
        guard article.isExact else { throw StoreError(path: article.path, kind: .articleNotExact) }
    }
}
