/// Where `EntitySpanFeatures` writes a span's features, byte by byte: as strings for the training
/// dump (`EntityFeatureStrings`), or straight into a model's scores without building a string
/// (`EntityFeatureScorer`), so the recogniser pays for no allocation per feature.
protocol EntityFeatureSink {
    /// Starts a feature.
    mutating func begin()
    /// Adds one UTF-8 byte to the feature begun last.
    mutating func append(_ byte: UInt8)
    /// Ends the feature begun last.
    mutating func end()
}

extension EntityFeatureSink {
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { for byte in $0 { append(byte) } }
    }

    mutating func append<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { append(byte) }
    }

    /// A feature that is only `text`.
    mutating func feature(_ text: StaticString) {
        begin()
        append(text)
        end()
    }
}

/// The features as strings, for `EntityRecognizer.candidates` and the tests.
struct EntityFeatureStrings: EntityFeatureSink {
    private(set) var features: [String] = []
    private var current: [UInt8] = []

    mutating func begin() { current.removeAll(keepingCapacity: true) }
    mutating func append(_ byte: UInt8) { current.append(byte) }
    mutating func end() { features.append(String(decoding: current, as: UTF8.self)) }
}

/// The features' summed weights in `model`, each feature hashed as it is written
/// (`EntityTypeModel.featureHash` of its bytes).
struct EntityFeatureScorer: EntityFeatureSink {
    let model: EntityTypeModel
    private(set) var sums = SIMD8<Float>(repeating: 0)
    private var hash: UInt64 = EntityTypeModel.hashBasis

    init(model: EntityTypeModel) {
        self.model = model
    }

    mutating func begin() { hash = EntityTypeModel.hashBasis }
    mutating func append(_ byte: UInt8) { hash = EntityTypeModel.hash(hash, byte) }
    mutating func end() { sums += model.weights(ofHash: hash) }
}
