import Foundation

/// A one-line progress bar on standard error (count, rate, time left), drawn only when standard
/// error is a terminal, at most ten times a second, and erased at the end.
final class ProgressBar {
    private let enabled = isatty(STDERR_FILENO) == 1
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private let noun: String
    /// Length of the line last drawn, to blank it with spaces (no terminal escape needed).
    private var drawnLength = 0

    init(noun: String) {
        self.noun = noun
    }

    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
        let line = "[\(bar)] \(done)/\(total) \(noun)  \(Int(rate))/s  \(Self.clock(left)) left"
        let padding = String(repeating: " ", count: max(0, drawnLength - line.count))
        drawnLength = line.count
        FileHandle.standardError.write(Data("\r\(line)\(padding)".utf8))
    }

    /// Erases the line drawn, if any (again: nothing).
    func finish() {
        guard enabled, drawnLength > 0 else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: drawnLength) + "\r").utf8))
        drawnLength = 0
    }

    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
