import ArgumentParser
import Annotations
import Foundation

/// `reader claims [PATH...] [--group] [--json]`: the claim ledger, claim by claim or by group.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List the numeric claims with their sources, or group those that count the same thing.",
        discussion: """
            Groups join claims of the same kind and compatible units (people, civilians, evacuees…; \
            kilometres and miles) about the same event and place, close in time. Each group shows its \
            values side by side, which agree within their qualifiers, and why its claims belong together. \
            With a corpus index (`reader index`, or --index), only new and changed files are analysed \
            and the other articles' claims are read from the index.
            """)

    @OptionGroup var articlePaths: ArticlePathsOptions
    var paths: [String] { articlePaths.paths }

    @Flag(help: "Show the groups of claims instead of one line per claim.")
    var group = false

    @Flag(help: "With --group, also list the claims that stand alone.")
    var all = false

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions
    var store: String? { storeOptions.store }

    @OptionGroup var indexOptions: IndexOptions

    func run() throws {
        let annotationStore = AnnotationStore(storeFolder: store)
        let loaded = try LedgerLoader(indexing: paths, store: annotationStore, options: indexOptions)
            ?? LedgerLoader(paths: paths, store: annotationStore)
        let ledger = loaded.ledger
        if json {
            if group {
                print(try PrintedJSON.encode((all ? ledger.groups : ledger.sharedGroups).map { LedgerGroupJSON($0, verdicts: loaded.verdicts) }))
            } else {
                print(try PrintedJSON.encode(ledger.claims.enumerated().map { position, claim in
                    LedgerClaimJSON(claim, group: ledger.group(ofClaimAt: position), verdict: loaded.verdicts.verdict(for: claim.id))
                }))
            }
        } else {
            let renderer = LedgerTextRenderer(verdicts: loaded.verdicts)
            if group {
                // Written a group at a time: a large corpus's groups are hundreds of megabytes of text.
                var buffer = Data()
                renderer.renderGroups(ledger, includeSingles: all) { piece in
                    buffer.append(contentsOf: ReaderCommand.visibleLines(piece).utf8)
                    if buffer.count >= 1 << 20 {
                        FileHandle.standardOutput.write(buffer)
                        buffer.removeAll(keepingCapacity: true)
                    }
                }
                FileHandle.standardOutput.write(buffer)
            } else {
                FileHandle.standardOutput.write(Data(ReaderCommand.visibleLines(renderer.renderClaims(ledger)).utf8))
            }
        }
        if loaded.failed { throw ExitCode(1) }
    }
}

/// One claim of `reader claims --json`.
struct LedgerClaimJSON: Encodable {
    var file: String
    var start: Int
    var end: Int
    var text: String
    var kind: String
    var value: Double?
    var qualifier: String?
    var unit: String?
    var sentence: String
    var source: String?
    var attribution: ClaimAttribution?
    var group: String?
    var verdict: ClaimVerdict?

    init(_ claim: LedgerClaim, group: ClaimGroup?, verdict: ClaimVerdict?) {
        file = claim.id.path
        start = claim.id.start
        end = claim.id.end
        text = claim.claim.text
        kind = claim.claim.kind.rawValue
        value = claim.claim.value
        qualifier = claim.claim.qualifier
        unit = claim.claim.unit
        sentence = claim.sentence
        source = claim.attribution?.source
        attribution = claim.attribution
        self.group = group.flatMap { $0.members.count > 1 ? $0.id : nil }
        self.verdict = verdict
    }
}

/// One group of `reader claims --group --json`.
struct LedgerGroupJSON: Encodable {
    var id: String
    var label: String
    var reasons: [String]
    var minimum: Double?
    var maximum: Double?
    var consistent: Bool
    var agreeing: [Int]
    var claims: [LedgerClaimJSON]

    init(_ group: ClaimGroup, verdicts: LedgerVerdicts) {
        id = group.id
        label = group.label
        reasons = group.reasons
        minimum = group.valueSpan?.minimum
        maximum = group.valueSpan?.maximum
        consistent = group.isConsistent
        agreeing = group.largestAgreement
        claims = group.members.map { LedgerClaimJSON($0, group: group, verdict: verdicts.verdict(for: $0.id)) }
    }
}
