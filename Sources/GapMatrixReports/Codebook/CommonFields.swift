import GapMatrix

/// Columns many report tables share, declared once so they read the same everywhere: one name
/// for a unit's code (`unit_code`, with a prefix for pairs: `from_unit_code`, `peer_unit_code`),
/// one for indicator codes (`indicator_code`), one for theme codes (`theme_code`).
enum Columns {
    static func unitCode(prefix: String = "", of whom: String = "the unit (country)") -> Field {
        .text(prefix + "unit_code", "code of \(whom), as in the study's units file (units.csv lists every unit)")
    }

    static func unitName(prefix: String = "", of whom: String = "the unit (country)") -> Field {
        .text(prefix + "unit_name", "name of \(whom)")
    }

    static let region = Field.text("region", "UN region of the unit (column \(ReportGroups.region) of the units file; empty when none)")
    static let income = Field.text("income_group", "World Bank income group of the unit (column \(ReportGroups.income) of the units file; empty when none)")

    static func theme(_ themes: [String], _ what: String = "the theme") -> Field {
        .text("theme_code", "code of \(what) (a framework aggregate below the index; names in indicator_dictionary.csv's theme_name)",
              allowed: themes)
    }

    static let colourValues = Colour.allCases.map(\.rawValue)
    static let trendValues = Trend.allCases.map(\.rawValue)
    static let gapClassValues = KnowledgeGapMatrix.GapClass.allCases.map(\.rawValue)
    static let stateValues = CellState.allCases.map(\.rawValue)
    static let evaluationValues = Practice.EvaluationLevel.allCases.map(\.rawValue)

    static func colour(_ name: String, _ what: String) -> Field {
        .text(name, "\(what): green, yellow, orange or red; grey when there is nothing to rate", allowed: colourValues)
    }

    static func trend(_ name: String, _ what: String) -> Field {
        .text(name, what, allowed: trendValues)
    }

    /// The counts of indicator cells by state, one column per state.
    static var stateCounts: [Field] {
        CellState.allCases.map { s in
            .integer(s.rawValue, "number of the theme's indicator cells in state '\(s.rawValue)'", unit: "indicator cells")
        }
    }

    static func unitKey(_ field: String) -> ForeignKey { ForeignKey(field, "units", "unit_code") }
    static func indicatorKey(_ field: String) -> ForeignKey { ForeignKey(field, "indicator_dictionary", "indicator_code") }
    static func sourceKey(_ field: String) -> ForeignKey { ForeignKey(field, "sources", "source_id") }
}
