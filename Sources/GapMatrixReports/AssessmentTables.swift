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

/// The assessment as tidy CSV: unit x indicator, unit x theme, and a wide results table, each
/// with the columns its schema (`AssessmentSchemas`) declares.
public enum AssessmentCSV {
    /// Columns for treatment and screening appear when the recipe has those steps.
    public static func indicators(_ inputs: StudyInputs, _ a: Assessment) -> String {
        let v = AssessmentView(inputs: inputs, assessment: a)
        let treats = a.recipe.treat != nil, screens = a.recipe.screen != nil
        var w = CSVWriter(AssessmentSchemas.indicators(inputs, a))
        for c in a.cells {
            let node = v.framework.node(c.indicator)!
            w.row([.text(c.unit), .text(v.name(c.unit)), .text(v.region(c.unit)), .text(v.income(c.unit)),
                   .text(c.theme), .text(c.indicator), .text(node.name), .text(node.unit ?? ""), .text(node.type.rawValue),
                   .text(node.role.rawValue), .text(c.state.rawValue), .value(c.raw), .whole(c.year), .flag(c.stale), .flag(c.imputed)]
                  + (treats ? [.flag(c.treated)] : []) + (screens ? [.flag(c.screenedOut)] : [])
                  + [.value(c.score), .text(c.colour.value.rawValue), .text(c.colour.reason), .text(c.trend.value.rawValue),
                     .text(c.trend.reason), .text(c.source)])
        }
        return w.text
    }

    public static func themes(_ inputs: StudyInputs, _ a: Assessment) -> String {
        let v = AssessmentView(inputs: inputs, assessment: a)
        var w = CSVWriter(AssessmentSchemas.themes(inputs, a))
        for t in a.themes {
            w.row([.text(t.unit), .text(v.name(t.unit)), .text(v.region(t.unit)), .text(v.income(t.unit)),
                   .text(t.theme), .value(t.score), .value(t.rank),
                   .text(t.colour.value.rawValue), .text(t.colour.reason), .text(t.policyColour.value.rawValue),
                   .text(t.policyColour.reason), .text(t.outcomeColour.value.rawValue), .text(t.outcomeColour.reason),
                   .text(t.trend.value.rawValue), .text(t.trend.reason), .value(t.coverage)]
                  + CellState.allCases.map { .whole(t.counts[$0]) })
        }
        return w.text
    }

    public static func results(_ inputs: StudyInputs, _ a: Assessment) -> String {
        let v = AssessmentView(inputs: inputs, assessment: a)
        var w = CSVWriter(AssessmentSchemas.results(inputs, a))
        for unit in v.unitsByRank {
            let u = v.units[unit]!
            var cells: [CSVWriter.Cell] = [.text(unit), .text(v.name(unit)), .text(v.region(unit)), .text(v.income(unit)),
                                           .value(u.missingShare), .flag(u.included), .value(u.indexScore), .value(u.indexRank)]
            for t in a.themeCodes {
                let c = v.themes[unit]![t]!
                cells += [.value(c.score), .value(c.rank), .text(c.colour.value.rawValue), .text(c.trend.value.rawValue)]
            }
            w.row(cells)
        }
        return w.text
    }

    /// Each unit's roles and the reason (studies with role rules).
    public static func roles(_ inputs: StudyInputs, _ a: Assessment) -> String? {
        guard a.roles.spec != nil else { return nil }
        var w = CSVWriter(AssessmentSchemas.roles(inputs))
        for unit in inputs.units.codes {
            guard let r = a.roles.units[unit] else { continue }
            w.row([.text(unit), .text(inputs.units.name(unit)), .flag(r.roles.contains(.origin)), .flag(r.roles.contains(.destination)),
                   .flag(r.unassigned), .text(r.reason)])
        }
        return w.text
    }

    /// Context variables (not scored), long: one row per unit and variable.
    public static func context(_ inputs: StudyInputs) -> String? {
        guard let ctx = inputs.context, let prov = inputs.contextProvenance else { return nil }
        var w = CSVWriter(AssessmentSchemas.context(inputs))
        for u in 0..<ctx.unitCount {
            for c in 0..<ctx.columnCount {
                w.row([.text(ctx.units[u]), .text(inputs.units.name(ctx.units[u])), .text(ctx.columns[c]),
                       .value(ctx[unit: u, column: c]), .value(prov.years[unit: u, column: c]),
                       .text(prov.source(unit: u, column: c))])
            }
        }
        return w.text
    }
}
