/// Input files must be UTF-8. A byte that is not (a name saved as Latin-1 or Windows-1252,
/// say) is an error at its line and column: decoding it with the replacement character would
/// silently change a name and every key it joins on.
enum UTF8Check {
    /// The offset of the first byte of the first ill-formed sequence in `bytes`, nil when all is UTF-8.
    static func firstInvalid<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8 {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The error for the bad byte `byte` at `line` and `column` (1-based, columns in characters).
    static func error(file: String, line: Int, column: Int, byte: UInt8) -> GapMatrixError {
        let hex = String(byte, radix: 16, uppercase: true)
        return GapMatrixError(.badData, file: file, line: line, column: column,
                              found: "invalid UTF-8 byte 0x\(hex.count == 1 ? "0" + hex : hex)",
                              expected: "UTF-8 text (save the file as UTF-8)")
    }

    /// Where the bad byte at `index` of a whole file's `bytes` is: its line and column.
    static func error(file: String, bytes: [UInt8], at index: Int) -> GapMatrixError {
        let lf = UInt8(ascii: "\n")
        var line = 1, lineStart = 0
        for i in 0..<index where bytes[i] == lf {
            line += 1
            lineStart = i + 1
        }
        let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
        return error(file: file, line: line, column: column, byte: bytes[index])
    }
}
