/// The names of one method enum: its study-file name and its COINr name, case by case, in one
/// table. Readers and writers of study files and of COINr's design tables look names up here
/// and never spell one themselves, so the two can never drift apart.
public struct MethodNames<Kind: Hashable & Sendable>: Sendable {
    public struct Entry: Sendable {
        public let kind: Kind
        /// As a study file writes it (the first name `kind(study:)` accepts).
        public let study: String
        /// As COINr names the function (and design tables write it).
        public let coinr: String
    }

    public let entries: [Entry]
    /// Further spellings a study file accepts (besides the study and COINr names).
    let aliases: [String: Kind]

    init(_ entries: [(Kind, String, String)], aliases: [String: Kind] = [:]) {
        self.entries = entries.map { Entry(kind: $0.0, study: $0.1, coinr: $0.2) }
        self.aliases = aliases
    }

    public func study(_ kind: Kind) -> String { entries.first { $0.kind == kind }!.study }
    public func coinr(_ kind: Kind) -> String { entries.first { $0.kind == kind }!.coinr }

    /// The kind a study file names: by its study name, its COINr name or an alias.
    public func kind(study name: String) -> Kind? {
        entries.first { $0.study == name || $0.coinr == name }?.kind ?? aliases[name]
    }

    /// The kind of a COINr name.
    public func kind(coinr name: String) -> Kind? { entries.first { $0.coinr == name }?.kind }

    /// "a, b or c": the study names, for messages.
    public var studyList: String { Self.list(entries.map(\.study)) }
    public var coinrList: String { Self.list(entries.map(\.coinr)) }

    static func list(_ names: [String]) -> String {
        names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}

/// A value that does not fit its method (a bad `NormPara`, a generalised mean without p):
/// what was expected, for the reader to place in its file.
struct MethodProblem: Error {
    let expected: String
}

extension ImputeSpec.Method {
    public static let names = MethodNames<Self>([
        (.none, "none", "none"), (.mean, "mean", "i_mean"), (.median, "median", "i_median"),
        (.groupMean, "group_mean", "i_mean_grp"), (.groupMedian, "group_median", "i_median_grp"),
    ])
}

extension ImputeSpec.PanelMethod {
    /// COINr imputes across units only; a design table writes GapMatrix's own name.
    public static let names = MethodNames<Self>([(.none, "none", "none"), (.locf, "locf", "locf"), (.nocb, "nocb", "nocb"),
                                                 (.linear, "linear", "linear")])
}

extension ScreenSpec.Basis {
    /// COINr's `unit_screen` values.
    public static let names = MethodNames<Self>([(.missing, "missing", "byNA"), (.missingOrZero, "missing_or_zero", "byNAandZeros")])
}

extension ImputeSpec {
    /// COINr's name and the `ImputePara` a design table writes: `NA`, `group=<column>`,
    /// `panel=<method>`, or both joined by `;`.
    public var coinr: (name: String, para: String) {
        var para: [String] = []
        if let group { para.append("group=\(group)") }
        if panel != .none { para.append("panel=\(Self.PanelMethod.names.coinr(panel))") }
        return (Method.names.coinr(method), para.isEmpty ? "NA" : para.joined(separator: ";"))
    }

    /// From a design table's `Imputation` and `ImputePara`; nil for an unknown name.
    static func coinr(_ name: String, para: String) throws -> ImputeSpec? {
        guard let method = Method.names.kind(coinr: name) else { return nil }
        var spec = ImputeSpec(method: method)
        for part in para == "NA" ? [] : para.split(separator: ";", omittingEmptySubsequences: false) {
            let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
            switch (kv.first, kv.count) {
            case ("group", 2) where !kv[1].isEmpty: spec.group = kv[1]
            case ("panel", 2) where PanelMethod.names.kind(coinr: kv[1]) != nil: spec.panel = PanelMethod.names.kind(coinr: kv[1])!
            default:
                throw MethodProblem(expected: "NA, group=<column>, panel=\(PanelMethod.names.entries.dropFirst().map(\.coinr).joined(separator: "|")), "
                                    + "or both joined by ;")
            }
        }
        if method.needsGroup && spec.group == nil { throw MethodProblem(expected: "group=<column>") }
        return spec
    }

    /// Example values covering every method and panel method (for round-trip tests).
    static let examples: [ImputeSpec] = Method.allCases.map { ImputeSpec(method: $0, group: $0.needsGroup ? "g" : nil) }
        + PanelMethod.allCases.map { ImputeSpec(method: .mean, panel: $0) } + [ImputeSpec(method: .groupMedian, group: "g", panel: .linear)]
}

extension ImputeSpec.Method {
    /// Group means and medians impute within a group column.
    var needsGroup: Bool { self == .groupMean || self == .groupMedian }
}
