/// Brings a sidecar of an older schema version up to the current one as it is read.
///
/// Version 1 → 2: annotations gained an optional `verdict`; a version 1 file has none, so nothing
/// changes but the version number, which the next save writes. Its unknown fields, at any depth,
/// are carried over by the codec as for any other version.
enum SidecarMigration {
    /// The version a sidecar read at `version` holds once migrated (the caller has refused newer ones).
    static func versionAfterMigrating(from version: Int) -> Int {
        max(version, 2)
    }
}
