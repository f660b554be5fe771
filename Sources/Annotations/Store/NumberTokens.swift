/// The numbers written in a piece of text, as they are written: "20,000", "93", "1.5".
enum NumberTokens {
    /// Runs of digits, with single `,` or `.` joining digits kept inside the run.
    static func numbers(in scalars: ArraySlice<Unicode.Scalar>) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isDigit(scalar) {
                current.append(scalar)
            } else if (scalar == "," || scalar == "."), !current.isEmpty,
                      index + 1 < scalars.endIndex, isDigit(scalars[index + 1]) {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
            index += 1
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }
}
