import GapMatrix
import GapMatrixSVG

/// The study's pictures as inline SVG: league bars, the gap matrix, rank intervals.
enum HTMLCharts {
    /// One shape and style per gap class, so the matrix reads in grey print and without colour vision.
    static func mark(_ c: KnowledgeGapMatrix.GapClass) -> (shape: MarkShape, cssClass: String) {
        switch c {
        case .dataGap: (.hollowSquare, "gap-data")
        case .policyNoPractice: (.circle, "gap-policy")
        case .policyUnevaluated: (.ring, "gap-unevaluated")
        case .policyEvaluated: (.diamond, "gap-evaluated")
        case .outcomeGap: (.invertedTriangle, "gap-outcome")
        case .evidenceGap: (.triangle, "gap-evidence")
        case .noGap: (.dot, "gap-none")
        }
    }

    /// A 14-pixel swatch of one gap class for the legend.
    static func legendMark(_ c: KnowledgeGapMatrix.GapClass) -> String {
        let m = mark(c)
        return SVGElement.svg(width: 14, height: 14, label: c.rawValue,
                              children: [m.shape.element(x: 7, y: 7, size: 10, cssClass: m.cssClass)]).render()
    }

    /// Themes down, the region's units across (alphabetical by code), one mark per cell.
    static func gapGrid(_ v: AssessmentView, _ g: KnowledgeGapMatrix, units: [String]) -> String {
        var byKey: [String: KnowledgeGapMatrix.Cell] = [:]
        for c in g.cells { byKey[c.unit + "|" + c.theme] = c }
        let marks: [[MarkGrid.Mark?]] = g.themes.map { t in
            units.map { u in
                guard let c = byKey[u + "|" + t] else { return nil }
                let m = mark(c.gapClass)
                return MarkGrid.Mark(shape: m.shape, cssClass: m.cssClass,
                                     title: "\(v.name(u)) (\(u)), \(t): \(c.gapClass.rawValue). \(c.reasons)")
            }
        }
        return MarkGrid(rowLabels: g.themes, columnLabels: units, marks: marks)
            .svg(label: "Knowledge-gap matrix: \(g.themes.count) themes by \(units.count) countries").render()
    }

    /// Units by score on one theme (or the index when `theme` is nil), best first; bars take the rating's colour.
    /// Only for studies with an index; the index bars' titles give each rank with its rank interval.
    static func leagueBars(_ v: AssessmentView, theme: String?, stats: [String: UncertaintyAnalysis.RankStats] = [:]) -> String {
        let a = v.assessment
        var bars: [BarChart.Bar] = []
        if let theme {
            let cells = a.themes.filter { $0.theme == theme }.sorted { x, y in
                (x.score.isNaN ? .infinity : -x.score, x.unit) < (y.score.isNaN ? .infinity : -y.score, y.unit)
            }
            for c in cells {
                let colour = c.colour.value
                bars.append(.init(label: "\(v.name(c.unit)) (\(c.unit))", value: c.score,
                                  text: colour.letter + c.trend.value.arrow + " " + (c.score.isNaN ? "no score" : AssessmentDocuments.f1(c.score)),
                                  cssClass: "bar-\(colour.rawValue)",
                                  title: "\(v.name(c.unit)), \(theme): \(AssessmentDocuments.f1(c.score)), \(colour.rawValue); \(c.colour.reason)"))
            }
        } else {
            for unit in v.unitsByRank {
                let u = v.units[unit]!
                let score = u.included ? u.indexScore : .nan
                bars.append(.init(label: "\(v.name(unit)) (\(unit))", value: score,
                                  text: u.included ? AssessmentDocuments.f1(u.indexScore) : "no index score", cssClass: "bar-index",
                                  title: u.included ? "\(v.name(unit)): index \(AssessmentDocuments.f1(u.indexScore)), rank \(v.rankText(unit, stats)) (5-95%)"
                                    : "\(v.name(unit)): \(AssessmentDocuments.noIndex(u))"))
            }
        }
        return BarChart(bars: bars, domain: (0, 100)).svg(label: "League table: \(theme ?? v.framework.root)").render()
    }

    /// Units in nominal rank order with their 5-95% rank band, median rank and nominal rank.
    static func rankIntervals(_ v: AssessmentView, _ stats: [UncertaintyAnalysis.RankStats]) -> String {
        let ranked = stats.filter { !$0.nominalRank.isNaN }.sorted { ($0.nominalRank, $0.unit) < ($1.nominalRank, $1.unit) }
        let n = Double(stats.filter { !$0.nominalRank.isNaN }.count)
        let f = AssessmentDocuments.rank
        let rows = ranked.map { s in
            IntervalChart.Row(label: "\(v.name(s.unit)) (\(s.unit))", nominal: s.nominalRank, median: s.median, low: s.q5, high: s.q95,
                              title: "\(v.name(s.unit)): nominal rank \(f(s.nominalRank)), median \(NumberFormat.fixed(s.median, 1)), "
                                  + "5-95% \(NumberFormat.fixed(s.q5, 1))-\(NumberFormat.fixed(s.q95, 1))")
        }
        return IntervalChart(rows: rows, domain: (1, max(2, n))).svg(label: "Rank intervals of \(ranked.count) units").render()
    }
}
