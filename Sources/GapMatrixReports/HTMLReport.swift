import GapMatrix
import GapMatrixSVG

/// The study as one self-contained HTML page: dashboard, gap matrix, league bars, country
/// sections, rank intervals, methods. Text and CSV stay the source of truth; every number here
/// comes from the same assessment they are written from.
public enum HTMLReport {
    /// The page of a study with ratings; the gap section, learning matches and rank intervals
    /// appear when the results have them.
    public static func render(_ templates: HTMLTemplates, _ results: StudyResults) -> String {
        templates.render(context(results))
    }

    static func context(_ r: StudyResults) -> [String: Any] {
        let (study, inputs, a) = (r.study, r.inputs, r.assessment!)
        let v = AssessmentView(inputs: inputs, assessment: a)
        let included = a.units.filter(\.included).count
        var c: [String: Any] = [
            "title": study.name,
            "intro": "Reference year \(inputs.referenceYear.map(String.init) ?? "-"); \(a.units.count) units, "
                + "\(inputs.framework.indicators.count) indicators in \(a.themeCodes.count) themes; "
                + (a.spec.index ? "\(included) units have an index score (\(AssessmentDocuments.indexRule(a, indicators: inputs.framework.indicators.count).lowercasedFirst))."
                   : AssessmentDocuments.indexRule(a, indicators: inputs.framework.indicators.count) + "."),
            "root": inputs.framework.root,
            "columns": a.themeCodes.count + 3,
            "themes": a.themeCodes.enumerated().map { i, t in ["code": t, "name": v.nodeName(t), "column": i + 3] as [String: Any] },
            "colours": Colour.allCases.map { col in
                ["name": col.rawValue, "letter": col.letter, "count": a.themes.filter { $0.colour.value == col }.count] as [String: Any]
            },
            "trends": [Trend.onTrack, .moderatelyImproving, .stagnating, .decreasing].map { ["arrow": $0.arrow, "name": $0.rawValue] },
            "regions": dashboardRegions(v),
            "league": (a.spec.index ? [["code": inputs.framework.root, "name": v.nodeName(inputs.framework.root), "svg": HTMLCharts.leagueBars(v, theme: nil)]] : [])
                + a.themeCodes.map { ["code": $0, "name": v.nodeName($0), "svg": HTMLCharts.leagueBars(v, theme: $0)] },
            "countries": countries(r, v),
            "methods": MethodsNote.document(r).html(headingOffset: 2),
        ]
        if let g = r.gaps { c["gaps"] = gapSection(study, v, g, practices: r.practices) }
        if let u = r.uncertainty, a.spec.index {
            let note = "\(u.run.rows.count) replications (seed \(u.seed)) of the study with its uncertain inputs ("
                + (study.uncertainty.map(UncertaintyFiles.describe) ?? "") + "); ranks among the \(included) units with an index score. "
                + "The same numbers are in ua_rankstats.csv."
            c["uncertainty"] = ["svg": HTMLCharts.rankIntervals(v, u.rankStats), "note": note]
        }
        return c
    }

    /// Rows for the sortable dashboard table: regions in name order, units by index rank inside each.
    /// `sort` values are numbers so the page's script can order a column without parsing text.
    static func dashboardRegions(_ v: AssessmentView) -> [[String: Any]] {
        let a = v.assessment
        let regions = Set(a.units.map { v.region($0.unit) }).sorted()
        return regions.map { region in
            let units = v.unitsByRank.filter { v.region($0) == region }.map { unit -> [String: Any] in
                let u = v.units[unit]!
                let cells = a.themeCodes.map { t -> [String: Any] in
                    let c = v.themes[unit]![t]!
                    return ["colour": c.colour.value.rawValue, "letter": c.colour.value.letter, "arrow": c.trend.value.arrow,
                            "score": AssessmentDocuments.f1(c.score), "sort": c.score.isNaN ? "" : NumberFormat.fixed(c.score, 4),
                            "title": "\(t): \(c.colour.value.rawValue), \(c.trend.value.rawValue). \(c.colour.reason)"]
                }
                return ["code": unit, "name": v.name(unit), "income": v.income(unit),
                        "score": u.included ? AssessmentDocuments.f1(u.indexScore) : "-",
                        "rank": u.included ? AssessmentDocuments.rank(u.indexRank) : "-",
                        "sort": u.included ? NumberFormat.fixed(u.indexScore, 4) : "", "cells": cells]
            }
            return ["name": region.isEmpty ? "No region" : region, "units": units, "count": units.count]
        }
    }

    static func gapSection(_ study: Study, _ v: AssessmentView, _ g: KnowledgeGapMatrix, practices: [Practice]) -> [String: Any] {
        let units = Array(Set(g.cells.map(\.unit))).sorted()
        let regions = Set(units.map(v.region)).sorted()
        return [
            "legend": KnowledgeGapMatrix.GapClass.allCases.map { c in
                ["svg": HTMLCharts.legendMark(c), "symbol": c.symbol, "name": c.rawValue,
                 "count": g.cells.filter { $0.gapClass == c }.count] as [String: Any]
            },
            "regions": regions.map { r -> [String: Any] in
                let members = units.filter { v.region($0) == r }
                return ["name": r.isEmpty ? "No region" : r, "svg": HTMLCharts.gapGrid(v, g, units: members)]
            },
            "byTheme": Document.htmlTable(GapReports.totals(g, title: "Theme") { $0.theme }),
            "byRegion": Document.htmlTable(GapReports.totals(g, title: "Region") { v.region($0.unit) }),
            "list": GapReports.knowledgeGaps(study, v.inputs, g, practices: practices).html(headingOffset: 2),
        ]
    }

    /// A collapsible section per unit: the scorecard with regional peer medians, learning matches
    /// for its policy gaps, and the practices documented in it.
    static func countries(_ r: StudyResults, _ v: AssessmentView) -> [[String: Any]] {
        let (study, a) = (r.study, v.assessment)
        var matchesByUnit: [String: [PeerLearning.Match]] = [:]
        for m in r.learning?.matches ?? [] { matchesByUnit[m.unit, default: []].append(m) }
        return a.units.map(\.unit).sorted { v.name($0) < v.name($1) }.map { unit in
            let u = v.units[unit]!
            var d = CompareTable.document(study, v.inputs, a, units: [unit], peers: .region, view: v)
            d.blocks.removeFirst()  // the page gives the country's name in the summary line
            if let ms = matchesByUnit[unit], !ms.isEmpty {
                d.heading(2, "Who can help: peers for policy and outcome gaps")
                d.table(TextTable(header: ["Theme", "Peer", "Peer score", "Own score", "Why"], rows: ms.map { m in
                    [m.theme, "\(v.name(m.peer)) (\(m.peer))", AssessmentDocuments.f1(m.peerScore), AssessmentDocuments.f1(m.unitScore),
                     m.explanation]
                }, numeric: [2, 3]))
            }
            let own = r.practices.filter { $0.countries.contains(unit) }
            if !own.isEmpty {
                d.heading(2, "Documented practices")
                d.table(TextTable(header: ["Practice", "Themes", "Evaluation"], rows: own.map { p in
                    [p.title, p.themes.joined(separator: ", "), p.evaluation.level.rawValue]
                }, numeric: []))
            }
            let summary = !a.spec.index ? (a.roles.spec == nil ? "" : "roles: \(a.roles.units[unit]?.label ?? "-")")
                : u.included ? "index \(AssessmentDocuments.f1(u.indexScore)), rank \(AssessmentDocuments.rank(u.indexRank))"
                : "no index score"
            return ["code": unit, "name": v.name(unit), "summary": summary, "region": v.region(unit), "html": d.html(headingOffset: 2)]
        }
    }
}
