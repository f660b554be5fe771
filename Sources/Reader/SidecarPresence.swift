import Annotations
import Foundation

/// Which articles have a sidecar, for `reader list` on a whole corpus: each sidecar folder is listed
/// once (`readdir`, names compared as bytes) instead of asking the file system about every
/// article's sidecar; only in a folder that holds sidecars is the article's own sidecar looked for,
/// by `AnnotationStore.sidecarExists` (its current name or the legacy one, as reading finds it).
struct SidecarPresence {
    let store: AnnotationStore
    /// The article folder last asked about and whether its sidecar folder holds any sidecar.
    private var lastFolder: Substring = ""
    private var lastFolderHasSidecars = false
    private var isFirst = true

    init(store: AnnotationStore) {
        self.store = store
    }

    mutating func hasSidecar(_ articlePath: String) -> Bool {
        let folder = Self.folderPart(of: articlePath)
        if isFirst || folder != lastFolder {
            isFirst = false
            lastFolder = folder
            lastFolderHasSidecars = Self.holdsSidecars(ParentFolder.of(store.sidecarPath(for: articlePath)))
        }
        guard lastFolderHasSidecars else { return false }
        return store.sidecarExists(forArticleAt: articlePath)
    }

    /// Everything before the last slash (the whole path's folder as written, for telling folders apart).
    static func folderPart(of path: String) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return path[..<slash]
    }

    /// Whether `folder` ("" for the working folder) holds an entry named like a sidecar.
    static func holdsSidecars(_ folder: String) -> Bool {
        guard let directory = opendir(folder.isEmpty ? "." : folder) else { return false }
        defer { closedir(directory) }
        let suffix = Array(AnnotationStore.sidecarSuffix.utf8)
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(directory) {
            let name = (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: UInt8.self)
            let length = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
            if length >= suffix.count, memcmp(name + length - suffix.count, suffix, suffix.count) == 0 { return true }
        }
        return false
    }
}
