/// The SDR dashboard colours, with the letter reports print so colour is never the only cue.
public enum Colour: String, Sendable, CaseIterable, Comparable {
    case green, yellow, orange, red, grey

    /// Points for the two-worst rule: green 3, yellow 2, orange 1, red 0 (grey has none).
    public var points: Int? {
        switch self {
        case .green: 3
        case .yellow: 2
        case .orange: 1
        case .red: 0
        case .grey: nil
        }
    }

    public var letter: String {
        switch self {
        case .green: "G"
        case .yellow: "Y"
        case .orange: "O"
        case .red: "R"
        case .grey: "."
        }
    }

    public static func < (a: Colour, b: Colour) -> Bool {
        (a.points ?? -1) < (b.points ?? -1)
    }
}

/// A rating with the reason behind it, so every colour and arrow can be checked by hand.
public struct Rated<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var reason: String

    public init(_ value: Value, _ reason: String) {
        self.value = value
        self.reason = reason
    }
}
