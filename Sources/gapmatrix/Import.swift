import ArgumentParser
import Foundation
import GapMatrix
import GapMatrixReports

struct Import: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn other layouts into GapMatrix's tidy long CSV.",
        subcommands: [WDI.self]
    )

    static let examples = WDI.examples

    struct WDI: ParsableCommand, HasExamples {
        static let configuration = CommandConfiguration(
            commandName: "wdi",
            abstract: "Convert a World Bank WDI bulk CSV into tidy long CSV (unit, year, indicator, value, source).",
            discussion: """
                Reads "Country Name", "Country Code", "Indicator Name", "Indicator Code", then one column per \
                year (the bulk download, or the API download with its preamble lines). Empty cells are left \
                out: they are unknown, not zero.
                """
        )

        static let examples = ["gapmatrix import wdi API_SP.POP.TOTL_DS2_en_csv_v2.csv --source WDI_2026-11 --out population.csv"]

        @Argument(help: "The WDI CSV file.")
        var file: String

        @Option(help: "Source id written on every row (default: the file name).")
        var source: String?

        @Option(help: "Output CSV file (default: standard output).")
        var out: String?

        func run() throws {
            let rows = try WDIReader.read(file)
            let src = source ?? (file as NSString).lastPathComponent
            var w = CSVWriter(header: ["unit", "year", "indicator", "value", "source"])
            for r in rows {
                w.row([.text(r.unit), .number(String(r.year)), .text(r.indicator), .number(NumberFormat.full(r.value)), .text(src)])
            }
            if let out {
                try AtomicWriter.write(w.text, to: out)
                FileHandle.standardError.write(Data("\(rows.count) values written to \(out)\n".utf8))
            } else {
                print(w.text, terminator: "")
            }
        }
    }
}
