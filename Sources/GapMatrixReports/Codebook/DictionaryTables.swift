import GapMatrix

/// The tables other tables' codes point to: the units, the indicators (and context variables)
/// and the sources, each declared and written here.
public enum DictionaryTables {
    static func unitsSchema(_ inputs: StudyInputs) -> TableSchema {
        let groups = inputs.units.groupColumns.map { g in
            Field.text(g, "group \(g) of the unit, from the units file (empty when none)")
        }
        return TableSchema(file: "units.csv", title: "Units",
                           description: "The units (countries) of the study with their names and groups; the unit codes of the other tables point here (corridor ends may lie outside the study).",
                           fields: [Columns.unitCode(), Columns.unitName()] + groups,
                           primaryKey: ["unit_code"])
    }

    public static func units(_ inputs: StudyInputs) -> String {
        var w = CSVWriter(unitsSchema(inputs))
        for u in inputs.units.codes {
            w.row([.text(u), .text(inputs.units.name(u))] + inputs.units.groupColumns.map { .text(inputs.units.groups[$0]?[u] ?? "") })
        }
        return w.text
    }

    static func indicatorsSchema(_ inputs: StudyInputs) -> TableSchema {
        let themes = inputs.framework.aggregates.filter { $0 != inputs.framework.root }
        return TableSchema(file: "indicator_dictionary.csv", title: "Indicator dictionary",
                           description: "Every indicator of the framework and every context variable: name, unit, theme, type, role, "
                               + "direction, producer and sources.",
                           fields: [
                               .text("indicator_code", "code of the indicator or context variable"),
                               .text("indicator_name", "its name"),
                               .text("kind", "indicator (scored) or context (read and reported, never scored)", allowed: ["indicator", "context"]),
                               .text("indicator_unit", "unit its values are measured in (empty when the framework gives none)"),
                               Field.text("theme_code", "code of the theme the indicator belongs to (empty for a context variable)", allowed: themes),
                               .text("theme_name", "name of the theme (empty for a context variable)"),
                               .text("type", "policy or outcome (empty for a context variable)", allowed: IndicatorType.allCases.map(\.rawValue)),
                               .text("role", "the role a country must hold for the indicator to apply (empty for a context variable)",
                                     allowed: IndicatorRole.allCases.map(\.rawValue)),
                               .integer("direction", "1 when higher values are better, -1 when lower are better (empty for a context variable)"),
                               .number("weight", "weight within its theme (empty for a context variable)"),
                               .text("producer", "who produced the data (empty when the framework does not say)"),
                               .text("source_description", "the framework's description of the source chain (empty when it gives none)"),
                               .list("source_ids", "ids of the sources the report's values of this code come from (sources.csv)"),
                           ],
                           primaryKey: ["indicator_code"])
    }

    public static func indicators(_ inputs: StudyInputs) -> String {
        var w = CSVWriter(indicatorsSchema(inputs))
        let f = inputs.framework
        func ids(_ prov: CellProvenance?, _ codes: [String], _ code: String) -> [String] {
            guard let prov, let c = codes.firstIndex(of: code) else { return [] }
            let n = prov.years.unitCount
            return Set((0..<n).map { prov.source(unit: $0, column: c) }.filter { !$0.isEmpty }).sorted()
        }
        for code in f.indicators {
            let n = f.node(code)!
            let theme = n.parent.flatMap(f.node)
            w.row([.text(code), .text(n.name), .text("indicator"), .text(n.unit ?? inputs.docs.note(code, "unit") ?? ""),
                   .text(n.parent ?? ""), .text(theme?.name ?? ""), .text(n.type.rawValue), .text(n.role.rawValue),
                   .whole(Int(n.direction)), .value(n.weight), .text(n.producer ?? ""), .text(inputs.docs.note(code, "source") ?? ""),
                   .list(ids(inputs.provenance, f.indicators, code))])
        }
        for code in inputs.docs.context {
            w.row([.text(code), .text(inputs.docs.note(code, "name") ?? code), .text("context"), .text(inputs.docs.note(code, "unit") ?? ""),
                   .text(""), .text(""), .text(""), .text(""), .whole(nil), .value(.nan), .text(inputs.docs.note(code, "producer") ?? ""),
                   .text(inputs.docs.note(code, "source") ?? ""), .list(ids(inputs.contextProvenance, inputs.context?.columns ?? [], code))])
        }
        return w.text
    }

    static let sourcesSchema = TableSchema(
        file: "sources.csv", title: "Sources",
        description: "Every source id the values files cite, with its description, copied from the sources.csv files beside the study's values files.",
        fields: [.text("source_id", "id of the source, as cited in source_id columns"), .text("description", "what the source is: producer, edition, licence, route"),
                 .text("release", "the release, edition or status date of the source as its sources file records it (empty when the file does not say)")],
        primaryKey: ["source_id"])

    public static func sources(_ records: [SourceRecord]) -> String {
        var w = CSVWriter(sourcesSchema)
        for r in records { w.row([.text(r.id), .text(r.description), .text(r.release)]) }
        return w.text
    }
}
