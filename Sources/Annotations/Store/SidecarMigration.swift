/// Brings a sidecar of an older schema version up to the current one after decoding.
///
/// Version 1 → 2: annotations gained an optional `verdict`; a version 1 file has none, so nothing
/// changes but the version number, which the next save writes.
enum SidecarMigration {
    static func migrate(_ sidecar: Sidecar) -> Sidecar {
        var migrated = sidecar
        if migrated.version < 2 { migrated.version = 2 }
        return migrated
    }
}
