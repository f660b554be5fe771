/// The folder part of a path, as `NSString.deletingLastPathComponent` gives it, without its crash:
/// swift-corelibs-foundation traps on a one-character path such as `a` or `.`, which any file
/// name or command-line argument may be.
public enum ParentFolder {
    /// "a/b" → "a", "/a" → "/", "a" → "", "a/b/" → "a", "a//b" → "a", "/" → "/".
    public static func of(_ path: String) -> String {
        var scalars = Array(path.unicodeScalars)
        while scalars.count > 1, scalars.last == "/" { scalars.removeLast() }
        guard let slash = scalars.lastIndex(of: "/") else { return "" }
        var end = slash
        while end > 0, scalars[end - 1] == "/" { end -= 1 }
        return end == 0 ? "/" : String(String.UnicodeScalarView(scalars[0..<end]))
    }
}
