import ArgumentParser
import Foundation
import GapMatrix
import GapMatrixReports

struct Replay: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Regenerate a study once per row of a design table and write every index score.",
        discussion: """
            The design is in COINr's layout: rep, Winmax, Normalisation, NormPara, WeightSet, Aggregation \
            (NormPara like 1;100 for n_minmax or 10;2 for n_zscore). Weight sets are WeightSet, iCode, Level, \
            Weight. The output has uCode, Nominal, then one column per replication, as COINr's \
            get_sensitivity writes its scores.
            """
    )

    static let examples = [
        "gapmatrix replay Datasets/asem/study.yaml --design Tests/Fixtures/asem/coinr-ua-n100/sa_UA_N100_params.csv "
            + "--weight-sets Tests/Fixtures/asem/coinr-ua-n100/sa_noisy_weights.csv --out scores.csv",
    ]

    @OptionGroup var study: StudyArgument

    @Option(help: "Design table: one replication per row.")
    var design: String

    @Option(name: .customLong("weight-sets"), help: "Numbered weight sets the design refers to.")
    var weightSets: String?

    @Option(help: "Output CSV file for the scores.")
    var out: String

    func run() throws {
        let (s, inputs) = try study.load()
        let rows = try DesignTable.read(design)
        let sets = try weightSets.map { try DesignTable.readWeightSets($0, framework: inputs.framework) } ?? [:]
        if weightSets == nil, let r = rows.first(where: { $0.weightSet != nil }) {
            throw GapMatrixError(.usage, file: design, field: "WeightSet",
                                 found: "replication \(r.id) names weight set \(r.weightSet!)",
                                 expected: "--weight-sets with the sets the design uses")
        }
        let nominal = try Regenerate.run(inputs, recipe: s.recipe)
        var replayer = try Replayer(inputs: inputs, recipe: s.recipe, weightSets: sets)
        var columns: [[Double]] = []
        columns.reserveCapacity(rows.count)
        for row in rows { columns.append(try replayer.scores(row)) }
        let root = nominal.aggregated.column(nominal.aggregated.columnIndex(inputs.framework.root)!)
        try AtomicWriter.write(UncertaintyFiles.scores(units: replayer.units, nominal: root, ids: rows.map(\.id), scores: columns), to: out)
        print("\(rows.count) replications of \(s.name) written to \(out)")
    }
}
