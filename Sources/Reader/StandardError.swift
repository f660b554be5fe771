import Foundation

/// Writes a line to standard error, for messages scripts should not parse.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
