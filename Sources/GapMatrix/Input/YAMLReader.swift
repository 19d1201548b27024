package import Yams

/// Strict, located access to a YAML mapping: every error names the file, the line and the key,
/// and keys the reader does not know are errors (a misspelt option must not be ignored).
package struct YAMLMap {
    package let file: String
    package let node: Node
    package let path: String
    private let mapping: Node.Mapping
    /// The values by key. Yams looks a key up by building a node and resolving its tag (regular
    /// expressions) for every entry it compares; a registry of a few hundred keys spent most of its
    /// reading there. Keys are text here, so two keys with the same text are an error (Yams lets
    /// them through when their tags differ, e.g. `!!int 2` and `2`).
    private let values: [String: Node]

    /// Parses a YAML file whose top level is a mapping.
    package static func load(_ path: String) throws -> YAMLMap {
        let text = try InputFile.text(path)
        return try parse(text, file: path)
    }

    package static func parse(_ text: String, file: String) throws -> YAMLMap {
        let node: Node?
        do {
            // No tag resolution: values are read as text and checked here, and the default resolver compiles
            // its regular expressions at start-up.
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw located(error, file: file, text: text)
        } catch {
            throw GapMatrixError(.badData, file: file, found: "YAML that cannot be read", expected: "valid YAML")
        }
        guard let node else {
            throw GapMatrixError(.badData, file: file, line: 1, found: "an empty file", expected: "a YAML mapping")
        }
        return try YAMLMap(node, file: file, path: "")
    }

    init(_ node: Node, file: String, path: String) throws {
        guard let mapping = node.mapping else {
            throw GapMatrixError(.badData, file: file, line: node.mark?.line, field: path.isEmpty ? nil : path,
                                 found: "a \(YAMLMap.kind(node))", expected: "a mapping of keys to values")
        }
        self.file = file
        self.node = node
        self.path = path
        self.mapping = mapping
        var values: [String: Node] = [:]
        var lines: [String: Int] = [:]
        for (k, v) in mapping {
            guard let key = k.string else { continue }
            if values[key] != nil {
                throw GapMatrixError(.badData, file: file, line: k.mark?.line, column: k.mark?.column,
                                     field: path.isEmpty ? key : path + "." + key,
                                     found: "key '\(key)' twice in one mapping" + (lines[key].map { " (first on line \($0))" } ?? ""),
                                     expected: "each key once")
            }
            values[key] = v
            lines[key] = k.mark?.line
        }
        self.values = values
    }

    package var line: Int? { node.mark?.line }

    package var keys: [String] { mapping.keys.compactMap(\.string) }

    private func full(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    package func error(_ key: String?, _ found: String, _ expected: String) -> GapMatrixError {
        let n = key.flatMap { values[$0] } ?? node
        return GapMatrixError(.badData, file: file, line: n.mark?.line, column: n.mark?.column,
                              field: key.map(full) ?? (path.isEmpty ? nil : path), found: found, expected: expected)
    }

    /// Fails on any key not in `allowed`.
    package func onlyKeys(_ allowed: [String]) throws {
        for (k, v) in mapping {
            guard let key = k.string else { continue }
            if !allowed.contains(key) {
                throw GapMatrixError(.badData, file: file, line: v.mark?.line ?? k.mark?.line, field: full(key),
                                     found: "unknown key '\(key)'", expected: "one of: \(allowed.joined(separator: ", "))")
            }
        }
    }

    package func has(_ key: String) -> Bool {
        guard let v = values[key] else { return false }
        return !(v.scalar.map { $0.string == "~" || $0.string == "null" || $0.string.isEmpty } ?? false)
    }

    /// The plain value at `key`, or nil when absent or not a plain value.
    package func scalar(_ key: String) -> String? { has(key) ? values[key]?.scalar?.string : nil }

    package func optionalString(_ key: String) throws -> String? {
        guard has(key), let v = values[key] else { return nil }
        guard let s = v.scalar?.string else { throw error(key, "a \(YAMLMap.kind(v))", "a single value") }
        return s
    }

    package func string(_ key: String) throws -> String {
        guard let s = try optionalString(key) else { throw error(nil, "no '\(key)'", "a value for '\(full(key))'") }
        return s
    }

    package func optionalDouble(_ key: String) throws -> Double? {
        guard let s = try optionalString(key) else { return nil }
        guard let v = Double(s), v.isFinite else { throw error(key, "'\(s)'", "a number") }
        return v
    }

    package func double(_ key: String) throws -> Double {
        guard let v = try optionalDouble(key) else { throw error(nil, "no '\(key)'", "a number for '\(full(key))'") }
        return v
    }

    package func optionalInt(_ key: String) throws -> Int? {
        guard let s = try optionalString(key) else { return nil }
        guard let v = Int(s) else { throw error(key, "'\(s)'", "a whole number") }
        return v
    }

    package func optionalBool(_ key: String) throws -> Bool? {
        guard let s = try optionalString(key) else { return nil }
        switch s.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error(key, "'\(s)'", "true or false")
        }
    }

    package func optionalMap(_ key: String) throws -> YAMLMap? {
        guard has(key), let v = values[key] else { return nil }
        return try YAMLMap(v, file: file, path: full(key))
    }

    /// A sequence of mappings (e.g. a list of indicators).
    package func mapList(_ key: String) throws -> [YAMLMap] {
        guard has(key), let v = values[key] else { return [] }
        guard let seq = v.sequence else { throw error(key, "a \(YAMLMap.kind(v))", "a list") }
        return try seq.enumerated().map { try YAMLMap($0.element, file: file, path: "\(full(key))[\($0.offset + 1)]") }
    }

    /// A list of plain values (e.g. `[0, 100]`).
    package func scalarList(_ key: String) throws -> [String]? {
        guard has(key), let v = values[key] else { return nil }
        guard let seq = v.sequence else { throw error(key, "a \(YAMLMap.kind(v))", "a list such as [0, 100]") }
        return try seq.map { item in
            guard let s = item.scalar?.string else { throw error(key, "a nested \(YAMLMap.kind(item))", "plain values") }
            return s
        }
    }

    /// A list whose items are plain values or mappings (e.g. sources given as text or as
    /// `{reference, url}`), each with its mapping when it is one.
    package func mixedList(_ key: String) throws -> [(scalar: String?, map: YAMLMap?)]? {
        guard has(key), let v = values[key] else { return nil }
        guard let seq = v.sequence else { throw error(key, "a \(YAMLMap.kind(v))", "a list") }
        return try seq.enumerated().map { i, item in
            if let s = item.scalar?.string { return (s, nil) }
            guard item.mapping != nil else { throw error(key, "a nested \(YAMLMap.kind(item))", "plain values or mappings") }
            return (nil, try YAMLMap(item, file: file, path: "\(full(key))[\(i + 1)]"))
        }
    }

    /// Key-value pairs of a nested mapping, in file order (for per-indicator overrides).
    package func entries(_ key: String) throws -> [(key: String, value: Node, map: YAMLMap?)] {
        guard has(key), let v = values[key] else { return [] }
        guard let m = v.mapping else { throw error(key, "a \(YAMLMap.kind(v))", "a mapping") }
        return m.compactMap { k, val in
            guard let ks = k.string else { return nil }
            return (ks, val, try? YAMLMap(val, file: file, path: full(key) + "." + ks))
        }
    }

    static func kind(_ node: Node) -> String {
        switch node {
        case .scalar: "single value"
        case .mapping: "mapping"
        case .sequence: "list"
        case .alias: "alias"
        }
    }

    /// The lines of a block mapping's key written at `column` from `mappingLine` on: its first and
    /// second appearance (nil for a flow mapping or a key written another way).
    static func secondLine(of key: String, in text: String, mappingLine: Int, column: Int) -> (first: Int, line: Int)? {
        var found: [Int] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where i + 1 >= mappingLine {
            let rest = line.dropFirst(max(column - 1, 0))
            if line.prefix(max(column - 1, 0)).allSatisfy({ $0 == " " || $0 == "-" }) && rest.hasPrefix(key + ":") {
                found.append(i + 1)
                if found.count == 2 { return (found[0], found[1]) }
            }
        }
        return nil
    }

    static func located(_ error: YamlError, file: String, text: String = "") -> GapMatrixError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return GapMatrixError(.badData, file: file, line: mark.line, column: mark.column,
                                  found: "YAML syntax error: \(problem)", expected: "valid YAML")
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams marks where the mapping starts; the line to fix is the key's second appearance.
            let key = duplicates.sorted()[0]
            let second = secondLine(of: key, in: text, mappingLine: context.mark.line, column: context.mark.column)
            return GapMatrixError(.badData, file: file, line: second?.line ?? context.mark.line, column: context.mark.column,
                                  field: key,
                                  found: "key '\(key)' twice in one mapping" + (second.map { " (first on line \($0.first))" } ?? ""),
                                  expected: "each key once")
        default:
            return GapMatrixError(.badData, file: file, found: "YAML that cannot be read", expected: "valid YAML")
        }
    }
}
