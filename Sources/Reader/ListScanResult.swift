import ReaderApp

/// What the scan behind a list drawn from the corpus index found: the app's changes, and what
/// the world needs beside them for the records added.
struct ListScanResult: Sendable {
    var changes = ListChanges()
    /// Each added record as the index names it (`ReaderWorld.key(absolutePath:item:)`), in `changes.added`'s order.
    var addedKeys: [String] = []
}
