import ArgumentParser

/// Bounds on numeric options, checked in `validate()` so every command words them alike and
/// nothing is read before a typo is reported.
enum Check {
    static func atLeast(_ minimum: Int, _ value: Int?, option: String) throws {
        if let value, value < minimum {
            throw ValidationError("option '--\(option)' must be at least \(minimum) (found \(value)).")
        }
    }
}
