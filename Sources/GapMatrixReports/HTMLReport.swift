import GapMatrix
import GapMatrixSVG

/// The study as one self-contained HTML page, scoreboard first: the scoreboard, the gap matrix,
/// country scorecards, methods; league bars and rank intervals only when the study has an index. Text and CSV stay the source of truth; every number here
/// comes from the same assessment they are written from.
public enum HTMLReport {
    /// The page of a study with ratings; the gap section, learning matches and rank intervals
    /// appear when the results have them.
    /// The page opens with the meeting brief in `language` when the study has a gap matrix.
    public static func render(_ templates: HTMLTemplates, _ results: StudyResults, language: BriefLanguage = .en) -> String {
        var c = context(results)
        c["brief"] = BriefReports.html(results, language: language)
        return templates.render(c)
    }

    static func context(_ r: StudyResults) -> [String: Any] {
        let (study, inputs, a) = (r.study, r.inputs, r.assessment!)
        let v = AssessmentView(inputs: inputs, assessment: a)
        let stats = AssessmentDocuments.rankStats(a, r.uncertainty?.rankStats)
        let included = a.units.filter(\.included).count
        let rule = AssessmentDocuments.indexRule(a, indicators: inputs.framework.indicators.count)
        var c: [String: Any] = [
            "title": study.title,
            "intro": "Reference year \(inputs.referenceYear.map(String.init) ?? "-"); \(a.units.count) countries, "
                + "\(inputs.framework.indicators.count) indicators in \(a.themeCodes.count) themes. "
                + (a.spec.index ? "\(included) countries have an index score (\(rule.lowercasedFirst)). " + AssessmentDocuments.rankNote(stats)
                   : rule + "."),
            "root": inputs.framework.root,
            "columns": a.themeCodes.count + (a.spec.index ? 4 : 2),
            "themes": a.themeCodes.enumerated().map { i, t in ["code": t, "name": v.nodeName(t), "column": i + 2] as [String: Any] },
            "colours": Colour.allCases.map { col in
                ["name": col.rawValue, "letter": col.letter, "count": a.themes.filter { $0.colour.value == col }.count] as [String: Any]
            },
            "states": CellState.allCases.filter { $0 != .value }.map { ["symbol": $0.symbol, "name": $0.rawValue] },
            "legend": AssessmentDocuments.legend.joined(separator: "\n"),
            "order": a.spec.index ? "by index rank" : "by name",
            "trends": [Trend.onTrack, .moderatelyImproving, .stagnating, .decreasing].map { ["arrow": $0.arrow, "name": $0.rawValue] },
            "regions": dashboardRegions(v, stats),
            "boards": a.themeCodes.map { t -> [String: Any] in
                var d = Document()
                AssessmentDocuments.themeBoard(&d, t, v, level: 1)
                d.blocks.removeFirst()  // the summary line names the theme
                return ["code": t, "name": v.nodeName(t), "html": d.html(headingOffset: 2)]
            },
            "countries": countries(r, v, stats),
            "methods": MethodsNote.document(r).html(headingOffset: 2),
        ]
        if a.spec.index {
            c["index"] = ["column": a.themeCodes.count + 2]
            c["league"] = [["code": inputs.framework.root, "name": v.nodeName(inputs.framework.root), "svg": HTMLCharts.leagueBars(v, theme: nil, stats: stats)]]
                + a.themeCodes.map { ["code": $0, "name": v.nodeName($0), "svg": HTMLCharts.leagueBars(v, theme: $0, stats: stats)] }
        }
        if let g = r.gaps { c["gaps"] = gapSection(study, v, g, practices: r.practices, coverage: GapReports.coverage(r)) }
        if let ag = r.agreements {
            var d = PartnershipGapReports.document(study, inputs, ag)
            d.blocks.removeFirst()  // the section has its own heading
            c["partnershipGaps"] = ["html": d.html(headingOffset: 1)]
        }
        if let u = r.uncertainty, a.spec.index {
            let note = "\(u.run.rows.count) replications (seed \(u.seed)) of the study with its uncertain inputs ("
                + (study.uncertainty.map(UncertaintyFiles.describe) ?? "") + "); ranks among the \(included) units with an index score. "
                + "The same numbers are in ua_rankstats.csv."
            c["uncertainty"] = ["svg": HTMLCharts.rankIntervals(v, u.rankStats), "note": note]
        }
        return c
    }

    /// Rows of the scoreboard table: regions in name order, countries by name inside each (by
    /// index rank when the study has an index). Each theme cell holds its colour, trend and
    /// coverage, then one small mark per indicator (its colour letter, or the state's symbol)
    /// whose title gives the value with its unit, the score and why. `sort` values are numbers
    /// (colour points, then score) so the page's script can order a column without parsing text.
    static func dashboardRegions(_ v: AssessmentView, _ stats: [String: UncertaintyAnalysis.RankStats]) -> [[String: Any]] {
        let a = v.assessment
        return v.regions.map { region in
            let units = v.unitsInOrder(region: region).map { unit -> [String: Any] in
                let u = v.units[unit]!
                let cells = a.themeCodes.map { t -> [String: Any] in
                    let c = v.themes[unit]![t]!
                    let points = Double(c.colour.value.points ?? -1)
                    let indicators = v.framework.children(of: t).filter { $0.kind == .indicator }.map { node -> [String: Any] in
                        let x = v.cells[unit]![node.code]!
                        let value = x.state == .value
                        let detail = value ? "\(v.valueText(x))\(x.year.map { " (\($0))" } ?? ""), score \(AssessmentDocuments.f1(x.score)), "
                            + "\(x.trend.value.rawValue); \(v.whyText(x))" : v.whyText(x)
                        return ["colour": value ? x.colour.value.rawValue : "grey", "state": x.state == .notApplicable ? "na" : x.state == .outOfScope ? "scope" : value ? "value" : "gap",
                                "letter": value ? x.colour.value.letter : x.state.symbol,
                                "title": "\(v.indicatorName(node.code)): \(detail)"]
                    }
                    return ["colour": c.colour.value.rawValue, "letter": c.colour.value.letter, "arrow": c.trend.value.arrow,
                            "coverage": c.counts.assessable == 0 ? "none" : "\(c.counts.value)/\(c.counts.assessable)",
                            "sort": c.colour.value == .grey ? "" : NumberFormat.fixed(points * 1000 + (c.score.isNaN ? 0 : c.score), 4),
                            "indicators": indicators,
                            "title": "\(t) \(v.nodeName(t)): \(c.colour.value.rawValue), \(c.trend.value.rawValue); coverage "
                                + "\(v.coverageText(c)): \(v.statesWords(c)); \(v.sidesText(c)). \(c.colour.reason)"]
                }
                var row: [String: Any] = ["code": unit, "name": v.name(unit), "income": v.income(unit), "roles": v.rolesText(unit),
                                          "rolesTitle": v.rolesReason(unit) ?? "", "cells": cells]
                if a.spec.index {
                    row["index"] = ["score": u.included ? AssessmentDocuments.f1(u.indexScore) : "-",
                                    "rank": v.rankText(unit, stats),
                                    "sort": u.included ? NumberFormat.fixed(u.indexScore, 4) : ""]
                }
                return row
            }
            return ["name": region.isEmpty ? "No region" : region, "units": units, "count": units.count]
        }
    }

    static func gapSection(_ study: Study, _ v: AssessmentView, _ g: KnowledgeGapMatrix, practices: [Practice],
                           coverage: RegistryCoverage?) -> [String: Any] {
        let units = Array(Set(g.cells.map(\.unit))).sorted()
        let regions = Set(units.map(v.region)).sorted()
        return [
            "explain": GapReports.legend.joined(separator: "\n"),
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
            "list": GapReports.knowledgeGaps(study, v.inputs, g, practices: practices, coverage: coverage).html(headingOffset: 2),
        ]
    }

    /// A collapsible section per country: its scorecard (roles, themes, every indicator's value
    /// with unit, score and reason), learning matches for its gaps, and the practices documented in it.
    static func countries(_ r: StudyResults, _ v: AssessmentView, _ stats: [String: UncertaintyAnalysis.RankStats]) -> [[String: Any]] {
        let a = v.assessment
        var matchesByUnit: [String: [PeerLearning.Match]] = [:]
        for m in r.learning?.matches ?? [] { matchesByUnit[m.unit, default: []].append(m) }
        return a.units.map(\.unit).sorted { (v.name($0), $0) < (v.name($1), $1) }.map { unit in
            let u = v.units[unit]!
            var d = Document()
            AssessmentDocuments.scorecard(&d, unit, v, stats)
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
            var summary = a.themeCodes.map { t in "\(t) \(v.themeText(v.themes[unit]![t]!))" }.joined(separator: ", ")
            if a.roles.spec != nil { summary = "roles: \(v.rolesText(unit)); " + summary }
            if a.spec.index {
                summary += u.included ? "; index \(AssessmentDocuments.f1(u.indexScore)), rank \(v.rankText(unit, stats))" : "; no index score"
            }
            return ["code": unit, "name": v.name(unit), "summary": summary, "region": v.region(unit), "html": d.html(headingOffset: 2)]
        }
    }
}
