import GapMatrix

/// SDG 10.c.1 corridor benchmarks and corridor-grounded opportunities.
public enum CorridorReports {
    public static func rowsCSV(_ inputs: StudyInputs, _ rows: [Corridors.Row]) -> String {
        var w = CSVWriter(header: ["from", "to", "period", "cost", "gap_to_target", "above_ceiling", "change_since_first",
                                   "first_period", "change_since_baseline", "share_periods_above"])
        for r in rows {
            w.row([.text(r.from), .text(r.to), .text(r.period), .number(NumberFormat.full(r.cost)), .number(NumberFormat.full(r.gapToTarget)),
                   .number(r.aboveCeiling ? "TRUE" : "FALSE"), .number(NumberFormat.full(r.changeSinceFirst)), .text(r.firstPeriod),
                   .number(r.changeSinceBaseline.map(NumberFormat.full) ?? "NA"), .number(NumberFormat.full(r.shareAbove))])
        }
        return w.text
    }

    public static func countriesCSV(_ inputs: StudyInputs, _ a: Corridors.Analysis) -> String {
        var w = CSVWriter(header: ["country", "name", "role", "corridors", "mean_cost", "share_above_ceiling"])
        for c in a.countries {
            w.row([.text(c.country), .text(inputs.units.name(c.country)), .text(c.role), .number("\(c.corridors)"),
                   .number(NumberFormat.full(c.meanCost)), .number(NumberFormat.full(c.shareAbove))])
        }
        return w.text
    }

    public static func summary(_ study: Study, _ inputs: StudyInputs, _ a: Corridors.Analysis, top: Int = 10) -> Document {
        var d = Document()
        let name = { (c: String) in inputs.units.codes.contains(c) ? "\(inputs.units.name(c)) (\(c))" : c }
        d.heading(1, "\(study.name): remittance costs by corridor (SDG 10.c.1)")
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

    public static func opportunitiesCSV(_ inputs: StudyInputs, _ ops: [Opportunities.Opportunity]) -> String {
        var w = CSVWriter(header: ["theme", "rank", "gap_unit", "gap_name", "gap_class", "gap_score", "strength_unit", "strength_name",
                                   "strength_score", "migrants_gap_to_strength", "migrants_strength_to_gap",
                                   "remittances_strength_to_gap_usdm", "remittances_gap_to_strength_usdm", "shared_practices",
                                   "existing_partnerships"])
        for o in ops {
            w.row([.text(o.theme), .number("\(o.rank)"), .text(o.gapUnit), .text(inputs.units.name(o.gapUnit)), .text(o.gapClass.rawValue),
                   .number(NumberFormat.full(o.gapScore)), .text(o.strengthUnit), .text(inputs.units.name(o.strengthUnit)),
                   .number(NumberFormat.full(o.strengthScore)), .number(NumberFormat.full(o.migrantsOut)), .number(NumberFormat.full(o.migrantsIn)),
                   .number(NumberFormat.full(o.remittancesIn)), .number(NumberFormat.full(o.remittancesOut)),
                   .text(o.sharedPractices.joined(separator: ";")), .text(o.sharedPartnerships.joined(separator: ";"))])
        }
        return w.text
    }
}
