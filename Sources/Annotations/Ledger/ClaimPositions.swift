import Foundation

/// The positions of a ledger's claims by id, made on the first look-up by id and kept: most uses
/// go by position, and hashing millions of paths is not free.
final class ClaimPositions: @unchecked Sendable {
    private var positions: [LedgerClaim.ID: Int]?
    private let lock = NSLock()

    func position(of id: LedgerClaim.ID, in claims: [LedgerClaim]) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if positions == nil {
            var made: [LedgerClaim.ID: Int] = [:]
            made.reserveCapacity(claims.count)
            for (position, claim) in claims.enumerated() { made[claim.id] = position }
            positions = made
        }
        return positions?[id]
    }
}
