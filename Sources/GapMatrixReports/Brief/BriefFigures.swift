import GapMatrix

/// Every figure the meeting brief states, one per row of `brief_figures.csv`, each saying which
/// rows of which CSV file of the same folder it is computed from. The brief cites a figure as
/// `[F12]`; the same ids serve the three languages, so each language states the same numbers.
///
/// A figure is one of a few operations on one file's rows: a count of the rows a selection keeps
/// (with the count of a wider selection as "of"), the range of a year column over them, or
/// values copied from one row (a name, a status, a meeting). A selection is a list of clauses
/// joined by "; ": `column=value`, `column!=value`, `column=a|b` (either), `column~value` (a
/// `;` list holding the value), and `unit_code in FILE:column=value` (units a row of another
/// file marks). Tests recompute every count and range from the cited file.
public struct BriefFigure: Sendable, Equatable {
    /// What the figure is, a closed list (the codebook's allowed values).
    public enum Measure: String, Sendable, CaseIterable {
        case units = "units"
        case judged = "units judged"
        case vintage = "data vintage"
        case gapClass = "gap class"
        case missingIndicator = "indicator missing"
        case practices = "practices"
        case evaluatedPractices = "evaluated practices"
        case agreementPractices = "practices from the agreements data"
        case practice = "practice"
        case learningPairs = "learning pairs"
        case learningPair = "learning pair"
        case recommendations = "recommendations"
        case recommendation = "recommendation"
        case followUpAction = "follow-up action"
        case unknownStatus = "actions with unknown status"
        case changes = "changes beyond noise"
        case change = "change beyond noise"
        case unstableCells = "unstable gap cells"
        case staleValues = "stale values"
        case corridorsNone = "corridors without agreement"
        case corridorNone = "corridor without agreement"
    }

    public var id: String
    public var theme: String
    public var measure: Measure
    /// The group or item the figure is about (a region, a role, a gap class, an indicator code, an id).
    public var group: String
    public var value: Int?
    public var of: Int?
    public var yearFrom: Int?
    public var yearTo: Int?
    /// A name or text copied from the source row (an indicator's name, a practice's title, a meeting).
    public var label: String
    public var file: String
    public var selection: String
    /// For counts with "of": the wider selection counted.
    public var ofSelection: String
}

/// Collects the figures as the brief's content is computed, numbering them in order.
public struct FigureBook: Sendable {
    public private(set) var figures: [BriefFigure] = []

    public init() {}

    /// Adds a figure, numbered in order (`F1`, `F2`, ...), and returns it.
    @discardableResult
    public mutating func add(_ theme: String, _ measure: BriefFigure.Measure, group: String = "", value: Int? = nil, of: Int? = nil,
                             years: (Int, Int)? = nil, label: String = "", file: String, selection: String,
                             ofSelection: String = "") -> BriefFigure {
        let f = BriefFigure(id: "F\(figures.count + 1)", theme: theme, measure: measure, group: group, value: value, of: of,
                            yearFrom: years?.0, yearTo: years?.1, label: label, file: file, selection: selection, ofSelection: ofSelection)
        figures.append(f)
        return f
    }

    /// Puts back a figure changed after it was added (same id).
    public mutating func replace(_ f: BriefFigure) {
        if let i = figures.firstIndex(where: { $0.id == f.id }) { figures[i] = f }
    }

    /// brief_figures.csv.
    public func csv() -> String {
        var w = CSVWriter(BriefSchemas.figures)
        for f in figures {
            w.row([.text(f.id), .text(f.theme), .text(f.measure.rawValue), .text(f.group), .whole(f.value), .whole(f.of),
                   .whole(f.yearFrom), .whole(f.yearTo), .text(f.label), .text(f.file), .text(f.selection), .text(f.ofSelection)])
        }
        return w.text
    }
}

/// A selection clause, written the one way the brief's figures and their tests read it.
enum Select {
    static func eq(_ column: String, _ value: String) -> String { "\(column)=\(value)" }
    static func ne(_ column: String, _ value: String) -> String { "\(column)!=\(value)" }
    static func either(_ column: String, _ values: [String]) -> String { "\(column)=\(values.joined(separator: "|"))" }
    static func holds(_ column: String, _ value: String) -> String { "\(column)~\(value)" }
    static func marked(_ file: String, _ column: String) -> String { "unit_code in \(file):\(column)=TRUE" }
    static func all(_ clauses: [String]) -> String { clauses.joined(separator: "; ") }
}

/// The declaration of brief_figures.csv.
enum BriefSchemas {
    static let figures = TableSchema(
        file: "brief_figures.csv", title: "Figures of the meeting brief",
        description: "Every number the meeting brief (brief.md, brief.txt and their French and Spanish versions) states, one per row, "
            + "cited there as [F12]: what it measures, its value, and the file and rows of this folder it is computed from. "
            + "A count is the number of rows of source_file that selection keeps (of: those of_selection keeps); a data vintage "
            + "is the earliest and latest year of those rows; other rows copy a name, text or meeting from the one row selected.",
        fields: [.text("figure_id", "id the brief cites, F1, F2, ..."),
                 .text("theme_code", "the theme the figure belongs to (empty for the whole study)"),
                 .text("measure", "what the figure is", allowed: BriefFigure.Measure.allCases.map(\.rawValue)),
                 .text("group", "the region, role, gap class, indicator code or id it is about (empty for all)"),
                 .integer("value", "the count (empty when the figure is not a count)"),
                 .integer("of", "the count it is out of (empty when none)"),
                 .year("year_from", "earliest year of the values selected (data vintage; empty otherwise)"),
                 .year("year_to", "latest year of the values selected (data vintage), or the last year the agreement list covers "
                       + "(corridors without agreement: \"none recorded to\" that year); empty otherwise"),
                 .text("label", "a name, text or meeting copied from the selected row (empty when none)"),
                 .text("source_file", "the CSV file of this folder the figure is computed from"),
                 .text("selection", "the rows used: clauses joined by '; ' (column=value, column!=value, column=a|b, column~value for a "
                       + "list holding the value, unit_code in FILE:column=TRUE)"),
                 .text("of_selection", "the rows counted for 'of' (empty when none)")],
        primaryKey: ["figure_id"])
}
