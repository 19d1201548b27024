import GapMatrix

/// The unit groups reports break results down by (columns of the units file).
public enum ReportGroups {
    public static let region = "un_region"
    public static let income = "income_group"
}

/// Indexed access to an assessment for the report writers.
struct AssessmentView {
    let inputs: StudyInputs
    let assessment: Assessment
    let cells: [String: [String: Assessment.Cell]]
    let themes: [String: [String: Assessment.ThemeCell]]
    let units: [String: Assessment.UnitResult]
    let regionColumn = ReportGroups.region
    let incomeColumn = ReportGroups.income

    init(inputs: StudyInputs, assessment: Assessment) {
        self.inputs = inputs
        self.assessment = assessment
        var c: [String: [String: Assessment.Cell]] = [:]
        for cell in assessment.cells { c[cell.unit, default: [:]][cell.indicator] = cell }
        var t: [String: [String: Assessment.ThemeCell]] = [:]
        for cell in assessment.themes { t[cell.unit, default: [:]][cell.theme] = cell }
        cells = c
        themes = t
        units = Dictionary(uniqueKeysWithValues: assessment.units.map { ($0.unit, $0) })
    }

    var framework: Framework { inputs.framework }
    func name(_ unit: String) -> String { inputs.units.name(unit) }
    func region(_ unit: String) -> String { inputs.units.groups[regionColumn]?[unit] ?? "" }
    func income(_ unit: String) -> String { inputs.units.groups[incomeColumn]?[unit] ?? "" }

    /// Units by index rank (ranked first), then by code.
    var unitsByRank: [String] {
        assessment.units.sorted { a, b in
            switch (a.indexRank.isNaN, b.indexRank.isNaN) {
            case (false, false): a.indexRank != b.indexRank ? a.indexRank < b.indexRank : a.unit < b.unit
            case (false, true): true
            case (true, false): false
            case (true, true): a.unit < b.unit
            }
        }.map(\.unit)
    }

    func nodeName(_ code: String) -> String { framework.node(code)?.name ?? code }
}

/// The assessment as tidy CSV: unit x indicator, unit x theme, and a wide results table.
public enum AssessmentCSV {
    /// Columns for treatment and screening appear when the recipe has those steps.
    public static func indicators(_ inputs: StudyInputs, _ a: Assessment) -> String {
        let v = AssessmentView(inputs: inputs, assessment: a)
        let treats = a.recipe.treat != nil, screens = a.recipe.screen != nil
        let flag = { (b: Bool) in CSVWriter.Cell.number(b ? "TRUE" : "FALSE") }
        var w = CSVWriter(header: ["unit", "name", "region", "income_group", "theme", "indicator", "type", "role", "state", "value", "year",
                                   "stale", "imputed"] + (treats ? ["treated"] : []) + (screens ? ["screened_out"] : [])
                                  + ["score", "colour", "colour_reason", "trend", "trend_reason", "source"])
        for c in a.cells {
            w.row([.text(c.unit), .text(v.name(c.unit)), .text(v.region(c.unit)), .text(v.income(c.unit)),
                   .text(c.theme), .text(c.indicator), .text(v.framework.node(c.indicator)!.type.rawValue),
                   .text(v.framework.node(c.indicator)!.role.rawValue), .text(c.state.rawValue), .number(NumberFormat.full(c.raw)),
                   .number(c.year.map(String.init) ?? "NA"), flag(c.stale), flag(c.imputed)]
                  + (treats ? [flag(c.treated)] : []) + (screens ? [flag(c.screenedOut)] : [])
                  + [.number(NumberFormat.full(c.score)),
                     .text(c.colour.value.rawValue), .text(c.colour.reason), .text(c.trend.value.rawValue),
                     .text(c.trend.reason), .text(c.source)])
        }
        return w.text
    }

    public static func themes(_ inputs: StudyInputs, _ a: Assessment) -> String {
        let v = AssessmentView(inputs: inputs, assessment: a)
        var w = CSVWriter(header: ["unit", "name", "region", "income_group", "theme", "score", "rank", "colour",
                                   "colour_reason", "policy_colour", "policy_colour_reason", "outcome_colour", "outcome_colour_reason",
                                   "trend", "trend_reason", "coverage", "values", "missing", "out_of_scope", "not_applicable"])
        for t in a.themes {
            w.row([.text(t.unit), .text(v.name(t.unit)), .text(v.region(t.unit)), .text(v.income(t.unit)),
                   .text(t.theme), .number(NumberFormat.full(t.score)), .number(NumberFormat.integer(t.rank)),
                   .text(t.colour.value.rawValue), .text(t.colour.reason), .text(t.policyColour.value.rawValue),
                   .text(t.policyColour.reason), .text(t.outcomeColour.value.rawValue), .text(t.outcomeColour.reason),
                   .text(t.trend.value.rawValue), .text(t.trend.reason), .number(NumberFormat.full(t.coverage))]
                  + CellState.allCases.map { .number("\(t.counts[$0])") })
        }
        return w.text
    }

    public static func results(_ inputs: StudyInputs, _ a: Assessment) -> String {
        let v = AssessmentView(inputs: inputs, assessment: a)
        let root = inputs.framework.root
        var header = ["unit", "name", "region", "income_group", "missing_share", "included", root, root + "_rank"]
        for t in a.themeCodes { header += [t, t + "_rank", t + "_colour", t + "_trend"] }
        var w = CSVWriter(header: header)
        for unit in v.unitsByRank {
            let u = v.units[unit]!
            var cells: [CSVWriter.Cell] = [.text(unit), .text(v.name(unit)), .text(v.region(unit)), .text(v.income(unit)),
                                           .number(NumberFormat.full(u.missingShare)), .number(u.included ? "TRUE" : "FALSE"),
                                           .number(NumberFormat.full(u.indexScore)), .number(NumberFormat.integer(u.indexRank))]
            for t in a.themeCodes {
                let c = v.themes[unit]![t]!
                cells += [.number(NumberFormat.full(c.score)), .number(NumberFormat.integer(c.rank)),
                          .text(c.colour.value.rawValue), .text(c.trend.value.rawValue)]
            }
            w.row(cells)
        }
        return w.text
    }

    /// Each unit's roles and the reason (studies with role rules).
    public static func roles(_ inputs: StudyInputs, _ a: Assessment) -> String? {
        guard a.roles.spec != nil else { return nil }
        var w = CSVWriter(header: ["unit", "name", "origin", "destination", "unassigned", "reason"])
        for unit in inputs.units.codes {
            guard let r = a.roles.units[unit] else { continue }
            let flag = { (b: Bool) in CSVWriter.Cell.number(b ? "TRUE" : "FALSE") }
            w.row([.text(unit), .text(inputs.units.name(unit)), flag(r.roles.contains(.origin)), flag(r.roles.contains(.destination)),
                   flag(r.unassigned), .text(r.reason)])
        }
        return w.text
    }

    /// Context variables (not scored), long: one row per unit and variable.
    public static func context(_ inputs: StudyInputs) -> String? {
        guard let ctx = inputs.context, let prov = inputs.contextProvenance else { return nil }
        var w = CSVWriter(header: ["unit", "name", "variable", "value", "year", "source"])
        for u in 0..<ctx.unitCount {
            for c in 0..<ctx.columnCount {
                let y = prov.years[unit: u, column: c]
                w.row([.text(ctx.units[u]), .text(inputs.units.name(ctx.units[u])), .text(ctx.columns[c]),
                       .number(NumberFormat.full(ctx[unit: u, column: c])), .number(y.isNaN ? "NA" : String(Int(y))),
                       .text(prov.source(unit: u, column: c))])
            }
        }
        return w.text
    }
}
