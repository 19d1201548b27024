import Foundation

/// A study: where its inputs are and the recipe to run on them.
///
/// ```yaml
/// name: ASEM Sustainable Connectivity
/// data:                        # COINr's format...
///   format: coinr
///   idata: ASEM_iData.csv
///   imeta: ASEM_iMeta.csv
///   levels: [Indicator, Pillar, Sub-index, Index]
/// # data: {format: tidy, values: values.csv, framework: framework.yaml, units: units.csv}
/// reference_year: 2018
/// recipe:
///   denominate: true
///   impute: {method: group_mean, group: EurAsia_group}
///   screen: {threshold: 0.9}
///   treat: {winmax: 5, skew: 2, kurtosis: 3.5}
///   normalise: {method: minmax, range: [0, 100]}
///   weights: framework
///   aggregate: {method: arithmetic}
/// ```
/// Relative paths resolve against the study file's folder.
public struct Study: Sendable {
    public enum Source: Sendable, Equatable {
        case coinr(data: String, meta: String, levels: [String])
        case tidy(TidyReader.Options, framework: String)
        /// Built in code: the caller holds the inputs (see `Study.init(name:...)`).
        case inMemory
    }

    public var file: String
    public var name: String
    /// The edition of the assessment (`edition: "2"`): one study is assessed again as data and
    /// methods move, so reports, the data-vintage manifest and citations name the edition they
    /// belong to. Nil for a study that does not number its editions.
    public var edition: String? = nil
    /// The study file of the edition before this one (`previous_edition:`): the report then also
    /// writes what changed since it (docs/METHODS.md section 13).
    public var previousEdition: String? = nil
    public var source: Source
    public var referenceYear: Int?
    public var recipe: Recipe
    /// Ratings and trends, for studies whose framework carries thresholds.
    public var ratings: RatingsSpec?
    /// The practice registry, if the study has one.
    public var practicesFile: String?
    /// The partnership registry, if the study has one.
    public var partnershipsFile: String? = nil
    /// Gap matrix and peer-learning parameters.
    public var gaps: GapSpec = .init()
    /// Uncertain inputs for uncertainty analysis.
    public var uncertainty: UncertaintySpec? = nil
    /// Remittance prices by corridor (SDG 10.c.1) and their benchmarks.
    public var corridors: (costs: String, spec: Corridors.Spec)? = nil
    /// Bilateral ties for opportunities: migrant stocks and remittance flows.
    public var ties: (migrants: String?, remittances: String?, minMigrants: Double, minRemittances: Double)? = nil
    /// The Forum's recommendations and the follow-up register, if the study has them.
    public var recommendationsFile: String? = nil
    public var followUpFile: String? = nil
    /// Role rules on context variables (nil: every unit holds both roles).
    public var roles: RoleSpec? = nil
    /// The cells each source does not cover by design (CSV indicator_code,iso3,state,reason).
    public var scopeFile: String? = nil
    /// How registry entries (practices, partnerships) are matched to the study's themes: nil by
    /// their own `themes`; a tag name (`gcm`) by the tags they share with the themes' framework
    /// notes, so that a registry written for one framework serves another (RegistryTags).
    public var registryThemes: String? = nil
    /// Views over the study that are not levels of its framework (`views:`, see StudyView).
    public var views: [StudyView] = []
    /// Bilateral labour agreements imported beside the partnership registry (`agreements:`).
    public var agreements: AgreementSpec? = nil

    /// The study's name with its edition, as report headings show it.
    public var title: String { edition.map { "\(name), edition \($0)" } ?? name }

    /// Each unit's roles under the study's rules.
    public func assignRoles(_ inputs: StudyInputs) -> RoleAssignment { RoleAssignment.compute(roles, inputs) }

    /// The scope file, checked against the framework's indicators and the units file (none without one).
    public func loadScope(_ inputs: StudyInputs) throws -> Scope {
        guard let scopeFile else { return .none }
        return try Scope.read(scopeFile, indicators: Set(inputs.framework.indicators), known: inputs.units.knownCodes)
    }

    /// Reads the tie files the study names.
    public func loadTies(_ inputs: StudyInputs) throws -> Opportunities.Ties? {
        guard let ties else { return nil }
        let known = inputs.units.knownCodes
        return Opportunities.Ties(migrants: try ties.migrants.map { try BilateralFile.latest($0, known: known) } ?? [:],
                                  remittances: try ties.remittances.map { try BilateralFile.latest($0, known: known) } ?? [:],
                                  minMigrants: ties.minMigrants, minRemittances: ties.minRemittances)
    }

    /// Reads and checks a study file (not yet its data files).
    public static func read(_ path: String) throws -> Study {
        let doc = try YAMLMap.load(path)
        try doc.onlyKeys(["name", "edition", "previous_edition", "description", "data", "reference_year", "window", "recipe", "ratings", "practices", "gaps", "uncertainty", "corridors", "ties", "partnerships", "recommendations", "followup", "roles", "scope", "registry_themes", "views", "agreements"])
        let folder = (path as NSString).deletingLastPathComponent
        func resolve(_ p: String) -> String {
            p.hasPrefix("/") || folder.isEmpty ? p : (folder as NSString).appendingPathComponent(p)
        }
        guard let data = try doc.optionalMap("data") else {
            throw doc.error(nil, "no 'data' section", "data: with format and input files")
        }
        let source: Source
        switch try data.string("format") {
        case "coinr":
            try data.onlyKeys(["format", "idata", "imeta", "levels"])
            if doc.has("window") { throw doc.error("window", "a window for COINr-format data", "tidy data (format: tidy) for a window over years") }
            source = .coinr(data: resolve(try data.string("idata")), meta: resolve(try data.string("imeta")),
                            levels: try data.scalarList("levels") ?? [])
        case "tidy":
            try data.onlyKeys(["format", "values", "framework", "units", "other_indicators"])
            let values = try data.scalar("values").map { [$0] } ?? data.scalarList("values")
            guard let values, !values.isEmpty else { throw data.error("values", "no values files", "a file or a list of files") }
            var units: UnitsSource? = data.scalar("units").map { UnitsSource(file: resolve($0)) }
            if units == nil, let u = try data.optionalMap("units") {
                try u.onlyKeys(["file", "code", "name", "groups", "where"])
                var filter: [String: String] = [:]
                for (k, v, _) in try u.entries("where") {
                    guard let s = v.scalar?.string else { throw u.error("where", "a nested value for '\(k)'", "column: value") }
                    filter[k] = s
                }
                units = UnitsSource(file: resolve(try u.string("file")), code: try u.optionalString("code") ?? "unit",
                                    name: try u.optionalString("name") ?? "name", groups: try u.scalarList("groups"),
                                    filter: filter)
            }
            let other = try data.optionalString("other_indicators") ?? "error"
            guard other == "error" || other == "ignore" else { throw data.error("other_indicators", "'\(other)'", "error or ignore") }
            var window: Window? = nil
            if let w = try doc.optionalMap("window") {
                try w.onlyKeys(["years", "stale_after"])
                guard let years = try w.optionalInt("years"), years >= 0 else { throw w.error("years", "no window length", "years: a whole number, 0 or more") }
                let stale = try w.optionalInt("stale_after")
                if let stale, stale < 0 || stale > years { throw w.error("stale_after", "\(stale)", "a number of years from 0 to \(years)") }
                window = Window(years: years, staleAfter: stale)
            }
            let options = TidyReader.Options(values: values.map(resolve), units: units,
                                             ignoreOtherIndicators: other == "ignore", window: window)
            source = .tidy(options, framework: resolve(try data.string("framework")))
        case let other:
            throw data.error("format", "format '\(other)'", "coinr or tidy")
        }
        let recipe = try RecipeFile.parse(try doc.optionalMap("recipe"))
        var gaps = GapSpec()
        if let g = try doc.optionalMap("gaps") {
            try g.onlyKeys(["sufficiency", "k", "similarity", "peer_groups"])
            gaps.sufficiency = try g.optionalDouble("sufficiency") ?? gaps.sufficiency
            guard (0...1).contains(gaps.sufficiency) else { throw g.error("sufficiency", "\(gaps.sufficiency)", "a share between 0 and 1") }
            gaps.k = try g.optionalInt("k") ?? gaps.k
            guard gaps.k >= 1 else { throw g.error("k", "\(gaps.k)", "at least one peer") }
            gaps.similarity = try g.scalarList("similarity") ?? []
            gaps.peerGroups = try g.scalarList("peer_groups") ?? []
        }
        var corridors: (costs: String, spec: Corridors.Spec)? = nil
        if let c = try doc.optionalMap("corridors") {
            try c.onlyKeys(["costs", "target", "ceiling", "above", "baseline_year", "negative"])
            var spec = Corridors.Spec()
            spec.target = try c.optionalDouble("target") ?? spec.target
            spec.ceiling = try c.optionalDouble("ceiling") ?? spec.ceiling
            guard spec.target >= 0, spec.ceiling >= spec.target else { throw c.error("ceiling", "\(spec.ceiling)", "a ceiling at or above the target") }
            let op = try c.optionalString("above") ?? ">"
            guard op == ">" || op == ">=" else { throw c.error("above", "'\(op)'", "> or >=") }
            spec.ceilingInclusive = op == ">="
            spec.baselineYear = try c.optionalInt("baseline_year") ?? spec.baselineYear
            let negative = try c.optionalString("negative") ?? "error"
            guard negative == "error" || negative == "exclude" else { throw c.error("negative", "'\(negative)'", "error or exclude") }
            spec.excludeNegative = negative == "exclude"
            corridors = (resolve(try c.string("costs")), spec)
        }
        var ties: (migrants: String?, remittances: String?, minMigrants: Double, minRemittances: Double)? = nil
        if let t = try doc.optionalMap("ties") {
            try t.onlyKeys(["migrant_stock", "remittances", "min_migrants", "min_remittances"])
            ties = (try t.optionalString("migrant_stock").map(resolve), try t.optionalString("remittances").map(resolve),
                    try t.optionalDouble("min_migrants") ?? 10_000, try t.optionalDouble("min_remittances") ?? 10)
        }
        var study = Study(file: path, name: try doc.optionalString("name") ?? (path as NSString).lastPathComponent,
                     source: source, referenceYear: try doc.optionalInt("reference_year"), recipe: recipe,
                     ratings: try RatingsSpec.parse(try doc.optionalMap("ratings")),
                     practicesFile: try doc.optionalString("practices").map(resolve),
                     partnershipsFile: try doc.optionalString("partnerships").map(resolve), gaps: gaps,
                     uncertainty: try UncertaintySpec.parse(try doc.optionalMap("uncertainty")),
                     corridors: corridors, ties: ties)
        study.edition = try doc.optionalString("edition")
        if let e = study.edition, e.trimmedField.isEmpty { throw doc.error("edition", "an empty edition", "a label such as \"2\" or \"2024.1\"") }
        study.previousEdition = try doc.optionalString("previous_edition").map(resolve)
        if let p = study.previousEdition, (p as NSString).standardizingPath == (path as NSString).standardizingPath {
            throw doc.error("previous_edition", "the study file itself", "the study file of the edition before this one")
        }
        study.recommendationsFile = try doc.optionalString("recommendations").map(resolve)
        study.followUpFile = try doc.optionalString("followup").map(resolve)
        study.roles = try RoleSpec.parse(try doc.optionalMap("roles"))
        study.scopeFile = try doc.optionalString("scope").map(resolve)
        study.agreements = try AgreementSpec.parse(try doc.optionalMap("agreements"), resolve: resolve)
        if let tag = try doc.optionalString("registry_themes") {
            guard RegistryTags.supported.contains(tag) else {
                throw doc.error("registry_themes", "'\(tag)'", "one of: \(RegistryTags.supported.joined(separator: ", ")) (or leave it out: entries name their themes)")
            }
            study.registryThemes = tag
        }
        for v in try doc.mapList("views") {
            try v.onlyKeys(["name", "file", "id", "label", "themes"])
            study.views.append(StudyView(name: try v.string("name"), file: resolve(try v.string("file")),
                                         idColumn: try v.string("id"), labelColumn: try v.string("label"),
                                         themesFile: try v.optionalString("themes").map(resolve)))
        }
        if study.followUpFile != nil && study.recommendationsFile == nil {
            throw doc.error("followup", "a follow-up register without recommendations", "recommendations: the register its actions follow up")
        }
        return study
    }

    /// Reads every input file the study names.
    public func loadInputs() throws -> StudyInputs {
        switch source {
        case let .coinr(data, meta, levels):
            let m = try COINrReader.readMeta(meta, levelNames: levels)
            return try COINrReader.read(data: data, meta: m, referenceYear: referenceYear)
        case let .tidy(options, framework):
            let f = try FrameworkFile.read(framework)
            return try TidyReader.read(options, framework: f, referenceYear: referenceYear)
        case .inMemory:
            throw GapMatrixError(.usage, found: "a study built in code, which has no files to load",
                                 expected: "its StudyInputs, built in code too, passed to StudyResults.compute")
        }
    }

    /// The partnership registry, checked against the units file and the themes (empty without one).
    public func loadPartnerships(_ inputs: StudyInputs) throws -> [Partnership] {
        guard let partnershipsFile else { return [] }
        let themes = Set(inputs.framework.aggregates.filter { $0 != inputs.framework.root })
        guard let tag = registryThemes else {
            return try PartnershipFile.read(partnershipsFile, known: inputs.units.knownCodes, themes: themes)
        }
        let byTag = RegistryTags.themes(inputs.framework, docs: inputs.docs, tag: tag)
        return try PartnershipFile.read(partnershipsFile, known: inputs.units.knownCodes, themes: nil).map { p in
            var p = p
            p.themes = RegistryTags.retag(p.gcm, byTag)
            return p
        }
    }

    /// The practice registry, checked against the study's units and themes (empty without one).
    public func loadPractices(_ inputs: StudyInputs) throws -> [Practice] {
        guard let practicesFile else { return [] }
        let themes = Set(inputs.framework.aggregates.filter { $0 != inputs.framework.root })
        guard let tag = registryThemes else {
            return try PracticeFile.read(practicesFile, units: Set(inputs.units.codes), themes: themes)
        }
        let byTag = RegistryTags.themes(inputs.framework, docs: inputs.docs, tag: tag)
        return try PracticeFile.read(practicesFile, units: Set(inputs.units.codes), themes: nil).map { p in
            var p = p
            p.themes = RegistryTags.retag(p.gcm, byTag)
            return p
        }
    }

    /// The recommendations register, checked against the themes (empty without one).
    public func loadRecommendations(_ inputs: StudyInputs) throws -> [Recommendation] {
        guard let recommendationsFile else { return [] }
        let themes = Set(inputs.framework.aggregates.filter { $0 != inputs.framework.root })
        return try RecommendationFile.read(recommendationsFile, themes: themes)
    }

    /// The follow-up register, checked against the recommendations (nil without one).
    public func loadFollowUp(recommendations: [Recommendation]) throws -> FollowUpRegister? {
        guard let followUpFile else { return nil }
        return try FollowUpFile.read(followUpFile, recommendations: Set(recommendations.map(\.id)))
    }

    /// The study's inputs, read and checked against its recipe: what every command that computes needs first.
    public func checkedInputs() throws -> StudyInputs {
        let inputs = try loadInputs()
        try check(inputs)
        return inputs
    }

    /// Checks the recipe against the inputs before anything runs, so a bad study fails
    /// with a message about the study file rather than midway through the pipeline.
    public func check(_ inputs: StudyInputs) throws {
        if let g = recipe.impute.group, inputs.units.groups[g] == nil {
            throw GapMatrixError(.badData, file: file, field: "recipe.impute.group",
                                 found: "group column '\(g)', which the data do not have",
                                 expected: inputs.units.groupColumns.isEmpty ? "a data set with group columns"
                                     : "one of: \(inputs.units.groupColumns.joined(separator: ", "))")
        }
        if let t = uncertainty?.target, !inputs.framework.aggregates.contains(t) {
            throw GapMatrixError(.badData, file: file, field: "uncertainty.target", found: "'\(t)', which is not an aggregate of the framework",
                                 expected: "the index or a theme code (\(inputs.framework.aggregates.prefix(8).joined(separator: ", ")))")
        }
        for p in UncertainParameter.all {
            guard let input = uncertainty?.inputs[p.id] else { continue }
            do {
                try p.check(input, self, inputs)
            } catch var e as GapMatrixError {
                e.file = file
                throw e
            }
        }
        let codes = Set(inputs.framework.indicators)
        for code in recipe.normalise.overrides.keys.sorted() where !codes.contains(code) {
            throw GapMatrixError(.badData, file: file, field: "recipe.normalise.overrides.\(code)",
                                 found: "'\(code)', which is not an indicator", expected: "an indicator code")
        }
        for code in (recipe.treat?.skip ?? []).sorted() where !codes.contains(code) {
            throw GapMatrixError(.badData, file: file, field: "recipe.treat.skip",
                                 found: "'\(code)', which is not an indicator", expected: "an indicator code")
        }
        if case let .explicit(w) = recipe.weights {
            for code in w.keys.sorted() where inputs.framework.node(code) == nil {
                throw GapMatrixError(.badData, file: file, field: "recipe.weights.\(code)",
                                     found: "'\(code)', which is not in the framework", expected: "a framework code")
            }
        }
        for v in gaps.similarity where inputs.context?.columnIndex(v) == nil {
            throw GapMatrixError(.badData, file: file, field: "gaps.similarity", found: "'\(v)', which is not a context variable",
                                 expected: "codes listed under context: in the framework")
        }
        for v in roles?.variables ?? [] where inputs.context?.columnIndex(v) == nil {
            throw GapMatrixError(.badData, file: file, field: "roles", found: "'\(v)', which is not a context variable",
                                 expected: "role variables listed under context: in the framework")
        }
        for g in gaps.peerGroups where inputs.units.groups[g] == nil {
            throw GapMatrixError(.badData, file: file, field: "gaps.peer_groups", found: "group column '\(g)', which the units do not have",
                                 expected: inputs.units.groupColumns.isEmpty ? "a units file with group columns" : "one of: \(inputs.units.groupColumns.joined(separator: ", "))")
        }
        for level in recipe.aggregate.perLevel.keys.sorted() where level < 2 || level > inputs.framework.levelCount {
            throw GapMatrixError(.badData, file: file, field: "recipe.aggregate.levels",
                                 found: "level \(level)", expected: "a level from 2 to \(inputs.framework.levelCount)")
        }
    }
}
