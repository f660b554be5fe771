// swift-tools-version: 6.1
import PackageDescription

// Benchmarks of the recognisers and the corpus index, kept in their own package so that `swift test` never builds them.
// Run with: cd Benchmarks && swift package --disable-sandbox benchmark
//
// A path dependency's identity is its folder's name ("main", "wt-claims", ...), so it is read here.
let readerPackage = Context.packageDirectory.split(separator: "/").dropLast().last.map { String($0).lowercased() } ?? "reader"

let package = Package(
    name: "ReaderBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "RecognizerBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "Annotations", package: readerPackage),
            ],
            path: "Benchmarks/RecognizerBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(
            name: "CorpusIndexBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "Annotations", package: readerPackage),
                .product(name: "CorpusIndex", package: readerPackage),
            ],
            path: "Benchmarks/CorpusIndexBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ]
)
