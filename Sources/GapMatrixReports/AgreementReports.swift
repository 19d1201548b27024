import GapMatrix

/// The imported bilateral labour agreements as CSV: one row per agreement, the country roll-up
/// by period, and the corridor partnership-gap matrix (AgreementSchemas declares every column).
public enum AgreementReports {
    public static func csv(_ r: AgreementResults) -> String {
        var w = CSVWriter(AgreementSchemas.agreements)
        for (a, s) in zip(r.data.agreements, r.scores) {
            let year = s.migrantsAToB?.year ?? s.migrantsBToA?.year
            let parties: [CSVWriter.Cell] = [.text(a.id), .whole(a.year), .text(a.parties[0]), .text(a.partyNames[0]), .text(a.parties[1]),
                                             .text(a.partyNames[1]), .text(s.roles[0]?.rawValue ?? ""), .text(s.roles[1]?.rawValue ?? "")]
            let text: [CSVWriter.Cell] = [.text(a.kind.rawValue), .flag(a.isCoded), .text(a.title ?? ""), .whole(s.mentioned), .whole(s.codable),
                                          .value(s.coverage ?? .nan), .text(s.evidence)]
            let ties: [CSVWriter.Cell] = [.value(s.migrantsAToB?.value ?? .nan), .value(s.migrantsBToA?.value ?? .nan), .whole(year),
                                          .value(s.refugeeShareA?.value ?? .nan), .value(s.refugeeShareB?.value ?? .nan)]
            let complements: [CSVWriter.Cell] = [.list(s.complementarity.map(\.theme)), .list(s.complementarity.map(\.gap)),
                                                 .list(s.complementarity.map(\.strength))]
            w.row(parties + text + ties + complements
                  + s.statuses.map { .text($0.rawValue) })
        }
        return w.text
    }

    public static func countriesCSV(_ inputs: StudyInputs, _ r: AgreementResults) -> String {
        var w = CSVWriter(AgreementSchemas.countries)
        for c in r.rollUp {
            w.row([.text(c.country), .text(inputs.units.name(c.country)), .text(c.period), .whole(c.agreements.count), .list(c.agreements),
                   .whole(c.partners.count), .list(c.partners)]
                  + c.byKind.map { .whole($0) } + [.whole(c.coded)] + c.shareMentioning.map { .value($0 ?? .nan) })
        }
        return w.text
    }

    public static func corridorsCSV(_ inputs: StudyInputs, _ r: AgreementResults) -> String {
        var w = CSVWriter(AgreementSchemas.corridors)
        let codes = r.data.crosswalk.areas.map(\.code)
        for p in r.corridors.pairs {
            w.row([.text(p.a), .text(inputs.units.name(p.a)), .text(p.b), .text(inputs.units.name(p.b)), .value(p.aToB), .value(p.bToA),
                   .value(p.migrants), .whole(p.stockYear), .text(p.status.rawValue), .list(p.regimes), .whole(p.agreements.count),
                   .list(p.agreements.map { r.data.agreements[$0].id }), .whole(p.since),
                   .list(zip(codes, p.areas).filter { $1 == .mentioned }.map(\.0)),
                   .list(zip(codes, p.areas).filter { $1 == .notMentioned }.map(\.0)),
                   .list(zip(codes, p.areas).filter { $1 == .notCoded }.map(\.0))])
        }
        return w.text
    }
}
