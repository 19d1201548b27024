/// The one error type for every problem a user can cause: a missing file, bad data, a
/// recipe that cannot run, an output that cannot be written.
///
/// It carries where the problem is (file, line, column or field), what was found and what
/// was expected, so a caller can show one sentence a person can act on; the command line picks
/// its exit code from `kind` alone (the core knows nothing of processes).
public struct GapMatrixError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The caller asked for something the inputs cannot give (a unit, a theme, an option).
        case usage
        /// An input exists but its content is wrong.
        case badData
        /// An input file does not exist or cannot be read.
        case missingInput
        /// An output cannot be written.
        case cannotWrite
    }

    public var kind: Kind
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var field: String?
    public var found: String
    public var expected: String?
    /// Further problems found in the same input, in file order (at most `ProblemList.listed` - 1).
    public var more: [GapMatrixError] = []
    /// How many further problems there are in all, listed in `more` or not.
    public var moreCount = 0

    public init(
        _ kind: Kind, file: String? = nil, line: Int? = nil, column: Int? = nil,
        field: String? = nil, found: String, expected: String? = nil
    ) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.found = found
        self.expected = expected
    }

    /// `file:line:column: field 'X': found ...; expected ...` with the parts that are known.
    public var description: String {
        var location = ""
        if let file { location = file }
        if let line { location += location.isEmpty ? "line \(line)" : ":\(line)" }
        if let column { location += ":\(column)" }
        var text = location.isEmpty ? "" : location + ": "
        if let field { text += "field '\(field)': " }
        text += found
        if let expected { text += "; expected \(expected)" }
        return text
    }
}
