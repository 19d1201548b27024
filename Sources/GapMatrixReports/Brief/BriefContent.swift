import GapMatrix

/// What the meeting brief says, computed once from a study's results and independent of the
/// language it is written in: per theme, the figures (each registered in a `FigureBook`, so each
/// cites its CSV rows) and the items named. `BriefDocument` puts it into words.
public struct BriefContent: Sendable {
    /// A region or role row: units judged and the vintage of their values.
    public struct GroupRow: Sendable {
        public var group: String
        public var judged: BriefFigure
        public var vintage: BriefFigure
    }

    public struct Recommendation: Sendable {
        public var id: String
        public var kind: String
        public var text: String
        /// The statuses of its actions, or empty when none is recorded.
        public var statuses: [FollowUpAction.Status]
        public var figure: BriefFigure
    }

    public struct Proposal: Sendable {
        public var action: FollowUpAction
        public var figure: BriefFigure
    }

    /// The largest corridors with no bilateral labour agreement recorded (studies with `agreements:`).
    public struct Corridors: Sendable {
        /// Pairs with none recorded, of all pairs of the corridor matrix (year_to: the list's last year).
        public var none: BriefFigure
        /// Largest first: the two names, migrants both ways and their year as partnership_corridors.csv writes them.
        public var largest: [(a: String, b: String, migrants: String, year: String, figure: BriefFigure)]
    }

    public struct Theme: Sendable {
        public var code: String
        public var name: String
        public var judged: BriefFigure
        public var vintage: BriefFigure
        public var regions: [GroupRow]
        public var roles: [GroupRow]
        public var classes: [(gapClass: KnowledgeGapMatrix.GapClass, figure: BriefFigure)]
        public var missing: [BriefFigure]
        public var practices: BriefFigure
        public var evaluated: BriefFigure
        /// Of the practices, those counted from the agreements data (nil when the study counts none).
        public var fromAgreements: BriefFigure?
        public var namedPractices: [BriefFigure]
        public var learning: BriefFigure?
        /// Named pairs: the unit's name, the peer's name and the figure of their row.
        public var pairs: [(unit: String, peer: String, figure: BriefFigure)]
        /// Nil when the study has no recommendations register.
        public var recommendationCount: BriefFigure?
        public var recommendations: [Recommendation]
        public var unknownStatus: BriefFigure?
        /// Nil when no previous edition was compared.
        public var changes: BriefFigure?
        public var changed: [(unit: String, before: Colour, after: Colour, figure: BriefFigure)]
        public var proposals: [Proposal]

        func count(_ c: KnowledgeGapMatrix.GapClass) -> BriefFigure? { classes.first { $0.gapClass == c }?.figure }
    }

    public var study: String
    public var units: BriefFigure
    public var vintage: BriefFigure
    public var themes: [Theme]
    public var stale: BriefFigure
    public var unstable: BriefFigure?
    public var unknownActions: BriefFigure?
    public var imputes: Bool
    public var snapshots: [String]
    /// Nil when the study has no agreements by corridor.
    public var corridors: Corridors?
    public var figures: FigureBook

    /// Items named per theme: practices, learning pairs, recommendations, changes.
    public static let named = 3
    /// Indicators listed per theme as the largest information gap.
    public static let missingPerTheme = 3
    /// Corridors named as the largest with no agreement recorded.
    public static let corridorsNamed = 5
}

extension BriefContent {
    /// The brief of results with a gap matrix (nil without one: the brief is about gaps).
    public static func compute(_ r: StudyResults) -> BriefContent? {
        guard let a = r.assessment, let g = r.gaps else { return nil }
        var b = BriefBuilder(results: r, assessment: a, gaps: g)
        return b.build()
    }
}

/// Computes the content and registers every figure, reading the same cells the CSV writers write.
struct BriefBuilder {
    let results: StudyResults
    let assessment: Assessment
    let gaps: KnowledgeGapMatrix
    var book = FigureBook()

    init(results: StudyResults, assessment: Assessment, gaps: KnowledgeGapMatrix) {
        self.results = results
        self.assessment = assessment
        self.gaps = gaps
    }

    var inputs: StudyInputs { results.inputs }
    var hasRoles: Bool { assessment.roles.spec != nil }

    /// Years of the values of `cells` as a range, nil when none has a value with a year.
    static func years(_ cells: [Assessment.Cell]) -> (Int, Int)? {
        let ys = cells.filter { $0.state == .value }.compactMap(\.year)
        guard let lo = ys.min(), let hi = ys.max() else { return nil }
        return (lo, hi)
    }

    mutating func build() -> BriefContent {
        let units = Set(gaps.cells.map(\.unit)).count
        let unitsFigure = book.add("", .units, value: units, file: "units.csv", selection: "")
        let vintage = book.add("", .vintage, years: Self.years(assessment.cells), file: "indicators.csv",
                                      selection: Select.eq("state", "value"))
        // The themes the meeting discusses: the framework's top level (a study whose themes have sub-themes,
        // such as GCM round tables over objectives, gets one section per top-level theme).
        let root = inputs.framework.root
        let themes = gaps.themes.filter { inputs.framework.node($0)?.parent == root }.map { theme($0) }
        let valued = assessment.cells.filter { $0.state == .value }
        let stale = book.add("", .staleValues, value: valued.filter(\.stale).count, of: valued.count, file: "indicators.csv",
                                    selection: Select.all([Select.eq("state", "value"), Select.eq("stale", "TRUE")]),
                                    ofSelection: Select.eq("state", "value"))
        let unstable = results.gapStability.map { s in
            book.add("", .unstableCells, value: s.cells.filter(\.isUnstable).count, of: s.cells.count, file: "gap_stability.csv",
                            selection: Select.eq("unstable", "TRUE"), ofSelection: "")
        }
        let unknown = results.followUp.map { f -> BriefFigure in
            let actions = Dictionary(f.entries.flatMap(\.actions).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return book.add("", .unknownStatus, value: actions.values.filter { $0.status == .unknown }.count, of: actions.count,
                                   file: "followup.csv", selection: Select.eq("status", FollowUpAction.Status.unknown.rawValue),
                                   ofSelection: Select.ne("action_id", ""))
        }
        let corridors = self.corridors()
        let r = results.study.recipe
        return BriefContent(study: results.study.title, units: unitsFigure, vintage: vintage, themes: themes, stale: stale,
                            unstable: unstable, unknownActions: unknown, imputes: r.impute.method != .none || r.impute.panel != .none,
                            snapshots: EditionDiff.singleSnapshots(inputs).sorted(), corridors: corridors, figures: book)
    }

    mutating func theme(_ t: String) -> BriefContent.Theme {
        let cells = gaps.cells.filter { $0.theme == t }
        // Indicator rows carry the code of their own theme: a theme with sub-themes gathers theirs.
        let under = indicators(under: t)
        let values = assessment.cells.filter { under.contains($0.indicator) }
        let onTheme = Select.eq("theme_code", t)
        let valuesOnTheme = Select.either("theme_code", Set(values.map(\.theme)).sorted().ifEmpty([t]))
        let judgedSel = Select.all([onTheme, Select.ne("gap_class", KnowledgeGapMatrix.GapClass.dataGap.rawValue)])
        let valueSel = Select.all([valuesOnTheme, Select.eq("state", "value")])
        let judged = book.add(t, .judged, value: cells.filter { $0.gapClass != .dataGap }.count, of: cells.count,
                                     file: "gap_matrix.csv", selection: judgedSel, ofSelection: onTheme)
        let vintage = book.add(t, .vintage, years: Self.years(values), file: "indicators.csv", selection: valueSel)
        let regionOf = inputs.units.groups[ReportGroups.region] ?? [:]
        let region = { (u: String) in regionOf[u] ?? "" }
        let regions = Set(cells.map { region($0.unit) }).sorted().map { reg -> BriefContent.GroupRow in
            let inRegion = Select.eq("region", reg)
            let here = cells.filter { region($0.unit) == reg }
            return BriefContent.GroupRow(
                group: reg,
                judged: book.add(t, .judged, group: reg, value: here.filter { $0.gapClass != .dataGap }.count, of: here.count,
                                        file: "gap_matrix.csv", selection: Select.all([judgedSel, inRegion]),
                                        ofSelection: Select.all([onTheme, inRegion])),
                vintage: book.add(t, .vintage, group: reg, years: Self.years(values.filter { region($0.unit) == reg }),
                                         file: "indicators.csv", selection: Select.all([valueSel, inRegion])))
        }
        let roles = !hasRoles ? [] : Role.allCases.map { role -> BriefContent.GroupRow in
            let assigned = assessment.roles
            let holds = { (u: String) in assigned.units[u]?.roles.contains(role) == true }
            let marked = Select.marked("roles.csv", role.rawValue)
            let here = cells.filter { holds($0.unit) }
            return BriefContent.GroupRow(
                group: role.rawValue,
                judged: book.add(t, .judged, group: role.rawValue, value: here.filter { $0.gapClass != .dataGap }.count,
                                        of: here.count, file: "gap_matrix.csv", selection: Select.all([judgedSel, marked]),
                                        ofSelection: Select.all([onTheme, marked])),
                vintage: book.add(t, .vintage, group: role.rawValue, years: Self.years(values.filter { holds($0.unit) }),
                                         file: "indicators.csv", selection: Select.all([valueSel, marked])))
        }
        let classes = KnowledgeGapMatrix.GapClass.allCases.map { c in
            (gapClass: c, figure: book.add(t, .gapClass, group: c.rawValue, value: cells.filter { $0.gapClass == c }.count,
                                                  of: cells.count, file: "gap_matrix.csv",
                                                  selection: Select.all([onTheme, Select.eq("gap_class", c.rawValue)]),
                                                  ofSelection: onTheme))
        }
        var theme = BriefContent.Theme(
            code: t, name: inputs.framework.node(t)?.name ?? t, judged: judged, vintage: vintage, regions: regions, roles: roles,
            classes: classes, missing: missing(t, values), practices: judged, evaluated: judged, fromAgreements: nil, namedPractices: [], learning: nil,
            pairs: [], recommendationCount: nil, recommendations: [], unknownStatus: nil, changes: nil, changed: [], proposals: [])
        practices(&theme)
        learning(&theme)
        forum(&theme)
        changes(&theme)
        return theme
    }

    /// The codes of the indicators below a theme, at any depth.
    func indicators(under code: String) -> Set<String> {
        Set(inputs.framework.children(of: code).flatMap { $0.kind == .indicator ? [$0.code] : Array(indicators(under: $0.code)) })
    }

    /// The indicators of the theme missing most often where they apply and are in scope.
    mutating func missing(_ t: String, _ values: [Assessment.Cell]) -> [BriefFigure] {
        let byIndicator = Dictionary(grouping: values.filter { $0.state == .value || $0.state == .missing }, by: \.indicator)
        let ranked = byIndicator.map { (code: $0.key, theme: $0.value[0].theme, missing: $0.value.filter { $0.state == .missing }.count,
                                        of: $0.value.count) }
            .filter { $0.missing > 0 }
            .sorted { ($1.missing, $0.code) < ($0.missing, $1.code) }
        return ranked.prefix(BriefContent.missingPerTheme).map { m in
            let sel = Select.all([Select.eq("theme_code", m.theme), Select.eq("indicator_code", m.code)])
            return book.add(t, .missingIndicator, group: m.code, value: m.missing, of: m.of,
                                   label: inputs.framework.node(m.code)?.name ?? m.code, file: "indicators.csv",
                                   selection: Select.all([sel, Select.eq("state", "missing")]),
                                   ofSelection: Select.all([sel, Select.either("state", ["value", "missing"])]))
        }
    }

    mutating func practices(_ theme: inout BriefContent.Theme) {
        let t = theme.code
        let here = results.practices.filter { $0.themes.contains(t) }
        let onTheme = Select.holds("theme_codes", t)
        let evaluatedLevels = Practice.EvaluationLevel.allCases.filter(\.isEvaluation).map(\.rawValue)
        theme.practices = book.add(t, .practices, value: here.count, file: "practices.csv", selection: onTheme)
        theme.evaluated = book.add(t, .evaluatedPractices, value: here.filter(\.isEvaluated).count, file: "practices.csv",
                                          selection: Select.all([onTheme, Select.either("evaluation", evaluatedLevels)]))
        if results.practices.contains(where: { $0.origin == .agreements }) {
            theme.fromAgreements = book.add(t, .agreementPractices, value: here.filter { $0.origin == .agreements }.count,
                                            file: "practices.csv",
                                            selection: Select.all([onTheme, Select.eq("origin", Practice.Origin.agreements.rawValue)]))
        }
        // Evaluated practices first: they are the ones a roundtable can learn most from.
        let named = (here.filter(\.isEvaluated) + here.filter { !$0.isEvaluated }).prefix(BriefContent.named)
        theme.namedPractices = named.map { p in
            book.add(t, .practice, group: p.id, label: p.title, file: "practices.csv", selection: Select.eq("practice_id", p.id))
        }
    }

    mutating func learning(_ theme: inout BriefContent.Theme) {
        guard let l = results.learning else { return }
        let t = theme.code
        let here = l.matches.filter { $0.theme == t }
        theme.learning = book.add(t, .learningPairs, value: here.count, file: "learning_matches.csv", selection: Select.eq("theme_code", t))
        // Each country's best match; a corridor tie first, then a peer with documented practice, then the widest score gap.
        let firsts = here.filter { $0.rank == 1 }.sorted { a, b in
            let ka = (a.tie.isEmpty ? 1 : 0, a.practices.isEmpty ? 1 : 0, -(a.peerScore - a.unitScore), a.unit)
            let kb = (b.tie.isEmpty ? 1 : 0, b.practices.isEmpty ? 1 : 0, -(b.peerScore - b.unitScore), b.unit)
            return ka < kb
        }
        theme.pairs = firsts.prefix(BriefContent.named).map { m in
            let sel = Select.all([Select.eq("unit_code", m.unit), Select.eq("theme_code", t), Select.eq("peer_unit_code", m.peer)])
            return (unit: inputs.units.name(m.unit), peer: inputs.units.name(m.peer),
                    figure: book.add(t, .learningPair, group: "\(m.unit) \(m.peer)", label: m.tie, file: "learning_matches.csv",
                                            selection: sel))
        }
    }

    /// The recommendations bearing on the theme, their follow-up, and the actions still open.
    mutating func forum(_ theme: inout BriefContent.Theme) {
        guard let f = results.followUp else { return }
        let t = theme.code
        let entries = f.entries.filter { $0.recommendation.themes.contains(t) }
        let onTheme = Select.holds("theme_codes", t)
        theme.recommendationCount = book.add(t, .recommendations, value: entries.count, file: "followup.csv", selection: onTheme)
        theme.recommendations = entries.map { e in
            let r = e.recommendation
            return BriefContent.Recommendation(
                id: r.id, kind: r.kind.rawValue, text: r.text, statuses: e.actions.map(\.status),
                figure: book.add(t, .recommendation, group: r.id, label: r.text, file: "followup.csv",
                                        selection: Select.eq("recommendation_id", r.id)))
        }
        let actions = Dictionary(entries.flatMap(\.actions).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        theme.unknownStatus = book.add(t, .unknownStatus, value: actions.values.filter { $0.status == .unknown }.count,
                                              of: actions.count, file: "followup.csv",
                                              selection: Select.all([onTheme, Select.eq("status", FollowUpAction.Status.unknown.rawValue)]),
                                              ofSelection: Select.all([onTheme, Select.ne("action_id", "")]))
        theme.proposals = actions.values.filter(\.status.isOpen).sorted { $0.id < $1.id }.map { a in
            BriefContent.Proposal(action: a, figure: book.add(t, .followUpAction, group: a.id, label: a.due ?? "", file: "followup.csv",
                                                                     selection: Select.eq("action_id", a.id)))
        }
    }

    /// The corridor partnership-gap matrix's pairs with no agreement recorded, largest first, as
    /// partnership_corridors.csv writes them (free-movement pairs are never among them).
    mutating func corridors() -> BriefContent.Corridors? {
        guard let m = results.agreements?.corridors else { return nil }
        let noneStatus = PartnershipGaps.Status.noneRecorded.rawValue
        let none = book.add("", .corridorsNone, value: m.noneRecorded.count, of: m.pairs.count, years: nil,
                            file: "partnership_corridors.csv", selection: Select.eq("status", noneStatus))
        var withYear = none
        withYear.yearTo = m.throughYear
        book.replace(withYear)
        let largest = m.noneRecorded.prefix(BriefContent.corridorsNamed).map { p in
            (a: inputs.units.name(p.a), b: inputs.units.name(p.b), migrants: NumberFormat.shortest(p.migrants) ?? "",
             year: p.stockYear.map(String.init) ?? "",
             figure: book.add("", .corridorNone, group: "\(p.a) \(p.b)", label: noneStatus, file: "partnership_corridors.csv",
                              selection: Select.all([Select.eq("a_unit_code", p.a), Select.eq("b_unit_code", p.b)])))
        }
        return BriefContent.Corridors(none: withYear, largest: largest)
    }

    /// Theme cells whose change since the previous edition goes beyond noise, largest score change first.
    mutating func changes(_ theme: inout BriefContent.Theme) {
        guard let d = results.editionDiff else { return }
        let t = theme.code
        let beyond = d.themes.filter { $0.theme == t && $0.beyondNoise }
        theme.changes = book.add(t, .changes, value: beyond.count, file: "diff_themes.csv",
                                        selection: Select.all([Select.eq("theme_code", t), Select.eq("verdict", EditionDiff.Verdict.beyondNoise.rawValue)]))
        let largest = beyond.sorted { (-abs($0.scoreAfter - $0.scoreBefore), $0.unit) < (-abs($1.scoreAfter - $1.scoreBefore), $1.unit) }
        theme.changed = largest.prefix(BriefContent.named).map { c in
            (unit: inputs.units.name(c.unit), before: c.colourBefore, after: c.colourAfter,
             figure: book.add(t, .change, group: c.unit,
                                     file: "diff_themes.csv", selection: Select.all([Select.eq("unit_code", c.unit), Select.eq("theme_code", t)])))
        }
    }
}

private extension Array {
    func ifEmpty(_ other: [Element]) -> [Element] { isEmpty ? other : self }
}
