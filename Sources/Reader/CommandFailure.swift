import ArgumentParser

/// Prints `reader: MESSAGE` to standard error and gives the exit code to throw: status 1.
///
/// Used for problems in the files rather than the arguments, where the argument parser's usage
/// text would only hide the message.
func commandFailure(_ message: String) -> ExitCode {
    printError("reader: " + message)
    return ExitCode(1)
}

/// Prints `reader: MESSAGE` to standard error and gives the exit code for wrong usage: status 2.
func usageFailure(_ message: String) -> ExitCode {
    printError("reader: " + message)
    return ExitCode(2)
}
