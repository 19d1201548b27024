import GapMatrix

/// The meeting brief in one language: `BriefContent` put into the templates of `BriefStrings`.
/// Every number is written with the citation of its figure right after it, `[F12]`, on the same
/// line, so a reader (or a test) can find it in brief_figures.csv. Headings name the study and
/// its themes as the study names them and carry no figures.
public enum BriefDocument {
    public static func document(_ c: BriefContent, _ s: BriefStrings) -> Document {
        var d = Document()
        let fill = BriefStrings.fill
        d.heading(1, fill(s.title, ["study": c.study]))
        d.paragraph(fill(s.intro, ["units": n(c.units), "ref": ref(c.units), "years": years(c.vintage, s), "ref2": ref(c.vintage)]))
        d.paragraph(s.citations)
        d.paragraph(s.bearsOn)
        for t in c.themes { theme(&d, t, s) }
        corridors(&d, c, s)
        // The limitations box: a one-column table titled by its heading.
        d.table(TextTable(header: [s.limitationsHeading], rows: limitations(c, s).map { [$0] }, numeric: []))
        return d
    }

    static func n(_ f: BriefFigure) -> String { f.value.map(String.init) ?? "" }
    static func ref(_ f: BriefFigure) -> String { "[\(f.id)]" }
    static func ref(_ fs: [BriefFigure]) -> String { "[" + fs.map(\.id).joined(separator: ", ") + "]" }
    static func years(_ f: BriefFigure, _ s: BriefStrings) -> String {
        guard let from = f.yearFrom, let to = f.yearTo else { return s.noYears }
        return BriefStrings.fill(s.yearRange, ["from": String(from), "to": String(to)])
    }
    static func judged(_ f: BriefFigure, _ s: BriefStrings) -> String {
        BriefStrings.fill(s.judgedCell, ["n": n(f), "of": f.of.map(String.init) ?? ""])
    }

    static func theme(_ d: inout Document, _ t: BriefContent.Theme, _ s: BriefStrings) {
        let fill = BriefStrings.fill
        d.heading(2, fill(s.themeHeading, ["code": t.code, "name": t.name]))
        d.paragraph(fill(s.coverage, ["judged": judged(t.judged, s), "ref": ref(t.judged), "years": years(t.vintage, s), "ref2": ref(t.vintage)]))
        func groups(_ header: String, _ rows: [BriefContent.GroupRow], _ name: (String) -> String) {
            guard !rows.isEmpty else { return }
            d.table(TextTable(header: [header, s.judgedHeader, s.yearsHeader],
                              rows: rows.map { [name($0.group), judged($0.judged, s) + " " + ref($0.judged),
                                                years($0.vintage, s) + " " + ref($0.vintage)] }, numeric: []))
        }
        groups(s.regionHeader, t.regions) { $0.isEmpty ? s.noRegion : $0 }
        groups(s.roleHeader, t.roles) { g in Role(rawValue: g).flatMap { s.roleNames[$0] } ?? g }
        d.paragraph(fill(s.gapClasses, ["list": t.classes.map { c in
            fill(s.gapClassItem, ["name": s.gapClassNames[c.gapClass] ?? c.gapClass.rawValue, "n": n(c.figure), "ref": ref(c.figure)])
        }.joined(separator: s.listSeparator)]))
        d.paragraph(t.missing.isEmpty ? s.noMissing : fill(s.missing, ["list": t.missing.map { m in
            fill(s.missingItem, ["name": m.label, "code": m.group, "n": judged(m, s), "ref": ref(m)])
        }.joined(separator: s.listSeparator)]))
        var practice = fill(s.practices, ["n": n(t.practices), "ref": ref(t.practices), "e": n(t.evaluated), "ref2": ref(t.evaluated)])
        if let a = t.fromAgreements { practice += " " + fill(s.practicesFromAgreements, ["n": n(a), "ref": ref(a)]) }
        if !t.namedPractices.isEmpty {
            practice += " " + fill(s.namedPractices, ["list": t.namedPractices.map { "\($0.label) \(ref($0))" }.joined(separator: s.listSeparator)])
        }
        d.paragraph(practice)
        if let l = t.learning {
            var text = fill(s.learning, ["n": n(l), "ref": ref(l)])
            if !t.pairs.isEmpty {
                text += " " + fill(s.namedPairs, ["list": t.pairs.map {
                    fill(s.pair, ["unit": $0.unit, "peer": $0.peer, "ref": ref($0.figure)])
                }.joined(separator: s.listSeparator)])
            }
            d.paragraph(text)
        }
        recommendations(&d, t, s)
        if let ch = t.changes {
            var text = fill(s.changes, ["n": n(ch), "ref": ref(ch)])
            if !t.changed.isEmpty {
                text += " " + fill(s.changed, ["list": t.changed.map {
                    fill(s.changeItem, ["unit": $0.unit, "before": s.colourNames[$0.before] ?? $0.before.rawValue,
                                        "after": s.colourNames[$0.after] ?? $0.after.rawValue, "ref": ref($0.figure)])
                }.joined(separator: s.listSeparator)])
            }
            d.paragraph(text)
        } else {
            d.paragraph(s.noDiff)
        }
        d.heading(3, s.questionsHeading)
        for q in questions(t, s) { d.paragraph(q) }
        d.heading(3, s.proposalsHeading)
        proposals(&d, t, s)
    }

    /// The largest corridors with no agreement recorded, or why they cannot be listed.
    static func corridors(_ d: inout Document, _ c: BriefContent, _ s: BriefStrings) {
        d.heading(2, s.corridorsHeading)
        guard let k = c.corridors else {
            d.paragraph(s.corridorsNone)
            return
        }
        let fill = BriefStrings.fill
        var text = fill(s.corridors, ["n": n(k.none), "of": k.none.of.map(String.init) ?? "", "through": k.none.yearTo.map(String.init) ?? "",
                                      "ref": ref(k.none)])
        if !k.largest.isEmpty {
            text += " " + fill(s.namedCorridors, ["list": k.largest.map {
                fill(s.corridorItem, ["a": $0.a, "b": $0.b, "migrants": $0.migrants, "year": $0.year, "ref": ref($0.figure)])
            }.joined(separator: s.listSeparator)])
        }
        d.paragraph(text)
    }

    static func recommendations(_ d: inout Document, _ t: BriefContent.Theme, _ s: BriefStrings) {
        guard let count = t.recommendationCount, let unknown = t.unknownStatus else {
            d.paragraph(s.noRegister)
            return
        }
        guard !t.recommendations.isEmpty else {
            d.paragraph(s.noRecommendations)
            return
        }
        d.paragraph(BriefStrings.fill(s.recommendations, ["n": n(count), "ref": ref(count), "unknown": judged(unknown, s), "ref2": ref(unknown)]))
        d.table(TextTable(header: s.recommendationHeader, rows: t.recommendations.map { r in
            [r.id, s.kindNames[r.kind] ?? r.kind, r.text,
             r.statuses.isEmpty ? s.noAction : r.statuses.map { s.statusNames[$0] ?? $0.rawValue }.joined(separator: s.listSeparator),
             ref(r.figure)]
        }, numeric: []))
    }

    /// One question per gap class present, templated from the class: data gaps ask about data
    /// collection, policy gaps without practice about documenting practice, and so on.
    static func questions(_ t: BriefContent.Theme, _ s: BriefStrings) -> [String] {
        let fill = BriefStrings.fill
        var out: [String] = []
        let has = { (c: KnowledgeGapMatrix.GapClass) in (t.count(c)?.value ?? 0) > 0 }
        if let f = t.count(.dataGap), has(.dataGap) {
            if let m = t.missing.first {
                out.append(fill(s.questionDataIndicator, ["n": n(f), "ref": ref(f), "indicator": "\(m.label) (\(m.group))", "ref2": ref(m)]))
            } else {
                out.append(fill(s.questionData, ["n": n(f), "ref": ref(f)]))
            }
        }
        if let f = t.count(.policyNoPractice), has(.policyNoPractice) { out.append(fill(s.questionPolicy, ["n": n(f), "ref": ref(f)])) }
        if let u = t.count(.policyUnevaluated), let e = t.count(.evidenceGap), has(.policyUnevaluated) || has(.evidenceGap) {
            out.append(fill(s.questionEvaluation, ["n": n(u), "ref": ref(u), "m": n(e), "ref2": ref(e)]))
        }
        if let f = t.count(.outcomeGap), has(.outcomeGap) { out.append(fill(s.questionOutcome, ["n": n(f), "ref": ref(f)])) }
        if !t.pairs.isEmpty { out.append(s.questionLearning) }
        let unknown = t.recommendations.filter { $0.statuses.contains(.unknown) }.map(\.id)
        if !unknown.isEmpty { out.append(fill(s.questionFollowUp, ["ids": unknown.joined(separator: ", ")])) }
        return out.isEmpty ? [s.questionNone] : out
    }

    static func proposals(_ d: inout Document, _ t: BriefContent.Theme, _ s: BriefStrings) {
        guard t.recommendationCount != nil else {
            d.paragraph(s.noFollowUpRegister)
            return
        }
        guard !t.proposals.isEmpty else {
            d.paragraph(s.noProposals)
            return
        }
        for p in t.proposals {
            let a = p.action
            d.paragraph(BriefStrings.fill(s.proposal, [
                "id": a.id, "action": a.action, "lead": a.lead ?? s.notRecorded,
                "partners": a.partners.isEmpty ? s.notRecorded : a.partners.joined(separator: ", "),
                "due": a.due ?? s.notRecorded, "ref": ref(p.figure), "status": s.statusNames[a.status] ?? a.status.rawValue,
            ]))
        }
    }

    static func limitations(_ c: BriefContent, _ s: BriefStrings) -> [String] {
        let fill = BriefStrings.fill
        var out = [fill(s.limitStale, ["n": n(c.stale), "of": c.stale.of.map(String.init) ?? "", "ref": ref(c.stale)])]
        if let u = c.unstable { out.append(fill(s.limitUnstable, ["n": n(u), "of": u.of.map(String.init) ?? "", "ref": ref(u)])) }
        if let u = c.unknownActions { out.append(fill(s.limitUnknown, ["n": n(u), "of": u.of.map(String.init) ?? "", "ref": ref(u)])) }
        out.append(s.limitRegisters)
        out.append(c.imputes ? s.limitImputed : s.limitNotImputed)
        if !c.snapshots.isEmpty { out.append(fill(s.limitSnapshots, ["codes": c.snapshots.joined(separator: ", ")])) }
        out.append(s.limitDataGap)
        if c.unknownActions != nil { out.append(s.limitTexts) }
        return out
    }
}
