// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "reader",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "reader", targets: ["Reader"]),
        .library(name: "Annotations", targets: ["Annotations"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The curses bridge: ncursesw's wide-character API through a shim header.
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // libxml2's HTML parser and streaming XML reader, for the news formats (HTML, RSS, Atom).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Pure library: articles, formats, recognition, annotations, the sidecar store, export. No curses.
        .target(name: "Annotations", dependencies: ["CLibXML2"]),
        // Pure terminal app: state, update, render into a Frame of cells. No curses either.
        .target(name: "ReaderApp", dependencies: ["Annotations"]),
        // The `reader` executable: command line and the curses backend.
        .executableTarget(
            name: "Reader",
            dependencies: [
                "Annotations", "ReaderApp", "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "AnnotationsTests", dependencies: ["Annotations"]),
        .testTarget(name: "ReaderAppTests", dependencies: ["ReaderApp", "Annotations"]),
        .testTarget(name: "EndToEndTests", dependencies: ["Annotations"]),
    ],
    swiftLanguageModes: [.v6]
)
