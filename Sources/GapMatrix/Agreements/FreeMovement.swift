/// Membership of free-movement regimes with years (EU/EEA, ECOWAS, ...), read from
/// `free_movement_membership.csv`: a pair of countries both members of one regime in a year is
/// inside it, so the lack of a bilateral agreement between them is not a partnership gap.
public struct FreeMovement: Sendable, Equatable {
    public struct Membership: Sendable, Equatable {
        public var regime: String
        public var regimeName: String
        public var country: String
        /// First year free movement applied to the member; nil when no source read gives it, and
        /// then the membership marks no pair (a guessed year would mark pairs on no evidence).
        public var from: Int?
        /// Last year of membership (nil: still a member).
        public var to: Int?
        public var source: String
        public var locator: String
        /// The one country this member's free movement under the regime is with (the EU states in
        /// the EU-Switzerland agreement: with Switzerland, not with each other); nil: every member.
        public var partner: String? = nil

        /// Whether the regime joins this member to `other` (the other's own row aside).
        func reaches(_ other: String) -> Bool { partner.map { $0 == other } ?? true }

        public func holds(in year: Int) -> Bool {
            guard let from else { return false }
            return from <= year && (to.map { year <= $0 } ?? true)
        }
    }

    public var memberships: [Membership]
    private var byCountry: [String: [Membership]]

    public init(memberships: [Membership]) {
        self.memberships = memberships
        byCountry = Dictionary(grouping: memberships, by: \.country)
    }

    public static let none = FreeMovement(memberships: [])

    /// Codes of the regimes both `a` and `b` belong to in `year`, sorted.
    public func regimes(_ a: String, _ b: String, in year: Int) -> [String] {
        guard let ma = byCountry[a], let mb = byCountry[b] else { return [] }
        let ra = Set(ma.filter { $0.holds(in: year) && $0.reaches(b) }.map(\.regime))
        return Set(mb.filter { $0.holds(in: year) && $0.reaches(a) }.map(\.regime)).intersection(ra).sorted()
    }

    public func name(of regime: String) -> String { memberships.first { $0.regime == regime }?.regimeName ?? regime }

    /// Reads `regime_code, regime_name, iso3, from_year, to_year, source_id, locator, note` (to_year
    /// empty: still a member). Unknown codes, a year that is not one, an end before the start and a
    /// country listed twice in one regime with overlapping years are errors.
    public static func read(_ path: String, known: Set<String>) throws -> FreeMovement {
        let t = try CSVTable.read(path)
        let cr = try t.column("regime_code"), cn = try t.column("regime_name"), ci = try t.column("iso3")
        let cf = try t.column("from_year"), ct = try t.column("to_year"), cs = try t.column("source_id"), cl = try t.column("locator")
        _ = try t.column("note")
        // Optional: older tables without bilateral regimes have no such column.
        let cp = t.optionalColumn("partner_iso3")
        var out: [Membership] = []
        var lines: [String: [(Membership, Int)]] = [:]
        for r in t.rows {
            let regime = r.fields[cr].trimmedField, code = r.fields[ci].trimmedField
            guard !regime.isEmpty else { throw GapMatrixError(.badData, file: t.file, line: r.line, field: "regime_code", found: "an empty regime code", expected: "a code such as EU_EEA") }
            guard known.contains(code) else {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "iso3", found: "unknown country code '\(code)'", expected: "an ISO3 code of the units file")
            }
            let fromText = r.fields[cf].trimmedField
            let from = fromText.isEmpty ? nil : Int(fromText)
            guard fromText.isEmpty || from != nil else {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "from_year", found: "'\(r.fields[cf])'",
                                     expected: "the year membership began, or empty when no source gives it")
            }
            let toText = r.fields[ct].trimmedField
            let to = toText.isEmpty ? nil : Int(toText)
            guard toText.isEmpty || to.map({ $0 >= (from ?? Int.min) }) == true else {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "to_year", found: "'\(toText)'",
                                     expected: "empty (still a member) or a year on or after from_year \(fromText)")
            }
            let partnerText = cp.map { r.fields[$0].trimmedField } ?? ""
            guard partnerText.isEmpty || known.contains(partnerText) else {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "partner_iso3", found: "unknown country code '\(partnerText)'",
                                     expected: "empty, or the ISO3 code of the one country the regime joins this member to")
            }
            let m = Membership(regime: regime, regimeName: r.fields[cn].trimmedField, country: code, from: from, to: to,
                               source: r.fields[cs].trimmedField, locator: r.fields[cl].trimmedField,
                               partner: partnerText.isEmpty ? nil : partnerText)
            for (prior, line) in lines[regime + "|" + code] ?? [] where (m.from ?? Int.min) <= (prior.to ?? Int.max) && (prior.from ?? Int.min) <= (m.to ?? Int.max) {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "from_year",
                                     found: "\(code) in \(regime) from \(fromText.isEmpty ? "an unknown year" : fromText), overlapping line \(line)", expected: "separate periods of membership")
            }
            lines[regime + "|" + code, default: []].append((m, r.line))
            out.append(m)
        }
        return FreeMovement(memberships: out)
    }
}
