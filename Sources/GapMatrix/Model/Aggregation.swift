/// Aggregation functions (COINr's `a_*`).
public enum Aggregation: Sendable, Equatable, Hashable {
    case arithmetic
    case geometric
    case harmonic
    /// (sum w x^p / sum w)^(1/p); p = 1 is arithmetic.
    case generalised(p: Double)
}

/// Names and parameters of an aggregation method besides its formula (`Aggregate`).
extension Aggregation {
    /// The method without its exponent.
    public enum Kind: Hashable, Sendable, CaseIterable {
        case arithmetic, geometric, harmonic, generalised
    }

    public var kind: Kind {
        switch self {
        case .arithmetic: .arithmetic
        case .geometric: .geometric
        case .harmonic: .harmonic
        case .generalised: .generalised
        }
    }

    public static let names = MethodNames<Kind>([
        (.arithmetic, "arithmetic", "a_amean"), (.geometric, "geometric", "a_gmean"), (.harmonic, "harmonic", "a_hmean"),
        (.generalised, "generalised", "a_genmean"),
    ], aliases: ["generalized": .generalised])

    /// From a study file's method name, with the exponent `p` the generalised mean needs.
    static func study(_ name: String, p: Double?) throws -> Aggregation? {
        guard let kind = names.kind(study: name) else { return nil }
        switch kind {
        case .arithmetic: return .arithmetic
        case .geometric: return .geometric
        case .harmonic: return .harmonic
        case .generalised:
            guard let p else { throw MethodProblem(expected: "p: for the generalised mean") }
            return .generalised(p: p)
        }
    }

    /// As a design table writes it: COINr's name, `;p` after the generalised mean's.
    public var coinr: String {
        if case let .generalised(p) = self { return Self.names.coinr(kind) + ";\(p)" }
        return Self.names.coinr(kind)
    }

    /// From a design table's `Aggregation` cell; nil when it names no method.
    static func coinr(_ text: String) -> Aggregation? {
        let parts = text.split(separator: ";", maxSplits: 1).map(String.init)
        guard let kind = parts.first.flatMap(names.kind(coinr:)) else { return nil }
        switch (kind, parts.count) {
        case (.arithmetic, 1): return .arithmetic
        case (.geometric, 1): return .geometric
        case (.harmonic, 1): return .harmonic
        case (.generalised, 2): return Double(parts[1]).map { .generalised(p: $0) }
        default: return nil
        }
    }

    /// The form `coinr(_:)` reads, for messages.
    static var coinrForms: String { MethodNames<Kind>.list(names.entries.map { $0.kind == .generalised ? $0.coinr + ";p" : $0.coinr }) }

    /// One value of every kind (for round-trip tests).
    static let examples: [Aggregation] = [.arithmetic, .geometric, .harmonic, .generalised(p: 0.5), .generalised(p: -2)]
}
