/// A claim found by the scanner, before its byte offsets become scalar offsets and its text a String.
struct ByteClaim: Sendable {
    var start: Int
    var end: Int
    var kind: ClaimKind
    var value: Double?
    var normalized: String?
    var qualifier: String?
    var bound: ClaimBound?
    var unit: String?
}
