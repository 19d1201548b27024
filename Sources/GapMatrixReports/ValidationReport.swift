import GapMatrix

/// What `gapmatrix validate` prints about a study that loaded and ran: the summary, then one
/// "warning:" line per flagged coherence check (METHODS.md section 8.1). Warnings do not make the
/// study invalid; they say where the framework may not measure what it claims.
public enum ValidationReport {
    public static func text(study: Study, inputs: StudyInputs, build: Build) -> String {
        let f = inputs.framework
        let raw = inputs.raw
        let missing = raw.values.filter(\.isNaN).count
        var out = "Study: \(study.name) (\(study.file))\n"
        out += "Units: \(raw.unitCount)"
        if let y = inputs.referenceYear { out += ", reference year \(y)" }
        if let p = inputs.panel { out += ", panel of \(p.years.count) years (\(p.years.first!)-\(p.years.last!))" }
        out += "\nIndicators: \(f.indicators.count); aggregates: \(f.aggregates.count); levels: \(f.levelNames.joined(separator: " > "))\n"
        let share = raw.values.isEmpty ? 0 : Double(missing) / Double(raw.values.count)
        out += "Missing: \(missing) of \(raw.values.count) values (\(NumberFormat.fixed(100 * share, 1))%)\n"
        if !inputs.units.groupColumns.isEmpty {
            out += "Groups: \(inputs.units.groupColumns.joined(separator: ", "))\n"
        }
        if inputs.units.denominators.columnCount > 0 {
            out += "Denominators: \(inputs.units.denominators.columns.joined(separator: ", "))\n"
        }
        var rows: [[String]] = []
        for (c, code) in raw.columns.enumerated() {
            let n = raw.column(c).filter(\.isNaN).count
            if n > 0 { rows.append([code, "\(n)", NumberFormat.fixed(100 * Double(n) / Double(raw.unitCount), 1)]) }
        }
        if !rows.isEmpty {
            out += "\nIndicators with missing values:\n"
            out += TextTable(header: ["Indicator", "Missing", "%"], rows: rows, numeric: [1, 2]).render()
        }
        let dropped = build.screening.filter { !$0.included }.map(\.unit)
        out += "\nRecipe ran: \(build.imputedPoints.count) values imputed, "
        out += "\(dropped.count) units screened out\(dropped.isEmpty ? "" : " (\(dropped.joined(separator: ", ")))"), "
        out += "\(build.treatment.points.count) points treated in \(Set(build.treatment.points.map(\.indicator)).count) indicators.\n"
        out += "OK\n"
        for flag in Coherence.run(build, framework: f).flags { out += "warning: \(flag.message)\n" }
        return out
    }
}
