/// Values read from tidy files, by year, unit and indicator.
///
/// Units and indicators get small numbers as they are first met, and a cell is found by one
/// integer key. A values file's rows come sorted, so a reader numbers a row's unit and indicator
/// only when they change from the row before: a row then costs one integer-keyed lookup instead
/// of three string-keyed ones (which were most of the time of reading 24 MB of values).
struct TidyStore {
    private var unitNumbers: [String: Int] = [:]
    private var codeNumbers: [String: Int] = [:]
    private var units: [String] = []
    private var cells: [Key: TidyReader.Cell] = [:]
    /// Years, units and indicators with at least one cell.
    private(set) var years: Set<Int> = []
    private var unitsWithData: Set<Int> = []
    private var codesWithData: Set<Int> = []

    var isEmpty: Bool { cells.isEmpty }

    /// The number of `unit`, given on first sight.
    mutating func number(ofUnit unit: String) -> Int {
        if let n = unitNumbers[unit] { return n }
        unitNumbers[unit] = units.count
        units.append(unit)
        return units.count - 1
    }

    /// The number of indicator `code`, given on first sight.
    mutating func number(ofCode code: String) -> Int {
        if let n = codeNumbers[code] { return n }
        let n = codeNumbers.count
        codeNumbers[code] = n
        return n
    }

    func existingNumber(ofUnit unit: String) -> Int? { unitNumbers[unit] }
    func existingNumber(ofCode code: String) -> Int? { codeNumbers[code] }

    /// A cell's place: its year as read (any Int) and the unit's and indicator's numbers.
    private struct Key: Hashable {
        let year: Int
        let unit: Int
        let code: Int
    }

    private static func key(_ year: Int, _ unit: Int, _ code: Int) -> Key { Key(year: year, unit: unit, code: code) }

    subscript(year: Int, unit: Int, code: Int) -> TidyReader.Cell? { cells[Self.key(year, unit, code)] }

    mutating func set(_ cell: TidyReader.Cell, year: Int, unit: Int, code: Int) {
        cells[Self.key(year, unit, code)] = cell
        years.insert(year)
        unitsWithData.insert(unit)
        codesWithData.insert(code)
    }

    /// The cell of `unit` and `code` in `year`, by name.
    func cell(year: Int, unit: String, code: String) -> TidyReader.Cell? {
        guard let u = unitNumbers[unit], let c = codeNumbers[code] else { return nil }
        return self[year, u, c]
    }

    func hasData(code: String) -> Bool { codeNumbers[code].map(codesWithData.contains) ?? false }

    /// The units with at least one value.
    var unitsRead: Set<String> { Set(unitsWithData.map { units[$0] }) }
}
