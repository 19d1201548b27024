import Foundation

/// The coherence statistics as rows a reader can act on: the same rows feed `audit`'s coherence.csv,
/// its text section and `validate`'s warnings, so the three never disagree.
extension Coherence {
    static func rows(_ t: Theme) -> [Row] {
        var out: [Row] = []
        let k = t.indicators.count
        out.append(Row(theme: t.code, indicator: "", check: .indicatorCount, value: Double(k),
                       threshold: Double(Cut.fewestIndicators), flag: k < Cut.fewestIndicators,
                       message: "\(t.code) rests on \(k) indicator\(k == 1 ? "" : "s")"
                           + (k < Cut.fewestIndicators ? " (fewer than \(Cut.fewestIndicators))" : "")))
        let yesNo = t.yesNoItems
        let yesNoShare = k == 0 ? Double.nan : Double(yesNo.count) / Double(k)
        out.append(Row(theme: t.code, indicator: "", check: .yesNoOnly, value: yesNoShare, threshold: 1,
                       flag: k > 0 && yesNo.count == k,
                       message: yesNo.isEmpty ? "\(t.code) has no yes/no items"
                           : yesNo.count == k ? "\(t.code) rests on yes/no items only (\(yesNo.joined(separator: ", ")))"
                           : "\(t.code) has \(yesNo.count) yes/no item\(yesNo.count == 1 ? "" : "s") of \(k) (\(yesNo.joined(separator: ", ")))"))
        let tied = t.largestTie >= 2 && t.tiedShare >= Cut.tiedShare
        out.append(Row(theme: t.code, indicator: "", check: .ties, value: t.tiedShare, threshold: Cut.tiedShare, flag: tied,
                       message: t.largestTie < 2 ? "no two units share a score of \(t.code)"
                           : "\(percent(t.tiedShare)) of units (\(t.largestTie) of \(t.scored)) share \(t.code)'s most common score "
                           + "(\(fixed(t.tiedScore, 2)))" + (tied ? ", at least \(percent(Cut.tiedShare))" : "")))
        for i in t.indicators {
            let r = i.themeCorrelation
            let weak = r < Cut.weakCorrelation
            out.append(Row(theme: t.code, indicator: i.code, check: .themeCorrelation, value: r,
                           threshold: Cut.weakCorrelation, flag: weak,
                           message: r.isNaN ? "\(i.code): no correlation with \(t.code) (too few units or a constant column)"
                               : r < 0 ? "\(i.code) correlates negatively with its theme \(t.code) (r = \(fixed(r, 2)))"
                               : weak ? "\(i.code) correlates weakly with its theme \(t.code) (r = \(fixed(r, 2)) < \(fixed(Cut.weakCorrelation, 1)))"
                               : "\(i.code) correlates with \(t.code) (r = \(fixed(r, 2)))"))
        }
        for p in t.pairs {
            let name = "\(p.a) / \(p.b)"
            out.append(Row(theme: t.code, indicator: name, check: .negativePair, value: p.r, threshold: 0, flag: p.r < 0,
                           message: p.r < 0 ? "\(p.a) and \(p.b) correlate negatively in \(t.code) (r = \(fixed(p.r, 2)))"
                               : "\(p.a) and \(p.b): r = \(fixed(p.r, 2))"))
            let redundant = abs(p.r) >= Cut.redundancy
            out.append(Row(theme: t.code, indicator: name, check: .redundantPair, value: p.r, threshold: Cut.redundancy, flag: redundant,
                           message: redundant ? "\(p.a) and \(p.b) are redundant in \(t.code) (|r| = \(fixed(abs(p.r), 2)) >= \(fixed(Cut.redundancy, 1)))"
                               : "\(p.a) and \(p.b): |r| = \(fixed(abs(p.r), 2))"))
        }
        for i in t.indicators {
            out.append(Row(theme: t.code, indicator: i.code, check: .firstOrder, value: i.firstOrder, threshold: .nan, flag: false,
                           message: "\(i.code) explains \(fixed(i.firstOrder, 2)) of the variance of \(t.code) (main effect, cubic fit)"))
            out.append(Row(theme: t.code, indicator: i.code, check: .linearFirstOrder, value: i.linearFirstOrder, threshold: .nan, flag: false,
                           message: "\(i.code) explains \(fixed(i.linearFirstOrder, 2)) of the variance of \(t.code) linearly (r^2)"))
            let ratio = i.mainEffectShare / i.weightShare
            let off = !i.mainEffectShare.isNaN && !i.weightShare.isNaN
                && (ratio > Cut.mainEffectFactor || ratio < 1 / Cut.mainEffectFactor)
            let says = "\(i.code) carries \(percent(i.mainEffectShare)) of \(t.code)'s main effects against a weight share of "
                + "\(percent(i.weightShare))"
            out.append(Row(theme: t.code, indicator: i.code, check: .mainEffect, value: i.mainEffectShare, threshold: i.weightShare, flag: off,
                           message: i.mainEffectShare.isNaN ? "\(i.code): main effect share undefined"
                               : off ? says + " (\(ratio.isFinite ? fixed(ratio, 2) + " times" : "no weight"); outside "
                                   + "\(fixed(1 / Cut.mainEffectFactor, 1))-\(fixed(Cut.mainEffectFactor, 0)) times)"
                               : says))
        }
        return out
    }

    static func fixed(_ v: Double, _ decimals: Int) -> String {
        v.isNaN ? "NA" : CFormat.fixed(v, decimals)
    }

    static func percent(_ v: Double) -> String { v.isNaN ? "NA" : CFormat.fixed(100 * v, 0) + "%" }
}
