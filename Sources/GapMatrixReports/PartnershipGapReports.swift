import GapMatrix

/// The rapporteur's document on the imported agreements (`partnership_gaps.txt`, `.md` and a
/// section of report.html): what the data can show, agreements by type, the crosswalk, the
/// largest corridors with none recorded and the agreements silent on remittances where sending
/// money costs more than the SDG ceiling.
public enum PartnershipGapReports {
    static func name(_ inputs: StudyInputs, _ c: String) -> String {
        inputs.units.knownCodes.contains(c) ? "\(inputs.units.name(c)) (\(c))" : (AgreementFile.formerStates[c].map { "\($0) (\(c))" } ?? c)
    }

    public static func document(_ study: Study, _ inputs: StudyInputs, _ r: AgreementResults, top: Int = 20) -> Document {
        var d = Document()
        let m = r.corridors, through = m.throughYear
        d.heading(1, "\(study.name): bilateral labour agreements and corridor partnership gaps")
        d.paragraph("Agreements: Chilton and Woda, Bilateral Labor Agreements data set (1927-\(through)), \(r.data.agreements.count) agreements, "
                    + "\(r.data.agreements.filter(\.isCoded).count) with a coded text. The coding records whether a text mentions a topic, not how "
                    + "fully it provides for it; there are no termination dates, so an agreement is \"signed\", never \"in force\"; the parties' "
                    + "roles are not coded: the destination shown is inferred (the party hosting more migrants born in the other, UN DESA "
                    + "bilateral stock, latest year). The data hold no evaluation of any agreement (evidence: none). UN DESA stocks include "
                    + "refugees. KNOMAD's bilateral remittance matrix is modelled from these same stocks, so it is not used here as separate "
                    + "evidence. Agreement counts enter no index.")
        d.heading(2, "Agreements by type")
        d.paragraph("Type rule: a text the coders flag as an additional protocol or amendment (past_bla_amend = 1) is an amendment or "
                    + "protocol; otherwise a title naming a working-holiday or youth-mobility scheme makes a working-holiday agreement; the rest "
                    + "are labour agreements. Texts that were not coded have no title or flags: their type is not coded. Mapped: coded texts "
                    + "with at least one area the crosswalk can read.")
        d.table(TextTable(header: ["Type", "Agreements", "Coded", "Mapped"], rows: Agreement.Kind.allCases.map { k in
            let idx = r.data.agreements.indices.filter { r.data.agreements[$0].kind == k }
            return [k.rawValue, "\(idx.count)", "\(idx.filter { r.data.agreements[$0].isCoded }.count)", "\(idx.filter { r.scores[$0].codable > 0 }.count)"]
        } + [["all", "\(r.data.agreements.count)", "\(r.data.agreements.filter(\.isCoded).count)", "\(r.scores.filter { $0.codable > 0 }.count)"]],
            numeric: [1, 2, 3]))
        d.heading(2, "Areas of the UN Network on Migration's 2022 guidance")
        let coded = r.scores.filter { $0.codable > 0 }
        d.table(TextTable(header: ["Area", "Variables", "Coded texts mentioning it"], rows: r.data.crosswalk.areas.enumerated().map { k, a in
            [a.code.replacingOccurrences(of: "_", with: " "), a.variables.isEmpty ? "none: not coded" : a.variables.joined(separator: " "),
             a.variables.isEmpty ? "-" : "\(coded.filter { $0.statuses[k] == .mentioned }.count) of \(coded.count)"]
        }, numeric: []))
        let counts = Dictionary(grouping: m.pairs, by: \.status).mapValues(\.count)
        d.heading(2, "Corridors with \(NumberFormat.fixed(m.minMigrants, 0)) migrants or more")
        d.paragraph("\(m.pairs.count) pairs of the study's units with at least \(NumberFormat.fixed(m.minMigrants, 0)) migrants between them "
                    + "(both directions, latest year): \(counts[.recorded] ?? 0) with an agreement recorded, \(counts[.noneRecorded] ?? 0) "
                    + "\(PartnershipGaps.noneRecorded(through)), \(counts[.freeMovement] ?? 0) inside a free-movement regime in \(through) "
                    + "(marked, not counted as lacking an agreement; regimes: "
                    + (Set(m.pairs.flatMap(\.regimes)).sorted().map { r.data.freeMovement.name(of: $0) }.joined(separator: ", ").nonEmpty ?? "none listed")
                    + "). Every pair is in partnership_corridors.csv.")
        let none = m.noneRecorded
        d.heading(2, "The \(min(top, none.count)) largest corridors with \(PartnershipGaps.noneRecorded(through))")
        d.table(TextTable(header: ["#", "Pair", "Migrants a>b", "Migrants b>a", "Total", "Agreements"],
                          rows: none.prefix(top).enumerated().map { i, p in
                              ["\(i + 1)", "\(name(inputs, p.a)) - \(name(inputs, p.b))", NumberFormat.fixed(p.aToB, 0), NumberFormat.fixed(p.bToA, 0),
                               NumberFormat.fixed(p.migrants, 0), PartnershipGaps.noneRecorded(through)]
                          }, numeric: [0, 2, 3, 4]))
        let ceiling = study.corridors.map { Bounds.fmt($0.spec.ceiling) } ?? "5"
        d.heading(2, "Agreements that do not mention remittances, on corridors costing more than \(ceiling)% (SDG 10.c.1)")
        d.paragraph(m.remittanceGaps.isEmpty ? "None." : "\(m.remittanceGaps.count) coded agreements, signed to \(through), whose text does not "
                    + "mention savings or remittances, between two countries where sending money costs more than \(ceiling)% in at least one "
                    + "direction (any pair, whatever the migrants between them); the cost is the corridor's latest observation (World Bank "
                    + "Remittance Prices Worldwide), the costlier direction when both are above.")
        d.table(TextTable(header: ["Agreement", "Year", "Type", "Parties", "Corridor", "Period", "Cost %"],
                          rows: m.remittanceGaps.map { g in
                              let a = r.data.agreements[g.agreement]
                              return [a.id, a.year.map(String.init) ?? "?", a.kind.rawValue, a.parties.joined(separator: "-"),
                                      "\(g.from) > \(g.to)", g.period, NumberFormat.fixed(g.cost, 2)]
                          }, numeric: [1, 6]))
        return d
    }

    /// Filters of `gapmatrix partnerships` over agreements, the country roll-up and corridors.
    public struct Filter: Sendable {
        public var country: String?
        public var pair: (String, String)?
        public var period: String?
        public var type: Agreement.Kind?
        public var area: String?
        public var areaStatus: Agreement.AreaStatus = .mentioned

        public init() {}

        func keeps(_ a: Agreement, _ s: AgreementScores.Score, _ cw: AgreementCrosswalk) -> Bool {
            if let c = country, !a.parties.contains(c) { return false }
            if let (x, y) = pair, Set(a.parties) != Set([x, y]) { return false }
            if let p = period, AgreementScores.period(of: a.year) != p { return false }
            if let t = type, a.kind != t { return false }
            if let area, let k = cw.areas.firstIndex(where: { $0.code == area }), s.statuses[k] != areaStatus { return false }
            return true
        }

        func keeps(_ p: PartnershipGaps.Pair, _ cw: AgreementCrosswalk, agreements: [Agreement]) -> Bool {
            if let c = country, p.a != c && p.b != c { return false }
            if let (x, y) = pair, Set([p.a, p.b]) != Set([x, y]) { return false }
            if let per = period, !p.agreements.contains(where: { AgreementScores.period(of: agreements[$0].year) == per }) { return false }
            if let t = type, !p.agreements.contains(where: { agreements[$0].kind == t }) { return false }
            if let area, let k = cw.areas.firstIndex(where: { $0.code == area }), p.areas[k] != areaStatus { return false }
            return true
        }
    }

    /// The agreements kept by `filter`, one line each.
    public static func agreements(_ inputs: StudyInputs, _ r: AgreementResults, _ filter: Filter) -> Document {
        var d = Document()
        let kept = r.data.agreements.indices.filter { filter.keeps(r.data.agreements[$0], r.scores[$0], r.data.crosswalk) }
        d.heading(1, "Bilateral labour agreements: \(kept.count) of \(r.data.agreements.count)")
        d.table(TextTable(header: ["Id", "Year", "Parties (inferred role)", "Type", "Areas mentioned", "Migrants a>b", "Migrants b>a"],
                          rows: kept.map { i in
                              let a = r.data.agreements[i], s = r.scores[i]
                              let parties = zip(a.parties, s.roles).map { "\($0)\($1.map { " (\($0.rawValue))" } ?? "")" }.joined(separator: " - ")
                              let areas = zip(r.data.crosswalk.areas, s.statuses).filter { $1 == .mentioned }.map(\.0.code)
                              return [a.id, a.year.map(String.init) ?? "?", parties, a.kind.rawValue,
                                      a.isCoded ? "\(s.mentioned)/\(s.codable): " + areas.joined(separator: " ") : "not coded",
                                      s.migrantsAToB.map { NumberFormat.fixed($0.value, 0) } ?? "-", s.migrantsBToA.map { NumberFormat.fixed($0.value, 0) } ?? "-"]
                          }, numeric: [1, 5, 6]))
        return d
    }

    /// The corridor view: pairs of the matrix kept by `filter`.
    public static func corridors(_ inputs: StudyInputs, _ r: AgreementResults, _ filter: Filter) -> Document {
        var d = Document()
        let m = r.corridors
        let kept = m.pairs.filter { filter.keeps($0, r.data.crosswalk, agreements: r.data.agreements) }
        d.heading(1, "Corridors with \(NumberFormat.fixed(m.minMigrants, 0)) migrants or more: \(kept.count) of \(m.pairs.count) pairs")
        d.table(TextTable(header: ["Pair", "Migrants", "Status", "Agreements", "Since", "Not mentioned"],
                          rows: kept.map { p in
                              let status = p.status == .noneRecorded ? PartnershipGaps.noneRecorded(m.throughYear)
                                  : p.status == .freeMovement ? "free movement (" + p.regimes.joined(separator: ", ") + ")" : p.status.rawValue
                              let missing = zip(r.data.crosswalk.areas, p.areas).filter { $1 == .notMentioned }.map(\.0.code)
                              return ["\(p.a)-\(p.b)", NumberFormat.fixed(p.migrants, 0), status, "\(p.agreements.count)",
                                      p.since.map(String.init) ?? "-", missing.joined(separator: " ")]
                          }, numeric: [1, 3]))
        return d
    }

    /// The country roll-up rows kept by `filter` (country and period).
    public static func countries(_ inputs: StudyInputs, _ r: AgreementResults, _ filter: Filter) -> Document {
        var d = Document()
        let rows = r.rollUp.filter { (filter.country == nil || $0.country == filter.country) && (filter.period == nil || $0.period == filter.period) }
        d.heading(1, "Bilateral labour agreements by country and period signed")
        d.table(TextTable(header: ["Country", "Period", "Agreements", "Partners"] + Agreement.Kind.allCases.map(\.rawValue) + ["Coded"]
                                  + r.data.crosswalk.codable.map { "% " + $0.code.replacingOccurrences(of: "_", with: " ") },
                          rows: rows.map { c in
                              let shares = r.data.crosswalk.areas.enumerated().filter { !$0.element.variables.isEmpty }.map { k, _ in
                                  c.shareMentioning[k].map { NumberFormat.fixed(100 * $0, 0) } ?? "-"
                              }
                              return [name(inputs, c.country), c.period, "\(c.agreements.count)", "\(c.partners.count)"] + c.byKind.map { "\($0)" }
                                  + ["\(c.coded)"] + shares
                          }, numeric: Set(2..<(9 + r.data.crosswalk.codable.count))))
        return d
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
