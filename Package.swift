// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "reader",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "reader", targets: ["Reader"]),
        .library(name: "Annotations", targets: ["Annotations"]),
        // For the corpus cases of Benchmarks/.
        .library(name: "CorpusIndex", targets: ["CorpusIndex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The curses bridge: ncursesw's wide-character API through a shim header. No pkgConfig:
        // Debian's ncursesw.pc adds -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600, which SwiftPM drops
        // with a warning on every build; the shim defines what the wide API needs and the module
        // map links ncursesw, whose header and library are on the default search paths.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // libxml2's HTML parser and streaming XML reader, for the news formats (HTML, RSS, Atom).
        // pkgConfig only adds -I/usr/include/libxml2 (its headers are not on the default path),
        // which SwiftPM accepts without a warning.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The recognisers of entities and numeric claims over UTF-8 bytes, and the types they return.
        // Pure; re-exported by Annotations.
        .target(name: "Recognition"),
        // Pure library: articles, formats, annotations, the sidecar store, export. No curses.
        .target(name: "Annotations", dependencies: ["Recognition", "CLibXML2"]),
        // The persistent corpus index: a SQLite cache (through GRDB) of every article's size, mtime,
        // hash, title, analysis and full text for search. Annotations stay in sidecars.
        .target(
            name: "CorpusIndex",
            dependencies: [
                "Annotations", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Structured fuzz inputs and the fuzzed entry points: run by libFuzzer through Fuzz/ and
        // scripts/fuzz.sh, and over every kept crash by the tests.
        .target(name: "AnnotationsFuzzing", dependencies: ["Annotations"]),
        // Pure terminal app: state, update, render into a Frame of cells. No curses either.
        .target(name: "ReaderApp", dependencies: ["Annotations"]),
        // The `reader` executable: command line and the curses backend.
        .executableTarget(
            name: "Reader",
            dependencies: [
                "Annotations", "CorpusIndex", "ReaderApp", "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "AnnotationsTests", dependencies: ["Annotations", "AnnotationsFuzzing", "Recognition"]),
        .testTarget(name: "ReaderAppTests", dependencies: ["ReaderApp", "Annotations"]),
        .testTarget(
            name: "CorpusIndexTests",
            dependencies: ["CorpusIndex", "Annotations", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["Annotations"]),
    ],
    swiftLanguageModes: [.v6]
)
