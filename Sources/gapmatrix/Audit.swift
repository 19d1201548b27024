import ArgumentParser
import GapMatrix
import GapMatrixReports

struct AuditCommand: ParsableCommand, HasExamples {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Statistical audit: correlations, Cronbach's alpha, principal components, coherence checks and flags.",
        discussion: """
            Prints the per-theme statistics and the flags; --out DIR also writes audit_corr_pearson.csv, \
            audit_corr_spearman.csv, audit_themes.csv (alpha, first-component share, loadings, PCA weights) \
            audit_flags.csv and \
            coherence.csv (the JRC coherence checks of each theme: correlations with the theme and between \
            indicators, main effect against nominal weight, ties, fewer than 3 indicators, yes/no items only; one \
            row per statistic).
            """
    )

    static let examples = ["gapmatrix audit Datasets/asem/study.yaml --out audit"]

    @OptionGroup var study: StudyArgument

    @Option(help: "Folder for the audit files.")
    var out: String?

    func run() throws {
        let (s, inputs) = try study.load()
        let build = try study.results(s, inputs, parts: []).build
        let audit = try Audit.run(inputs, build: build)
        let files = AuditFiles.render(s, audit)
        if let out { try AtomicWriter.write(files, into: out) }
        print(files.last!.text, terminator: "")
    }
}
