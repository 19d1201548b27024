/// A bilateral labour agreement from the Chilton-Woda list (docs/METHODS.md section 7.4): two
/// parties, the year signed, and, for the agreements whose text was coded, the title and the
/// coded provisions. It sits beside `Partnership` (the hand-coded registry) rather than inside
/// it because its coding says only whether a text *mentions* a topic, never how fully it
/// provides for it: the registry's absent / partial / complete scale would overstate it.
public struct Agreement: Sendable, Equatable {
    /// What kind of text it is, derived by `Agreement.kind(title:amendment:)`.
    public enum Kind: String, Sendable, CaseIterable {
        case labourAgreement = "labour agreement"
        case workingHoliday = "working-holiday agreement"
        case amendment = "amendment or protocol"
        /// The agreement list carries no title and no coding for texts that were not coded.
        case notCoded = "not coded"
    }

    /// What an agreement's text says about one area of the UN Network's guidance.
    public enum AreaStatus: String, Sendable, CaseIterable {
        case mentioned
        case notMentioned = "not mentioned"
        /// The area has no variable in the coding, or the agreement has no coded text.
        case notCoded = "not coded"
    }

    /// The source's `treatyID`.
    public var id: String
    /// Year signed; nil when the source gives it as unknown (9999).
    public var year: Int?
    /// Party codes in the source's order (A, B): ISO3 codes, or a former state's code.
    public var parties: [String]
    public var partyNames: [String]
    /// Title of the coded text (nil when not coded).
    public var title: String?
    public var kind: Kind
    /// Coded variables and their values as in the file (nil: no coded text).
    public var provisions: [String: String]?
    /// The line of the agreement in the list, and of its coding in the provisions file.
    public var line: Int
    public var provisionsLine: Int?

    public init(id: String, year: Int?, parties: [String], partyNames: [String], title: String? = nil, kind: Kind = .notCoded,
                provisions: [String: String]? = nil, line: Int = 0, provisionsLine: Int? = nil) {
        self.id = id
        self.year = year
        self.parties = parties
        self.partyNames = partyNames
        self.title = title
        self.kind = kind
        self.provisions = provisions
        self.line = line
        self.provisionsLine = provisionsLine
    }

    public var isCoded: Bool { provisions != nil }

    /// The unordered pair key "A|B" with the codes sorted, so both directions meet.
    public var pairKey: String { Agreement.pairKey(parties[0], parties[1]) }

    public static func pairKey(_ a: String, _ b: String) -> String { a < b ? a + "|" + b : b + "|" + a }

    /// The type rule (docs/METHODS.md 7.4): a text the coders marked as an additional protocol or
    /// amendment (`past_bla_amend` = 1) is an amendment or protocol, whatever it amends; otherwise a
    /// title naming a working-holiday or youth-mobility scheme makes a working-holiday agreement;
    /// everything else is a labour agreement.
    public static func kind(title: String, amendment: Bool) -> Kind {
        if amendment { return .amendment }
        let t = title.lowercased()
        let markers = ["working holiday", "working-holiday", "work and holiday", "working and holiday", "holiday and work",
                       "holiday working", "youth mobility"]
        return markers.contains { t.contains($0) } ? .workingHoliday : .labourAgreement
    }

    /// The role rule (an inference, not coded in the source): the destination is the party that
    /// hosts more migrants born in the other (UN DESA bilateral stock, latest year), the other
    /// party the origin. Equal or missing stocks, and former states, give no role.
    public func inferredRoles(migrants: (String, String) -> Double?) -> [Partnership.Role?] {
        let a = parties[0], b = parties[1]
        guard let aInB = migrants(a, b), let bInA = migrants(b, a), aInB != bInA else { return [nil, nil] }
        return aInB > bInA ? [.origin, .destination] : [.destination, .origin]
    }
}

/// The crosswalk from coded provision variables to the eleven areas of the UN Network on
/// Migration's 2022 guidance (`Partnership.areas`), read from Datasets (AgreementFile.crosswalk).
public struct AgreementCrosswalk: Sendable, Equatable {
    public struct Area: Sendable, Equatable {
        public var code: String
        public var name: String
        /// The provision variables that stand for the area (empty: the coding has none).
        public var variables: [String]
        public var reason: String
    }

    /// One per area of `Partnership.areas`, in its order.
    public var areas: [Area]

    public init(areas: [Area]) { self.areas = areas }

    /// Areas with at least one variable: the denominator of area coverage.
    public var codable: [Area] { areas.filter { !$0.variables.isEmpty } }

    /// The status of every area for one agreement, in `areas` order: never absent, never "complete".
    /// An area is mentioned when any of its variables is 1, not mentioned when all are 0, and not
    /// coded when it has no variable, the agreement has no coded text, or its variables are all empty.
    public func statuses(_ a: Agreement) -> [Agreement.AreaStatus] {
        areas.map { status(of: $0, in: a) }
    }

    public func status(of area: Area, in a: Agreement) -> Agreement.AreaStatus {
        guard let p = a.provisions, !area.variables.isEmpty else { return .notCoded }
        var seen = false
        for v in area.variables {
            switch ProvisionCodes.flag(p[v] ?? "") {
            case true?: return .mentioned
            case false?: seen = true
            case nil: break
            }
        }
        return seen ? .notMentioned : .notCoded
    }
}
