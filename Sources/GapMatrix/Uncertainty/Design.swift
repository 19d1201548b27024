/// One replication of a sensitivity design: one value per uncertain parameter (nil: the
/// study's own), in `UncertainParameter.all` order.
public struct DesignRow: Sendable, Equatable {
    public var id: String
    public var values: [DesignValue?]

    public init(id: String) {
        self.id = id
        values = Array(repeating: nil, count: UncertainParameter.all.count)
    }

    /// The value of the parameter with this id.
    public subscript(_ parameter: String) -> DesignValue? {
        get { values[UncertainParameter.index(parameter)!] }
        set { values[UncertainParameter.index(parameter)!] = newValue }
    }
}

/// Reads design tables and weight sets in COINr's layouts.
public enum DesignTable {
    /// `rep`, then each parameter's columns (`UncertainParameter.columns`): COINr's `Winmax,
    /// Normalisation, NormPara, WeightSet, Aggregation` and the columns of inputs beyond COINr's.
    /// Any parameter's columns may be absent (then the study's own value is used), but not only
    /// some of them; `NA` in a parameter's first column means the study's own value.
    public static func read(_ path: String) throws -> [DesignRow] {
        let t = try CSVTable.read(path)
        let cRep = try t.column("rep")
        var present: [(index: Int, parameter: UncertainParameter, columns: [Int])] = []
        for (i, p) in UncertainParameter.all.enumerated() where t.optionalColumn(p.columns[0]) != nil {
            present.append((i, p, try p.columns.map { try t.column($0) }))
        }
        var rows: [DesignRow] = []
        var seen: [String: Int] = [:]
        for r in t.rows {
            let id = r.fields[cRep]
            if let first = seen[id] {
                throw GapMatrixError(.badData, file: path, line: r.line, field: "rep",
                                     found: "replication '\(id)' again (first on line \(first))", expected: "unique rep ids")
            }
            seen[id] = r.line
            var row = DesignRow(id: id)
            for (i, p, columns) in present {
                do {
                    row.values[i] = try p.decode(columns.map { r.fields[$0] })
                } catch let c as CellProblem {
                    throw GapMatrixError(.badData, file: path, line: r.line, field: c.column, found: c.found, expected: c.expected)
                }
            }
            rows.append(row)
        }
        return rows
    }

    /// `WeightSet, iCode, Level, Weight`: numbered sets of node weights.
    public static func readWeightSets(_ path: String, framework: Framework) throws -> [Int: [String: Double]] {
        var t = try CSVReader(path: path)
        let cSet = try t.column("WeightSet"), cCode = try t.column("iCode"), cW = try t.column("Weight")
        var sets: [Int: [String: Double]] = [:]
        // Rows come grouped by set: the set being read is kept apart and stored when the set changes,
        // so each row costs one small dictionary update.
        var current: Int? = nil
        var weights: [String: Double] = [:]
        var r = CSVFields()
        var setNumbers = RepeatedField<Int?>()
        // Every set lists the same codes in the same order (as `UncertaintyFiles.weights` writes
        // them): a row whose code has the bytes of the first set's code at the same position takes
        // that code, already checked. While a set's rows all match their positions, a code cannot
        // come twice in it, since the first set was checked for that.
        var order: [(bytes: [UInt8], code: String)] = []
        var firstSet = true, position = 0, inOrder = true
        while try t.next(into: &r) {
            guard let s = setNumbers.value(r, cSet, { Int(r.string(cSet)) }) else {
                throw GapMatrixError(.badData, file: path, line: r.line, field: "WeightSet", found: "'\(r.string(cSet))'", expected: "a weight set number")
            }
            if s != current {
                if let current {
                    sets[current] = weights
                    firstSet = false
                }
                current = s
                weights = sets[s] ?? Dictionary(minimumCapacity: order.count)
                // A set that comes back after another may already hold any code.
                (position, inOrder) = (0, weights.isEmpty)
            }
            let code: String
            if !firstSet, position < order.count, r.equals(cCode, order[position].bytes) {
                code = order[position].code
            } else {
                code = r.string(cCode)
                guard framework.nodeIndex(code) != nil else {
                    throw GapMatrixError(.badData, file: path, line: r.line, field: "iCode", found: "'\(code)', which is not in the framework", expected: "a framework code")
                }
                if firstSet { order.append((r.bytes(cCode), code)) } else { inOrder = false }
            }
            position += 1
            let w = try t.number(r, cW)
            guard !w.isNaN, w >= 0 else {
                throw GapMatrixError(.badData, file: path, line: r.line, field: "Weight", found: "'\(r.string(cW))'", expected: "a weight zero or above")
            }
            if (firstSet || !inOrder), weights[code] != nil {
                throw GapMatrixError(.badData, file: path, line: r.line, found: "weight set \(s) gives '\(code)' twice", expected: "one weight per code and set")
            }
            weights[code] = w
        }
        if let current { sets[current] = weights }
        // Each aggregate's children found once, not once per set; sets checked in number order, so
        // the set an error names does not depend on the dictionary's order.
        let groups = framework.aggregates.map { a in (a, framework.children(of: a).map { ($0.code, $0.weight) }) }
        for s in sets.keys.sorted() {
            let w = sets[s]!
            for (a, children) in groups where children.allSatisfy({ (w[$0.0] ?? $0.1) == 0 }) {
                throw GapMatrixError(.badData, file: path, found: "weight set \(s) has all weights zero under '\(a)'",
                                     expected: "at least one positive weight among its children")
            }
        }
        return sets
    }
}
