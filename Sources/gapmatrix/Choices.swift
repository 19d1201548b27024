import GapMatrix
import GapMatrixReports

/// Where a value was typed: a positional argument or an option. Errors name it this way, so a
/// message about the command line never reads like one about a file's field.
enum Place: CustomStringConvertible {
    case argument(String)
    case option(String)

    var description: String {
        switch self {
        case .argument(let name): "argument '\(name)'"
        case .option(let name): "option '--\(name)'"
        }
    }

    /// A usage error (exit 64) about the value typed here.
    func error(_ found: String, expected: String) -> GapMatrixError {
        GapMatrixError(.usage, found: "\(self): \(found)", expected: expected)
    }
}

/// The one place that turns what was typed for a unit, theme, region or meeting into the code
/// the study uses, so every command accepts and rejects the same words with the same message.
///
/// A code matches in any case ("PHL", "phl", "rt2", "africa"), as does a name ("Philippines",
/// "philippines"), when only one code or name matches; anything else is answered with the
/// closest codes and names.
struct Choices {
    /// What the values are called in messages: "unit", "theme", "region".
    let kind: String
    let codes: [String]
    let names: [String: String]
    /// What a good value looks like, for the error.
    let expected: String

    /// The code `typed` stands for, or a usage error with the closest codes.
    func resolve(_ typed: String, at place: Place) throws -> String {
        if codes.contains(typed) { return typed }
        let folded = typed.lowercased()
        let sameCode = codes.filter { $0.lowercased() == folded }
        if sameCode.count == 1 { return sameCode[0] }
        let named = codes.filter { names[$0]?.lowercased() == folded }
        if named.count == 1 { return named[0] }
        if named.count > 1 {
            throw place.error("'\(typed)' names \(named.count) \(kind)s (\(named.joined(separator: ", ")))",
                              expected: "one of their codes")
        }
        throw place.error("unknown \(kind) '\(typed)'" + hint(typed), expected: expected)
    }

    /// " (did you mean PHL?)" when some code or name is close to `typed`.
    private func hint(_ typed: String) -> String {
        let byCode = Suggestions.closest(to: typed, among: codes)
        // Every code offered says no more than the list of codes in the error.
        if !byCode.isEmpty { return byCode.count > 1 && byCode.count == codes.count ? "" : " (did you mean \(Suggestions.list(byCode, quote: { $0 }))?)" }
        let nameToCode = Dictionary(codes.compactMap { c in names[c].map { ($0, c) } }, uniquingKeysWith: { a, _ in a })
        let byName = Suggestions.closest(to: typed, among: codes.compactMap { names[$0] })
        guard !byName.isEmpty else { return "" }
        return " (did you mean \(Suggestions.list(byName, quote: { "\($0) (\(nameToCode[$0]!))" }))?)"
    }
}

extension Choices {
    /// Units of the study (`codes`), or every unit the units file lists (`knownCodes`) where a
    /// command looks beyond the study (corridors and partnerships name partners outside it).
    static func units(_ inputs: StudyInputs, everyKnown: Bool = false) -> Choices {
        let codes = everyKnown ? inputs.units.knownCodes.sorted() : inputs.units.codes
        return Choices(kind: "unit", codes: codes, names: inputs.units.names,
                       expected: "a unit code or name \(everyKnown ? "of the units file" : "of the study"), "
                           + "e.g. \(codes.prefix(3).joined(separator: ", "))")
    }

    /// The framework's themes: every aggregate below the index, as the gap matrix has them.
    static func themes(_ framework: Framework) -> Choices {
        let codes = framework.aggregates.filter { $0 != framework.root }
        let names = Dictionary(uniqueKeysWithValues: codes.map { ($0, framework.node($0)?.name ?? $0) })
        return Choices(kind: "theme", codes: codes, names: names, expected: "one of: \(codes.joined(separator: ", "))")
    }

    /// The UN regions of the units file, the labels of its region column.
    static func regions(_ units: UnitTable) -> Choices {
        let codes = Set(units.groups[ReportGroups.region]?.values.map { $0 } ?? []).sorted()
        return Choices(kind: "region", codes: codes, names: [:], expected: "one of: \(codes.joined(separator: ", "))")
    }
}
