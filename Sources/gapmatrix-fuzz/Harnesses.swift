import Foundation
import GapMatrix

/// One fuzz target per reader: each takes arbitrary bytes and must either read them or throw
/// a `GapMatrixError`, never trap, hang or run away with memory.
enum Harnesses {
    static let names = ["csv", "wdi", "yaml", "study", "framework", "practices", "partnerships", "coinr-meta", "coinr-data",
                        "tidy", "design", "weight-sets", "corridors", "agreements", "agreement-provisions", "agreement-crosswalk",
                        "free-movement"]

    /// Readers that take a path get the bytes through a file in memory-backed storage.
    static let scratch: String = {
        let dir = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        return dir + "/gapmatrix-fuzz-\(getpid())"
    }()

    /// A small valid context the registries and data readers are checked against.
    // The fuzzer runs one input at a time on one thread.
    nonisolated(unsafe) static let asemMeta: COINrReader.Meta? = {
        try? COINrReader.readMeta(FuzzFixtures.path("asem/ASEM_iMeta.csv"), levelNames: [])
    }()

    static func meta() -> COINrReader.Meta {
        guard let asemMeta else { fatalError("fixture Datasets/asem/ASEM_iMeta.csv missing: run from the repository root") }
        return asemMeta
    }

    nonisolated(unsafe) static let frameworkFile: FrameworkFile.Contents? = try? FrameworkFile.read(FuzzFixtures.path("gfmd-2007/framework.yaml"))
    /// The registries' themes are the fixture framework's (its aggregates below the index), not names written here.
    static var registryThemes: Set<String> {
        guard let f = frameworkFile?.framework else { fatalError("fixture Datasets/gfmd-2007/framework.yaml missing: run from the repository root") }
        return Set(f.aggregates.filter { $0 != f.root })
    }

    nonisolated(unsafe) static let countryCodes: Set<String> = {
        guard let t = try? CSVTable.read(FuzzFixtures.path("migration-development/countries.csv")), let c = try? t.column("iso3") else {
            fatalError("fixture Datasets/migration-development/countries.csv missing: run from the repository root")
        }
        return Set(t.rows.map { $0.fields[c] })
    }()

    static func run(_ target: String, _ bytes: [UInt8]) {
        do {
            switch target {
            case "csv": _ = try CSVTable.parse(bytes, file: "fuzz.csv")
            case "wdi": _ = try WDIReader.parse(bytes, file: "fuzz.csv")
            case "yaml": _ = try YAMLMap.parse(String(decoding: bytes, as: UTF8.self), file: "fuzz.yaml")
            default: try runFromFile(target, bytes)
            }
        } catch is GapMatrixError {
            // A clear error is the right answer to bad bytes.
        } catch {
            // Any other error type would reach users as a raw Swift error: count it as a finding.
            fatalError("\(target): unexpected error type \(type(of: error)): \(error)")
        }
    }

    private static func runFromFile(_ target: String, _ bytes: [UInt8]) throws {
        let ext = ["study", "framework", "practices", "partnerships"].contains(target) ? "yaml" : "csv"
        let path = scratch + "." + ext
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let units = Set(["AAA", "BBB", "DEU", "PHL", "MEX", "SEN", "FJI"])
        switch target {
        case "study": _ = try Study.read(path)
        case "framework": _ = try FrameworkFile.read(path)
        case "practices": _ = try PracticeFile.read(path, units: units, themes: registryThemes)
        case "partnerships": _ = try PartnershipFile.read(path, known: units, themes: registryThemes)
        case "coinr-meta": _ = try COINrReader.readMeta(path, levelNames: [])
        case "coinr-data": _ = try COINrReader.read(data: path, meta: meta(), referenceYear: nil)
        case "tidy":
            guard let framework = frameworkFile else { fatalError("fixture Datasets/gfmd-2007/framework.yaml missing: run from the repository root") }
            _ = try TidyReader.read(.init(values: [path], ignoreOtherIndicators: true), framework: framework, referenceYear: 2022)
        case "design": _ = try DesignTable.read(path)
        case "weight-sets":
            _ = try DesignTable.readWeightSets(path, framework: meta().framework)
        case "corridors": _ = try BilateralFile.costs(path, known: units)
        case "agreements": _ = try AgreementFile.read(list: path, provisions: nil, known: units)
        case "agreement-provisions":
            // Fuzzed codings against the real agreement list, whose codes are every code of the countries file.
            _ = try AgreementFile.read(list: FuzzFixtures.path("migration-development-extra/bilateral_labour_agreements/bla_agreements.csv"),
                                       provisions: path, known: countryCodes)
        case "agreement-crosswalk": _ = try AgreementFile.crosswalk(path)
        case "free-movement": _ = try FreeMovement.read(path, known: units)
        default: fatalError("unknown fuzz target '\(target)'; one of \(names.joined(separator: ", "))")
        }
    }
}

/// Fixtures the harnesses read, from the repository's Datasets folder.
enum FuzzFixtures {
    static let root: String = ProcessInfo.processInfo.environment["GAPMATRIX_ROOT"] ?? FileManager.default.currentDirectoryPath
    static func path(_ relative: String) -> String { root + "/Datasets/" + relative }
}
