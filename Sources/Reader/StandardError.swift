import Annotations
import Foundation

/// Writes a line to standard error, for messages scripts should not parse. Every control
/// character in it (a path's escape sequence, a line break in a file name) is shown visibly.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((TerminalText.visible(message) + "\n").utf8))
}
