import GapMatrix

extension GapMatrixError {
    /// Exit codes follow BSD sysexits, which scripts around the tool can test for.
    var exitCode: Int32 {
        switch kind {
        case .usage: 64
        case .badData: 65
        case .missingInput: 66
        case .cannotWrite: 73
        }
    }
}
