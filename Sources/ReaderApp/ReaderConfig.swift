import Annotations
import Foundation

/// The user's settings, kept in `$XDG_CONFIG_HOME/reader/config.json` (default ~/.config/reader/):
///
/// ```json
/// { "layers": { "hidden": ["NORP", "date"] },
///   "keys":   { "nextHighlight": "tab", "entityPanel": "ctrl-e" },
///   "colors": { "PERSON": "yellow", "count": 196 } }
/// ```
/// `layers` is rewritten when the user toggles a layer; `keys` and `colors` are the user's to edit.
public struct ReaderConfig: Equatable, Sendable {
    public var layers = HighlightLayers()
    /// Action name → key name, as written in the file.
    public var keys: [String: String] = [:]
    /// Entity type or claim kind → colour, as written in the file.
    public var colors: [String: ColorSetting] = [:]

    public init() {}

    /// A colour as the file gives it: a name ("red") or a 256-colour palette index.
    public enum ColorSetting: Equatable, Sendable, Codable {
        case name(String)
        case index(Int)

        public init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let index = try? container.decode(Int.self) {
                self = .index(index)
            } else {
                self = .name(try container.decode(String.self))
            }
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .name(let name): try container.encode(name)
            case .index(let index): try container.encode(index)
            }
        }

        /// The colour, or nil when the name or index is not one.
        public var color: Color? {
            switch self {
            case .index(let index): return (0...255).contains(index) ? .indexed(UInt8(index)) : nil
            case .name(let name):
                let names: [String: Color] = ["black": .black, "red": .red, "green": .green, "yellow": .yellow,
                                              "blue": .blue, "magenta": .magenta, "cyan": .cyan, "white": .white]
                return names[name.lowercased()]
            }
        }
    }

    /// The file's JSON shape; every part is optional.
    struct File: Codable {
        struct Layers: Codable {
            var hidden: [String]?
        }

        var layers: Layers?
        var keys: [String: String]?
        var colors: [String: ColorSetting]?
    }

    /// Reads a config file's bytes; any problem is an error naming what is wrong.
    public static func parse(_ data: Data) throws -> ReaderConfig {
        // The strict parser first: Foundation's decoder silently keeps one of two repeated keys, so
        // `{"keys": {...}, "keys": {...}}` would drop half of what the user wrote without a word.
        do {
            _ = try JSONParser.parse([UInt8](data))
        } catch {
            throw ConfigError("not valid: \(error.description)")
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch let error as DecodingError {
            throw ConfigError("not valid: \(describe(error))")
        }
        var config = ReaderConfig()
        for name in file.layers?.hidden ?? [] {
            if let type = EntityType(rawValue: name.uppercased()) {
                config.layers.hiddenEntityTypes.insert(type)
            } else if let kind = ClaimKind(rawValue: name.lowercased()) {
                config.layers.hiddenClaimKinds.insert(kind)
            } else if name.lowercased() == HighlightLayers.unjudgedLayerName {
                config.layers.hidesUnjudgedClaims = true
            } else {
                throw ConfigError("unknown layer \"\(name)\" in layers.hidden")
            }
        }
        config.keys = file.keys ?? [:]
        _ = try KeyMap(overrides: config.keys)
        config.colors = file.colors ?? [:]
        for (name, setting) in config.colors {
            guard EntityType(rawValue: name.uppercased()) != nil || ClaimKind(rawValue: name.lowercased()) != nil else {
                throw ConfigError("unknown highlight \"\(name)\" in colors (use PERSON, ORG, PLACE, NORP or a claim kind)")
            }
            guard setting.color != nil else {
                throw ConfigError("colour for \(name) must be a name (red, green, …) or a number 0-255")
            }
        }
        return config
    }

    /// The config as the file stores it: pretty, sorted, stable.
    public func encoded() -> Data {
        let hidden = layers.hiddenEntityTypes.map(\.rawValue).sorted() + layers.hiddenClaimKinds.map(\.rawValue).sorted()
            + (layers.hidesUnjudgedClaims ? [HighlightLayers.unjudgedLayerName] : [])
        let file = File(layers: File.Layers(hidden: hidden), keys: keys.isEmpty ? nil : keys,
                        colors: colors.isEmpty ? nil : colors)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return ((try? encoder.encode(file)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }

    /// The colour the user chose for a highlight kind, if any.
    public func color(for kind: Highlight.Kind) -> Color? {
        let name: String
        switch kind {
        case .entity(let type): name = type.rawValue
        case .claim(let claimKind): name = claimKind.rawValue
        }
        let setting = colors[name] ?? colors[name.lowercased()] ?? colors[name.uppercased()]
        return setting?.color
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not JSON" : "bad value at \(path(context.codingPath))"
        case .keyNotFound(let key, _):
            return "missing \(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at \(path(context.codingPath))"
        @unknown default:
            return "unreadable"
        }
    }

    static func path(_ keys: [CodingKey]) -> String {
        keys.map(\.stringValue).joined(separator: ".")
    }
}
