import GapMatrix

/// SDG 10.c.1 corridor benchmarks and corridor-grounded opportunities.
public enum CorridorReports {
    public static func rowsCSV(_ inputs: StudyInputs, _ rows: [Corridors.Row]) -> String {
        var w = CSVWriter(PartnershipSchemas.corridors)
        for r in rows {
            w.row([.text(r.from), .text(r.to), .text(r.period), .value(r.cost), .value(r.gapToTarget), .flag(r.aboveCeiling),
                   .value(r.changeSinceFirst), .text(r.firstPeriod), .value(r.changeSinceBaseline ?? .nan), .value(r.shareAbove)])
        }
        return w.text
    }

    public static func countriesCSV(_ inputs: StudyInputs, _ a: Corridors.Analysis) -> String {
        var w = CSVWriter(PartnershipSchemas.corridorUnits)
        for c in a.countries {
            w.row([.text(c.country), .text(inputs.units.name(c.country)), .text(c.role), .whole(c.corridors), .value(c.meanCost),
                   .value(c.shareAbove)])
        }
        return w.text
    }

    public static func summary(_ study: Study, _ inputs: StudyInputs, _ a: Corridors.Analysis, top: Int = 10) -> Document {
        var d = Document()
        let name = { (c: String) in inputs.units.codes.contains(c) ? "\(inputs.units.name(c)) (\(c))" : c }
        d.heading(1, "\(study.title): remittance costs by corridor (SDG 10.c.1)")
        d.paragraph("Average total cost of sending remittances, % of the amount sent. SDG target 10.c: below \(Bounds.fmt(a.spec.target))% "
                    + "on average and no corridor above \(Bounds.fmt(a.spec.ceiling))% (\(a.spec.ceilingInclusive ? ">=" : ">")). "
                    + "\(Set(a.rows.map { $0.from + $0.to }).count) corridors; latest period \(a.latestPeriod).")
        func table(_ rows: [Corridors.Row]) -> TextTable {
            TextTable(header: ["From", "To", "Cost %", "Gap to \(Bounds.fmt(a.spec.target))", "First", "Since first", "Since \(a.spec.baselineYear)"],
                      rows: rows.map { r in
                          [name(r.from), name(r.to), NumberFormat.fixed(r.cost, 2), NumberFormat.fixed(r.gapToTarget, 2), r.firstPeriod,
                           NumberFormat.fixed(r.changeSinceFirst, 2), r.changeSinceBaseline.map { NumberFormat.fixed($0, 2) } ?? "-"]
                      }, numeric: [2, 3, 5, 6])
        }
        d.heading(2, "The \(min(top, a.latest.count)) costliest corridors in \(a.latestPeriod)")
        d.table(table(Array(a.latest.prefix(top))))
        d.heading(2, "The \(min(top, a.latest.count)) cheapest corridors in \(a.latestPeriod)")
        d.table(table(Array(a.latest.suffix(top).reversed())))
        if !a.excluded.isEmpty {
            d.heading(2, "Observations set aside: negative costs (\(a.excluded.count))")
            d.paragraph("Remittance Prices Worldwide reports a negative total cost when the exchange-rate margin favours the sender "
                        + "by more than the fee; the study sets these aside rather than average them with ordinary costs.")
            d.table(TextTable(header: ["From", "To", "Period", "Cost %"],
                              rows: a.excluded.map { [$0.from, $0.to, $0.period, NumberFormat.fixed($0.cost, 2)] }, numeric: [3]))
        }
        d.heading(2, "Share of corridors above \(Bounds.fmt(a.spec.ceiling))% by year")
        d.table(TextTable(header: ["Year", "Corridors", "Above", "Share %"],
                          rows: a.byYear.map { ["\($0.year)", "\($0.corridors)", "\($0.above)", NumberFormat.fixed(100 * $0.share, 1)] },
                          numeric: [1, 2, 3]))
        return d
    }

    public static func opportunitiesCSV(_ inputs: StudyInputs, _ ops: [Opportunities.Opportunity], themes: [String]) -> String {
        var w = CSVWriter(GapSchemas.opportunities(themes))
        for o in ops {
            w.row([.text(o.theme), .whole(o.rank), .text(o.gapUnit), .text(inputs.units.name(o.gapUnit)), .text(o.gapClass.rawValue),
                   .value(o.gapScore), .text(o.strengthUnit), .text(inputs.units.name(o.strengthUnit)), .value(o.strengthScore),
                   .value(o.migrantsOut), .value(o.migrantsIn), .value(o.remittancesIn), .value(o.remittancesOut),
                   .list(o.sharedPractices), .list(o.sharedPartnerships)])
        }
        return w.text
    }
}
