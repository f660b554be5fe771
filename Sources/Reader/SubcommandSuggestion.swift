import ArgumentParser
import Foundation

/// The subcommand a mistyped first word most likely meant (`analyse` → `analyze`, `lst` → `list`).
///
/// A first word that is not a subcommand opens the reader on it as a path, so `reader lst` would
/// otherwise only say that there is no file `lst`.
enum SubcommandSuggestion {
    static var names: [String] {
        ReaderCommand.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    /// The nearest subcommand name to `word`, or nil when `word` is a subcommand, looks like or is
    /// an existing path, or is not close to any name.
    static func nearest(to word: String) -> String? {
        let lowered = word.lowercased()
        guard !names.contains(word), !word.contains("/"), !word.hasPrefix("-"), !word.isEmpty,
              !FileManager.default.fileExists(atPath: word) else { return nil }
        var best: (name: String, distance: Int)?
        for name in names {
            let distance = editDistance(Array(lowered), Array(name))
            // Short names tolerate one slip, longer ones two; a prefix of three letters or more counts too.
            let allowed = name.count <= 4 ? 1 : 2
            let close = distance <= allowed || (lowered.count >= 3 && name.hasPrefix(lowered))
            if close, best == nil || distance < best!.distance { best = (name, distance) }
        }
        return best?.name
    }

    /// The first argument of `arguments` (without the program name), if it was meant as a subcommand.
    static func forCommandLine(_ arguments: [String]) -> String? {
        guard let first = arguments.first else { return nil }
        return nearest(to: first).map { "'\(first)' is neither a subcommand nor a file; did you mean `reader \($0)`?" }
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
    /// neighbouring letters each cost one.
    static func editDistance(_ left: [Character], _ right: [Character]) -> Int {
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var table = Array(repeating: Array(repeating: 0, count: right.count + 1), count: left.count + 1)
        for i in 0...left.count { table[i][0] = i }
        for j in 0...right.count { table[0][j] = j }
        for i in 1...left.count {
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[left.count][right.count]
    }
}
