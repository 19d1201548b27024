/// What one CSV file of a report holds, column by column: the single declaration both the CSV
/// writer (its header) and the codebook (datapackage.json, the workbook's README sheet) are made
/// from, so the files and their description cannot drift apart.
public struct TableSchema: Sendable, Equatable {
    /// The file name in the report folder, e.g. `indicators.csv`.
    public var file: String
    public var title: String
    public var description: String
    public var fields: [Field]
    /// Columns whose values together identify a row (empty when rows have no key).
    public var primaryKey: [String]
    public var foreignKeys: [ForeignKey]
    /// A table in one of COINr's layouts (kept so it can be compared with COINr's output): no
    /// byte-order mark, missing values written `NA`. Report tables leave missing values empty.
    public var coinrLayout: Bool

    public init(file: String, title: String, description: String, fields: [Field], primaryKey: [String] = [],
                foreignKeys: [ForeignKey] = [], coinrLayout: Bool = false) {
        self.coinrLayout = coinrLayout
        self.file = file
        self.title = title
        self.description = description
        self.fields = fields
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
    }

    /// The resource name a data package gives the table: the file name without `.csv`.
    public var name: String { file.hasSuffix(".csv") ? String(file.dropLast(4)) : file }
    public var header: [String] { fields.map(\.name) }
    /// How a missing value is written.
    public var missingValue: String { coinrLayout ? "NA" : "" }
}

/// One column: its name, Table Schema type, meaning, unit and allowed values.
public struct Field: Sendable, Equatable {
    /// Table Schema types used by the report (`year` is a four-digit year).
    public enum Kind: String, Sendable {
        case string, number, integer, boolean, year
    }

    public var name: String
    public var kind: Kind
    public var description: String
    /// The unit of a measured value ("% of GDP", "US$ million"), when it has one.
    public var unit: String?
    /// The only values the column takes (colours, states, classes...), when they are a closed list.
    public var allowed: [String]?
    /// A list of values separated by `;` (the report's one list separator).
    public var isList: Bool

    public init(_ name: String, _ kind: Kind, _ description: String, unit: String? = nil, allowed: [String]? = nil,
                list: Bool = false) {
        self.name = name
        self.kind = kind
        self.description = description
        self.unit = unit
        self.allowed = allowed
        self.isList = list
    }

    public static func text(_ name: String, _ description: String, allowed: [String]? = nil) -> Field {
        Field(name, .string, description, allowed: allowed)
    }

    public static func list(_ name: String, _ description: String) -> Field {
        Field(name, .string, description + " (a list separated by ';')", list: true)
    }

    public static func number(_ name: String, _ description: String, unit: String? = nil) -> Field {
        Field(name, .number, description, unit: unit)
    }

    public static func integer(_ name: String, _ description: String, unit: String? = nil) -> Field {
        Field(name, .integer, description, unit: unit)
    }

    public static func flag(_ name: String, _ description: String) -> Field {
        Field(name, .boolean, description + " (TRUE or FALSE)")
    }

    public static func year(_ name: String, _ description: String) -> Field {
        Field(name, .year, description)
    }
}

/// Columns of one table whose values must appear in the key columns of another.
public struct ForeignKey: Sendable, Equatable {
    public var fields: [String]
    /// The referenced resource's name (its file name without `.csv`).
    public var resource: String
    public var reference: [String]

    public init(_ fields: [String], _ resource: String, _ reference: [String]) {
        self.fields = fields
        self.resource = resource
        self.reference = reference
    }

    public init(_ field: String, _ resource: String, _ reference: String) {
        self.init([field], resource, [reference])
    }
}
