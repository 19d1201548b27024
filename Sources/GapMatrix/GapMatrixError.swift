/// The one error type for every problem a user can cause: a missing file, bad data, a
/// recipe that cannot run, an output that cannot be written.
///
/// It carries where the problem is (file, line, column or field), what was found and what
/// was expected, so the command line can print one sentence a person can act on and pick
/// an exit code from `kind` alone.
public struct GapMatrixError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The command was called wrongly (exit 64).
        case usage
        /// An input exists but its content is wrong (exit 65).
        case badData
        /// An input file does not exist or cannot be read (exit 66).
        case missingInput
        /// An output cannot be written (exit 73).
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

    /// Exit codes follow BSD sysexits, which scripts around the tool can test for.
    public var exitCode: Int32 {
        switch kind {
        case .usage: 64
        case .badData: 65
        case .missingInput: 66
        case .cannotWrite: 73
        }
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
