/// A linear model (an averaged perceptron, trained by `scripts/typer/train.py`) over
/// `EntitySpanFeatures`: one weight per feature and class, a span's class the one with the highest
/// sum of its features' weights.
///
/// The weights are text, one feature a line: the feature, a tab, then one weight per class in
/// `classes` order, separated by spaces. The first line names the classes ("classes PERSON ORG
/// PLACE NORP NONE"; NONE is "no entity"); a line "decides ORG NONE" may follow, naming the only
/// classes the model may choose (the others are scored but never chosen: leaving each corpus out
/// showed retyping to them cost more than it gained, see scripts/typer/SOURCES.md).
struct EntityTypeModel: Sendable {
    /// The classes in weight order; nil for "no entity".
    let classes: [EntityType?]
    /// Whether the model may choose each class.
    let decides: [Bool]
    /// `featureHash` of a feature → 1 + its row in `rows`.
    private let rowIndex: WordHashTable
    /// Per feature, its weights, one lane per class (at most eight classes).
    private let rows: [SIMD8<Float>]

    /// The model trained on the corpora of `scripts/typer/SOURCES.md`, parsed once.
    static let trained = EntityTypeModel(weightsText: EntityTypeModel.trainedWeights)

    init(weightsText: String) {
        var classes: [EntityType?] = []
        var decides: [Bool] = []
        var rowIndex = WordHashTable(expectedCount: 8_192)
        var rows: [SIMD8<Float>] = []
        for line in weightsText.split(separator: "\n", omittingEmptySubsequences: true) {
            if classes.isEmpty {
                let names = line.split(separator: " ").dropFirst()
                precondition(line.hasPrefix("classes ") && names.count <= 8, "entity model weights must start with their classes")
                classes = names.map { EntityType(rawValue: String($0)) }
                decides = names.map { _ in true }
                continue
            }
            if line.hasPrefix("decides ") {
                let chosen = Set(line.split(separator: " ").dropFirst().map(String.init))
                decides = classes.map { chosen.contains($0?.rawValue ?? "NONE") }
                continue
            }
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let values = line[line.index(after: tab)...].split(separator: " ").compactMap { Float($0) }
            guard values.count == classes.count else { continue }
            var row = SIMD8<Float>(repeating: 0)
            for (index, value) in values.enumerated() { row[index] = value }
            rowIndex.insertIfAbsent(Self.featureHash(line[..<tab].utf8), value: UInt32(rows.count + 1))
            rows.append(row)
        }
        self.classes = classes
        self.decides = decides
        self.rowIndex = rowIndex
        self.rows = rows
    }

    /// Number of features with weights.
    var featureCount: Int { rows.count }

    /// FNV-1a over a feature's UTF-8 bytes: features are looked up by hash, never built as strings
    /// at recognition time (`EntityFeatureScorer`).
    static let hashBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hash(_ state: UInt64, _ byte: UInt8) -> UInt64 {
        (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    static func featureHash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        bytes.reduce(hashBasis) { hash($0, $1) }
    }

    /// The weights of the feature hashed to `hash`; zero for a feature the model never saw.
    @inline(__always)
    func weights(ofHash hash: UInt64) -> SIMD8<Float> {
        let row = rowIndex.value(hash)
        return row == 0 ? SIMD8<Float>(repeating: 0) : rows[Int(row) - 1]
    }

    /// The summed weights of `features`, one lane per class of `classes` (features the model never
    /// saw weigh nothing; lanes past the classes stay 0).
    func scores(_ features: [String]) -> SIMD8<Float> {
        features.reduce(SIMD8<Float>(repeating: 0)) { $0 + weights(ofHash: Self.featureHash($1.utf8)) }
    }

    /// Whether the scores tell the classes apart at all (else the model knew none of the features).
    func separates(_ scores: SIMD8<Float>) -> Bool {
        classes.indices.contains { scores[$0] != scores[0] }
    }

    /// The class the model may choose with the highest score; ties go to the earlier class.
    func bestClass(_ scores: SIMD8<Float>) -> Int {
        var best = -1
        for index in classes.indices where decides[index] && (best < 0 || scores[index] > scores[best]) { best = index }
        return max(best, 0)
    }
}
