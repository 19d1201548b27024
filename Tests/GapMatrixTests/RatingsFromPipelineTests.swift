import Testing
@testable import GapMatrix

/// Ratings read the recipe that ran: indicator scores are the normalised stage, flags are the
/// step records (the default study with other recipes).
@Suite struct RatingsFromPipelineTests {
    static func results(_ change: (inout Recipe) -> Void) throws -> StudyResults {
        var s = try Study.read(Repo.path("Datasets/gfmd-2007/study.yaml"))
        change(&s.recipe)
        let inputs = try s.loadInputs()
        try s.check(inputs)
        return try StudyResults.load(s, inputs, parts: .gaps)
    }

    @Test func scoresAreTheNormalisedStageWithImputationAndTreatment() throws {
        let r = try Self.results {
            $0.normalise = NormaliseSpec(method: .minMax(lower: 0, upper: 100))
            $0.impute = ImputeSpec(method: .mean)
            $0.treat = TreatSpec()
        }
        let a = try #require(r.assessment), n = r.build.normalised
        var compared = 0
        for c in a.cells {
            let v = try #require(n.value(unit: c.unit, column: c.indicator))
            #expect(c.score.bitPattern == v.bitPattern || (c.score.isNaN && v.isNaN))
            compared += 1
        }
        #expect(compared == 193 * r.inputs.framework.indicators.count)
        // Every imputed point is flagged and scored; those in cells that apply and are in scope (state
        // missing) are left unrated (thresholds rate observations). Imputation today also fills cells
        // that do not apply or lie out of scope: they keep their state, so the gap matrix ignores them.
        let flagged = a.cells.filter(\.imputed)
        #expect(flagged.count == r.build.imputedPoints.count && !flagged.isEmpty)
        let imputed = flagged.filter { $0.state == .missing }
        #expect(!imputed.isEmpty)
        #expect(imputed.allSatisfy { $0.raw.isNaN && !$0.score.isNaN && $0.colour.value == .grey && $0.colour.reason == "imputed value, not rated" })
        // Treated points are the treatment record's.
        let treated = Set(a.cells.filter(\.treated).map { $0.unit + " " + $0.indicator })
        #expect(treated == Set(r.build.treatment.points.map { $0.unit + " " + $0.indicator }) && !treated.isEmpty)
        // The gap matrix sees imputed values as imputed, not as missing.
        let g = try #require(r.gaps)
        let statuses = g.cells.flatMap(\.statuses)
        #expect(statuses.filter { $0.status == .imputed }.count == imputed.count)
    }

    @Test func screenedOutUnitsHaveNoScore() throws {
        let r = try Self.results { $0.screen = ScreenSpec(threshold: 0.8) }
        let a = try #require(r.assessment)
        let dropped = Set(r.build.screening.filter { !$0.included }.map(\.unit))
        #expect(!dropped.isEmpty && dropped.count < 193)
        for c in a.cells {
            #expect(c.screenedOut == dropped.contains(c.unit))
            if c.screenedOut { #expect(c.score.isNaN) }
        }
        #expect(Set(a.units.map(\.unit)).isDisjoint(with: dropped))
    }

    /// With the default recipe (bounds, nothing imputed) the scores are the bounds scores of the observations.
    @Test func defaultRecipeScoresAreBoundsScoresOfObservations() throws {
        let r = try Self.results { _ in }
        let a = try #require(r.assessment)
        for b in a.bounds {
            guard let opt = b.optimum, let lb = b.lowerBound else { continue }
            for c in a.cells where c.indicator == b.code {
                let want = Bounds.score(c.raw, optimum: opt, lowerBound: lb)
                #expect(c.score.bitPattern == want.bitPattern || (c.score.isNaN && want.isNaN))
            }
        }
        #expect(!a.cells.contains { $0.imputed || $0.treated || $0.screenedOut })
    }
}
