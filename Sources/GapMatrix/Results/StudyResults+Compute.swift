/// How the results are computed: the files a study names are read first, then each part is
/// computed once, in dependency order, from the parts before it.
extension StudyResults {
    /// The registries and side files a study names, read and checked against its inputs.
    public struct Registries: Sendable {
        public var practices: [Practice] = []
        public var partnerships: [Partnership] = []
        public var ties: Opportunities.Ties? = nil
        public var corridors: Corridors.Analysis? = nil
        /// The cells sources do not cover by design.
        public var scope: Scope = .none
        /// The source ids the values files cite, from the sources files beside them.
        public var sources: [SourceRecord] = []
        /// The imported bilateral labour agreements (studies with `agreements:`).
        public var agreements: AgreementData? = nil
        /// The recommendations register and the follow-up register (studies that name them).
        public var recommendations: [Recommendation] = []
        public var followUp: FollowUpRegister? = nil

        public init(practices: [Practice] = [], partnerships: [Partnership] = [], ties: Opportunities.Ties? = nil,
                    corridors: Corridors.Analysis? = nil, scope: Scope = .none, sources: [SourceRecord] = []) {
            self.scope = scope
            self.sources = sources
            self.practices = practices
            self.partnerships = partnerships
            self.ties = ties
            self.corridors = corridors
        }

        /// Reads the files `parts` need (and only those): opportunities name the partnerships a
        /// pair already shares, so they read the partnership registry too.
        public static func load(_ study: Study, _ inputs: StudyInputs, parts: Parts) throws -> Registries {
            let p = parts.closed
            var r = Registries()
            if p.contains(.corridors), let c = study.corridors {
                r.corridors = try Corridors.load(c.costs, known: inputs.units.knownCodes, spec: c.spec)
            }
            if p.contains(.ratings) {
                r.scope = try study.loadScope(inputs)
                if case let .tidy(options, _) = study.source { r.sources = try SourceList.read(beside: options.values) }
            }
            if p.contains(.practices) { r.practices = try study.loadPractices(inputs) }
            if p.contains(.opportunities) || p.contains(.partnerships) || p.contains(.learning) { r.ties = try study.loadTies(inputs) }
            if p.contains(.opportunities) || p.contains(.partnerships) { r.partnerships = try study.loadPartnerships(inputs) }
            // Agreements count as practice when the study maps their areas onto its themes.
            let agreementsArePractice = !(study.agreements?.practiceThemes.isEmpty ?? true)
            if p.contains(.partnerships) || (p.contains(.practices) && agreementsArePractice) {
                r.agreements = try study.loadAgreements(inputs, ties: r.ties)
            }
            if p.contains(.partnerships) {
                // The remittance list reads the corridors' SDG 10.c.1 costs.
                if r.agreements != nil, r.corridors == nil, let c = study.corridors {
                    r.corridors = try Corridors.load(c.costs, known: inputs.units.knownCodes, spec: c.spec)
                }
            }
            if p.contains(.forum) {
                r.recommendations = try study.loadRecommendations(inputs)
                r.followUp = try study.loadFollowUp(recommendations: r.recommendations)
            }
            return r
        }
    }

    /// Reads what `parts` need from the files the study names, then computes them.
    public static func load(_ study: Study, _ inputs: StudyInputs, parts: Parts) throws -> StudyResults {
        try compute(study, inputs, registries: try Registries.load(study, inputs, parts: parts), parts: parts)
    }

    /// Runs the recipe and computes `parts` (with what they depend on) from the given registries.
    public static func compute(_ study: Study, _ inputs: StudyInputs, registries r: Registries, parts: Parts) throws -> StudyResults {
        let p = parts.closed
        // Roles first: a value an indicator's role does not apply to enters no score.
        let roles = study.assignRoles(inputs)
        let unmasked = inputs
        let inputs = inputs.keepingApplicable(roles, scope: r.scope)
        let build = try Regenerate.run(inputs, recipe: study.recipe)
        let assessment = p.contains(.ratings) ? study.ratings.map {
            Assessment.evaluate(inputs, build: build, spec: $0, roles: roles, scope: r.scope, sufficiency: study.gaps.sufficiency)
        } : nil
        // The registry's practices, then the agreements that count as practice (origin "agreements data").
        let practices = r.practices + (p.contains(.practices) ? study.agreementPractices(r.agreements, inputs) : [])
        let gaps = p.contains(.gaps) ? assessment.map {
            KnowledgeGapMatrix.build(inputs, assessment: $0, practices: practices, spec: study.gaps)
        } : nil
        var learning: Learning? = nil
        if p.contains(.learning), let a = assessment, let g = gaps {
            learning = Learning(leaders: PeerLearning.leaders(a, practices: practices),
                                matches: PeerLearning.matches(inputs, a, g, practices: practices, ties: r.ties))
        }
        var opportunities: [Opportunities.Opportunity]? = nil
        if p.contains(.opportunities), let a = assessment, let g = gaps, let ties = r.ties {
            opportunities = Opportunities.find(a, g, ties: ties, practices: practices, partnerships: r.partnerships)
        }
        let scores = p.contains(.partnerships)
            ? r.partnerships.map { PartnershipScores.score($0, assessment: assessment, gaps: gaps, ties: r.ties) } : []
        var uncertainty: Uncertainty? = nil
        var stability: GapStability? = nil
        if p.contains(.uncertainty), let a = assessment, let spec = study.uncertainty, let run = spec.run {
            let result = try UncertaintyAnalysis.run(inputs, recipe: study.recipe, spec: spec, seed: run.seed,
                                                     replications: 1...run.replications)
            let indexed = Set(a.units.filter(\.included).map(\.unit))
            uncertainty = Uncertainty(seed: run.seed, run: result,
                                      rankStats: UncertaintyAnalysis.rankStats(UncertaintyAnalysis.keeping(indexed, of: result)))
            // The same replications' assessment choices replayed on the gap matrix (roles start from the unmasked inputs).
            if let g = gaps {
                var replayer = GapClassReplayer(inputs: unmasked, recipe: study.recipe, roles: study.roles, scope: r.scope,
                                                ratings: a.spec, sufficiency: a.sufficiency, practices: practices,
                                                units: a.units.map(\.unit), themes: a.themeCodes)
                stability = try GapStability.run(&replayer, nominal: g, rows: result.rows)
            }
        }
        // The report for the register's latest meeting, missing values counted as `gapmatrix followup` counts them.
        var followUp: FollowUpReport? = nil
        if p.contains(.forum), let register = r.followUp, let last = register.meetings.last {
            followUp = try FollowUpReport.build(meeting: last.name, recommendations: r.recommendations, register: register, inputs: unmasked)
        }
        var results = StudyResults(study: study, inputs: inputs, build: build, assessment: assessment, practices: practices,
                                   gaps: gaps, learning: learning, ties: r.ties, opportunities: opportunities,
                                   partnerships: r.partnerships, partnershipScores: scores, corridors: r.corridors,
                                   uncertainty: uncertainty, sources: r.sources, gapStability: stability, followUp: followUp)
        if p.contains(.partnerships), let data = r.agreements {
            results.agreements = AgreementResults.compute(data, inputs, assessment: assessment, gaps: gaps, costs: r.corridors)
        }
        return results
    }
}

extension Study {
    /// The years an agreement must be signed in to count as practice: the study's window up to
    /// its reference year (docs/METHODS.md 6.1).
    public var practiceWindow: ClosedRange<Int>? {
        var window: Window? = nil
        if case let .tidy(options, _) = source { window = options.window }
        return AgreementPractice.window(referenceYear: referenceYear, window: window)
    }

    /// The agreements of `data` that count as unevaluated practice on the study's themes (none
    /// without `agreements.practice_themes`).
    public func agreementPractices(_ data: AgreementData?, _ inputs: StudyInputs) -> [Practice] {
        guard let data else { return [] }
        let themes = Set(inputs.framework.aggregates.filter { $0 != inputs.framework.root })
        return AgreementPractice.practices(data, window: practiceWindow, themes: themes, units: Set(inputs.units.codes))
    }
}
