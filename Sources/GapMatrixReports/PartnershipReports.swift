import GapMatrix

/// Partnership scores as CSV, text scorecards, and the country roll-up.
public enum PartnershipReports {
    public static func csv(_ partnerships: [Partnership], _ scores: [PartnershipScores.Score]) -> String {
        var w = CSVWriter(PartnershipSchemas.partnerships)
        for (p, s) in zip(partnerships, scores) {
            w.row([.text(p.id), .text(p.name), .text(p.kind.rawValue), .list(p.parties.map(\.country)), .list(p.parties.map(\.role.rawValue)),
                   .whole(p.start), .whole(p.end), .list(p.themes), .value(s.coverage), .whole(s.knownItems), .list(s.gaps),
                   .text(p.evaluation.level.rawValue), .value(s.evidence), .value(s.migrants), .value(s.remittances),
                   .list(s.complementarity.map(\.theme)), .list(s.complementarity.map(\.gap)), .list(s.complementarity.map(\.strength))]
                  + Partnership.areas.map { .text(p.item($0).rawValue) })
        }
        return w.text
    }

    public static func countriesCSV(_ inputs: StudyInputs, _ rollUp: [PartnershipScores.CountryRollUp]) -> String {
        var w = CSVWriter(PartnershipSchemas.partnershipUnits)
        for r in rollUp {
            w.row([.text(r.country), .text(inputs.units.name(r.country)), .whole(r.partnerships.count), .list(r.partnerships),
                   .value(r.meanCoverage), .value(r.bestEvidence)])
        }
        return w.text
    }

    public static func scorecards(_ study: Study, _ inputs: StudyInputs, _ partnerships: [Partnership], _ scores: [PartnershipScores.Score]) -> Document {
        var d = Document()
        d.heading(1, "\(study.title): partnership scorecards")
        d.paragraph("Items follow the areas of the UN Network on Migration's 2022 guidance on bilateral labour migration agreements, "
                    + "coded absent (0), partial (0.5), complete (1) or unknown. Item coverage = 100 x sum / 11; an unknown item is a "
                    + "gap, not a zero that was checked. Evidence: none 0, monitoring 33, independent evaluation 67, impact evaluation 100. "
                    + "Corridor weight: migrants from origin parties in destination parties (UN DESA 2019) and remittances back (KNOMAD 2010).")
        for (p, s) in zip(partnerships, scores) {
            d.heading(2, "\(p.id): \(p.name)")
            d.paragraph("Type: \(p.kind.rawValue). Parties: " + p.parties.map { "\(inputs.units.name($0.country)) (\($0.country), \($0.role.rawValue))" }.joined(separator: ", ")
                        + ". Years: \(p.start.map(String.init) ?? "?")-\(p.end.map(String.init) ?? ""). Themes: \(p.themes.joined(separator: ", ")).")
            d.table(TextTable(header: ["Part", "Value"], rows: [
                ["Item coverage", "\(NumberFormat.fixed(s.coverage, 1)) (\(s.knownItems) of \(Partnership.areas.count) items known)"],
                ["Evidence", "\(NumberFormat.fixed(s.evidence, 0)) (\(p.evaluation.level.rawValue)\(p.evaluation.reference.map { "; " + $0 } ?? ""))"],
                ["Migrants between parties", NumberFormat.fixed(s.migrants, 0)],
                ["Remittances between parties, US$ million", NumberFormat.fixed(s.remittances, 1)],
                ["Complementarity", s.complementarity.isEmpty ? "none on its themes" :
                    s.complementarity.map { "\($0.theme): \($0.gap) has a policy gap, \($0.strength) is green" }.joined(separator: "; ")],
            ], numeric: []))
            d.table(TextTable(header: ["Area", "Item"], rows: Partnership.areas.map { [$0.replacingOccurrences(of: "_", with: " "), p.item($0).rawValue] }, numeric: []))
            d.paragraph("Sources: " + p.sources.joined(separator: "; "))
        }
        return d
    }
}
