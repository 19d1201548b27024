import GapMatrix

/// The data-vintage manifest (`vintage.csv`): for every cell whose value a report uses, the
/// source it came from, that source's release as the sources file records it, and the year of
/// the value. Two editions of a study differ partly because sources publish new releases; the
/// manifest is what lets a reader tell a new vintage from a change in the world (issue 17).
public enum VintageManifest {
    public static let schema = TableSchema(
        file: "vintage.csv", title: "Data vintage of every value used",
        description: "One row per unit and indicator (or context variable) with a value in the study window: the edition of "
            + "the study, the source id, the source's release as the sources file records it, and the year of the value used. "
            + "Cells without a value (missing, out of scope, not applicable) have no row; indicators.csv lists them.",
        fields: [Columns.unitCode(), .text("indicator_code", "code of the indicator or context variable (indicator_dictionary.csv)"),
                 .text("kind", "indicator (scored) or context (read for roles and peers, never scored)", allowed: ["indicator", "context"]),
                 .text("edition", "edition of the study (the study file's edition:; empty when it numbers none)"),
                 .text("source_id", "id of the source the value comes from (sources.csv; empty when the values file names none)"),
                 .text("release", "release, edition or status date of that source as its sources file records it (empty when it does not say)"),
                 .year("year", "year of the value used")],
        primaryKey: ["unit_code", "indicator_code"],
        foreignKeys: [Columns.unitKey("unit_code"), Columns.indicatorKey("indicator_code"), Columns.sourceKey("source_id")])

    /// One row of the manifest.
    public struct Row: Sendable, Equatable {
        public var unit: String
        public var code: String
        public var kind: String
        public var source: String
        public var release: String
        public var year: Int?
    }

    /// The indicator cells with a value (in the assessment's order), then the context variables
    /// with a value (unit by unit). Imputed cells carry no observation and so no vintage.
    public static func rows(_ inputs: StudyInputs, _ a: Assessment, sources: [SourceRecord]) -> [Row] {
        var release: [String: String] = [:]
        for s in sources { release[s.id] = s.release }
        var out = a.cells.filter { $0.state == .value && !$0.raw.isNaN }.map {
            Row(unit: $0.unit, code: $0.indicator, kind: "indicator", source: $0.source, release: release[$0.source] ?? "", year: $0.year)
        }
        if let ctx = inputs.context, let prov = inputs.contextProvenance {
            for u in 0..<ctx.unitCount {
                for c in 0..<ctx.columnCount where !ctx[unit: u, column: c].isNaN {
                    let year = prov.years[unit: u, column: c], source = prov.source(unit: u, column: c)
                    out.append(Row(unit: ctx.units[u], code: ctx.columns[c], kind: "context", source: source,
                                   release: release[source] ?? "", year: year.isNaN ? nil : Int(year)))
                }
            }
        }
        return out
    }

    public static func csv(_ study: Study, _ inputs: StudyInputs, _ a: Assessment, sources: [SourceRecord]) -> String {
        var w = CSVWriter(schema)
        for r in rows(inputs, a, sources: sources) {
            w.row([.text(r.unit), .text(r.code), .text(r.kind), .text(study.edition ?? ""), .text(r.source), .text(r.release), .whole(r.year)])
        }
        return w.text
    }
}
