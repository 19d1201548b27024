// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "GapMatrix",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GapMatrix", targets: ["GapMatrix"]),
        .library(name: "GapMatrixReports", targets: ["GapMatrixReports"]),
        .executable(name: "gapmatrix", targets: ["gapmatrix"]),
        .executable(name: "gapmatrix-bench", targets: ["gapmatrix-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"]), .brew(["gsl"])]
        ),
        .target(
            name: "GapMatrix",
            dependencies: ["CGSL", .product(name: "Yams", package: "Yams")]
        ),
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]
        ),
        // SVG drawing with no knowledge of studies, so its geometry and escaping are tested alone.
        .target(name: "GapMatrixSVG"),
        .target(
            name: "GapMatrixReports",
            dependencies: ["GapMatrix", "GapMatrixSVG", "CXlsxWriter", .product(name: "Mustache", package: "swift-mustache")],
            // The HTML layout lives in template files so it can change without touching Swift; they are
            // built into the binary as BuiltInTemplates.swift (scripts/embed-templates.sh), not shipped beside it.
            exclude: ["Templates"]
        ),
        .executableTarget(
            name: "gapmatrix",
            dependencies: [
                "GapMatrix", "GapMatrixReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "gapmatrix-bench",
            dependencies: ["GapMatrix", "GapMatrixReports"]
        ),
        // Fuzz harnesses for every reader (`make fuzz`); built normally it replays inputs.
        .executableTarget(
            name: "gapmatrix-fuzz",
            dependencies: ["GapMatrix"]
        ),
        .testTarget(
            name: "GapMatrixTests",
            dependencies: ["GapMatrix"]
        ),
        // Uses the public API only (no @testable import): a study built in code, end to end.
        .testTarget(
            name: "GapMatrixAPITests",
            dependencies: ["GapMatrix", "GapMatrixReports"]
        ),
        .testTarget(
            name: "GapMatrixSVGTests",
            dependencies: ["GapMatrixSVG"]
        ),
        // zlib, for tests that read workbooks back (an .xlsx is a zip).
        .systemLibrary(name: "CZlib", path: "Tests/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .testTarget(
            name: "GapMatrixReportsTests",
            dependencies: ["GapMatrixReports", "GapMatrix", "CZlib"]
        ),
        // Depends on the executable so that `swift test` builds it; the tests run it as a process.
        .testTarget(
            name: "GapMatrixCLITests",
            dependencies: ["gapmatrix"]
        ),
    ]
)
