/// The cells a source does not cover by design (`scope:` in study.yaml): Remittance Prices
/// Worldwide prices 48 sending markets, Findex surveys a listed set of economies. Absence
/// there is the source's scope, not a data gap, so these cells are kept apart from missing ones.
///
/// The file is a CSV `indicator_code,iso3,state,reason`; the only state is `out_of_scope`.
public struct Scope: Sendable {
    /// Reason by "indicator|unit".
    public let reasons: [String: String]

    public init(reasons: [String: String] = [:]) { self.reasons = reasons }

    public static let none = Scope()

    public func isOutOfScope(unit: String, indicator: String) -> Bool { reasons[indicator + "|" + unit] != nil }
    public func reason(unit: String, indicator: String) -> String? { reasons[indicator + "|" + unit] }

    /// Reads and checks a scope file: every row names a framework indicator, a unit the units
    /// file knows, the state out_of_scope and a reason; no cell twice. Rows for units the study
    /// filters out are accepted and unused.
    public static func read(_ path: String, indicators: Set<String>, known: Set<String>) throws -> Scope {
        let t = try CSVTable.read(path)
        let ci = try t.column("indicator_code"), cu = try t.column("iso3"), cs = try t.column("state"), cr = try t.column("reason")
        var reasons: [String: String] = [:]
        var lines: [String: Int] = [:]
        for r in t.rows {
            let code = r.fields[ci].trimmedField, unit = r.fields[cu].trimmedField
            let state = r.fields[cs].trimmedField, reason = r.fields[cr].trimmedField
            func fail(_ field: String, _ found: String, _ expected: String) -> GapMatrixError {
                GapMatrixError(.badData, file: path, line: r.line, field: field, found: found, expected: expected)
            }
            guard indicators.contains(code) else {
                throw fail("indicator_code", "'\(code)', which is not an indicator of the framework", "a scored indicator code")
            }
            guard known.contains(unit) else { throw fail("iso3", "unknown unit code '\(unit)'", "a code of the units file") }
            guard state == "out_of_scope" else { throw fail("state", "'\(state)'", "out_of_scope") }
            guard !reason.isEmpty else { throw fail("reason", "no reason", "why the source does not cover this unit") }
            let key = code + "|" + unit
            if let first = lines[key] {
                throw fail("iso3", "\(code) for \(unit) again (first on line \(first))", "one row per indicator and unit")
            }
            lines[key] = r.line
            reasons[key] = reason
        }
        return Scope(reasons: reasons)
    }
}
