import Foundation
import Testing

/// The README's install line works as root on a fresh Debian (no sudo there, and no package lists
/// before `apt-get update`), and CI installs the same packages.
@Suite("Install instructions")
struct InstallInstructionsTests {
    static func file(_ name: String) throws -> String {
        try String(contentsOfFile: ReaderBinary.packageRoot + "/" + name, encoding: .utf8)
    }

    /// The packages of README's apt-get install line.
    static func readmePackages() throws -> (line: String, packages: [String]) {
        let line = try #require(try file("README.md").split(separator: "\n").first { $0.contains("apt-get install") })
        let command = line.split(separator: "#").first.map(String.init) ?? ""
        let install = try #require(command.components(separatedBy: "apt-get install").last)
        let packages = install.split(separator: " ").map(String.init).filter { !$0.hasPrefix("-") }
        return (String(line), packages)
    }

    @Test func readmeUpdatesThePackageListsFirstAndNeedsNoSudo() throws {
        let (line, packages) = try Self.readmePackages()
        #expect(line.hasPrefix("apt-get update && apt-get install -y "), "\(line)")
        #expect(!line.hasPrefix("sudo"))
        #expect(packages.contains("libncursesw5-dev"))
    }

    @Test func ciInstallsWhatTheReadmeNames() throws {
        let ci = try Self.file(".ci/run")
        let pattern = try Regex(#"need\+=\(([^)]+)\)"#)
        let ciPackages = ci.matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) }
        #expect(Set(ciPackages) == Set(try Self.readmePackages().packages))
        #expect(ci.contains("apt-get update"))
    }
}
