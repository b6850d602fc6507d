// swift-tools-version: 6.0
import PackageDescription

// Layers, each knowing only those below it (see docs/architecture.md):
//   lede (thin executable) -> LedeCLI (command frontends) -> LedeLua (Lua runtime, plugins)
//   -> LedeCore (model, readers, stages, writers) -> CZlib, CLibXML2, CLua (system libraries behind module maps).
let package = Package(
    name: "lede",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lede", targets: ["lede"]),
        .library(name: "LedeCore", targets: ["LedeCore"]),
        .library(name: "LedeLua", targets: ["LedeLua"]),
        .library(name: "LedeCLI", targets: ["LedeCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "LedeCore", dependencies: ["CZlib", "CLibXML2"]),
        .target(name: "LedeLua", dependencies: ["LedeCore", "CLua"]),
        .target(
            name: "LedeCLI",
            dependencies: [
                "LedeCore",
                "LedeLua",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "lede", dependencies: ["LedeCLI"]),
        .target(name: "LedeTestSupport", dependencies: ["LedeCore"], path: "Tests/LedeTestSupport"),
        .testTarget(name: "LedeCoreTests", dependencies: ["LedeCore", "LedeTestSupport"]),
        .testTarget(name: "LedeLuaTests", dependencies: ["LedeLua", "LedeTestSupport"]),
        .testTarget(name: "LedeCLITests", dependencies: ["LedeCLI", "LedeTestSupport", "lede"]),
    ],
    swiftLanguageModes: [.v6]
)
