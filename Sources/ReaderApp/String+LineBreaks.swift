extension String {
    /// Line breaks as "\n" only: pasted "\r\n" and lone "\r" become "\n".
    func replacingCRLF() -> String {
        guard contains("\r") || unicodeScalars.contains("\r") else { return self }
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                result.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n", previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            result.append(scalar)
        }
        return String(result)
    }
}
