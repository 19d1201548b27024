/// The version `gapmatrix --version` prints: the one place it is set (bump it with a release).
enum GapMatrixVersion {
    static let current = "0.9.0"
}
