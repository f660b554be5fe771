import ReaderApp

/// Text on its way to a terminal, line by line, with every control character in a line made
/// visible. The ledger's commands print through this one function, so a shared sanitiser can
/// replace it in one place.
func terminalSafe(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.visible(String($0)) }
        .joined(separator: "\n")
}
