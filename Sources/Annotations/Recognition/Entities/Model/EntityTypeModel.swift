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
    /// Feature → its row in `weights` (row × classes.count).
    private let rows: [String: Int]
    private let weights: [Float]

    /// The model trained on the corpora of `scripts/typer/SOURCES.md`, parsed once.
    static let trained = EntityTypeModel(weightsText: EntityTypeModel.trainedWeights)

    init(weightsText: String) {
        var classes: [EntityType?] = []
        var decides: [Bool] = []
        var rows: [String: Int] = [:]
        var weights: [Float] = []
        for line in weightsText.split(separator: "\n", omittingEmptySubsequences: true) {
            if classes.isEmpty {
                let names = line.split(separator: " ").dropFirst()
                precondition(line.hasPrefix("classes "), "entity model weights must start with their classes")
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
            rows[String(line[..<tab])] = weights.count / classes.count
            weights.append(contentsOf: values)
        }
        self.classes = classes
        self.decides = decides
        self.rows = rows
        self.weights = weights
    }

    /// Number of features with weights.
    var featureCount: Int { rows.count }

    /// The summed weights of `features` per class (features the model never saw weigh nothing).
    func scores(_ features: [String]) -> [Float] {
        var sums = [Float](repeating: 0, count: classes.count)
        for feature in features {
            guard let row = rows[feature] else { continue }
            let base = row * classes.count
            for index in sums.indices { sums[index] += weights[base + index] }
        }
        return sums
    }

    /// The class the model may choose with the highest score; ties go to the earlier class.
    func bestClass(_ scores: [Float]) -> Int {
        var best = -1
        for index in scores.indices where decides[index] && (best < 0 || scores[index] > scores[best]) { best = index }
        return max(best, 0)
    }
}
