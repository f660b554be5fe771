import Foundation

/// Turns sidecars into bytes and back, in one canonical form: pretty-printed, sorted keys, annotations
/// in stable order, a final line feed. Pure: the store does the file system.
///
/// Because the form is canonical, decoding a file this build wrote and encoding it again gives the
/// same bytes, so saving an unchanged sidecar shows no diff in git.
public enum SidecarCodec {
    /// The canonical bytes of a sidecar.
    public static func encode(_ sidecar: Sidecar) throws -> Data {
        var ordered = sidecar
        ordered.annotations = Sidecar.ordered(sidecar.annotations)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(ordered)
        data.append(0x0A)
        return data
    }

    /// Reads a sidecar, classifying what is wrong with a file that is not one of ours.
    /// - Parameter path: the file's path, named in any problem.
    public static func decode(_ data: Data, path: String) throws(SidecarProblem) -> Sidecar {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw SidecarProblem(path: path, kind: .notJSON, detail: data.isEmpty ? "the file is empty" : "")
        }
        guard let dictionary = object as? [String: Any] else {
            throw SidecarProblem(path: path, kind: .foreign, detail: "the top level is not a JSON object")
        }
        guard let schema = dictionary["schema"] as? String, schema == Sidecar.schemaName else {
            throw SidecarProblem(path: path, kind: .foreign, detail: "")
        }
        guard let version = dictionary["version"] as? Int else {
            throw SidecarProblem(path: path, kind: .invalid, detail: "\"version\" is missing or not a number")
        }
        if version > Sidecar.currentVersion {
            throw SidecarProblem(path: path, kind: .newerVersion(version), detail: "")
        }
        if version < 1 {
            throw SidecarProblem(path: path, kind: .invalid, detail: "version \(version) does not exist")
        }
        do {
            return SidecarMigration.migrate(try JSONDecoder().decode(Sidecar.self, from: data))
        } catch let error as DecodingError {
            throw SidecarProblem(path: path, kind: .invalid, detail: describe(error))
        } catch {
            throw SidecarProblem(path: path, kind: .invalid, detail: "\(error)")
        }
    }

    /// A one-line account of a decoding error: which field, and what was wrong.
    static func describe(_ error: DecodingError) -> String {
        func pathText(_ path: [CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\" at \(pathText(context.codingPath).isEmpty ? "top level" : pathText(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(pathText(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
