import Testing
@testable import GapMatrix

/// The results model computes each part once, only when asked, from the parts it depends on.
@Suite struct StudyResultsTests {
    static let loaded: (Study, StudyInputs) = {
        let s = try! Study.read(Repo.path("Datasets/gfmd-2007/study.yaml"))
        return (s, try! s.loadInputs())
    }()

    @Test func partsBringWhatTheyDependOn() {
        #expect(StudyResults.Parts.learning.closed == [.learning, .gaps, .ratings, .practices])
        #expect(StudyResults.Parts.opportunities.closed == [.opportunities, .gaps, .ratings, .practices])
        #expect(StudyResults.Parts.uncertainty.closed == [.uncertainty, .ratings])
        #expect(StudyResults.Parts.corridors.closed == [.corridors])
        #expect(StudyResults.Parts([]).closed == [])
    }

    @Test func onlyTheAskedPartsAreComputed() throws {
        let (s, inputs) = Self.loaded
        let r = try StudyResults.load(s, inputs, parts: .ratings)
        #expect(r.assessment != nil && r.gaps == nil && r.learning == nil && r.opportunities == nil)
        #expect(r.practices.isEmpty && r.partnerships.isEmpty && r.corridors == nil && r.uncertainty == nil)
        let build = try StudyResults.load(s, inputs, parts: []).build
        #expect(build.aggregated.unitCount == 193 && build.recipe == s.recipe)
    }

    /// The learning part holds every unit's matches: one unit's are what PeerLearning gives for it alone.
    @Test func learningMatchesAreEveryUnitsMatches() throws {
        let (s, inputs) = Self.loaded
        let r = try StudyResults.load(s, inputs, parts: .learning)
        let a = try #require(r.assessment), g = try #require(r.gaps), learning = try #require(r.learning)
        // The registry's practices, then the agreements the study counts as practice (agreements.practice_themes).
        let registry = try s.loadPractices(inputs)
        #expect(Array(r.practices.prefix(registry.count)) == registry && !registry.isEmpty)
        #expect(r.practices.dropFirst(registry.count).allSatisfy { $0.origin == .agreements && $0.id.hasPrefix("BLA-") && !$0.isEvaluated })
        #expect(r.practices.count > registry.count)
        let alone = PeerLearning.matches(inputs, a, g, practices: r.practices, only: "SEN")
        let mine = learning.matches.filter { $0.unit == "SEN" }
        #expect(!alone.isEmpty)
        #expect(mine.map { "\($0.theme) \($0.rank) \($0.peer)" } == alone.map { "\($0.theme) \($0.rank) \($0.peer)" })
        #expect(learning.leaders.count == PeerLearning.leaders(a, practices: r.practices).count)
    }

    @Test func partnershipScoresFollowTheRegistry() throws {
        let (s, inputs) = Self.loaded
        let r = try StudyResults.load(s, inputs, parts: [.partnerships, .gaps])
        #expect(!r.partnerships.isEmpty)
        #expect(r.partnershipScores.map(\.id) == r.partnerships.map(\.id))
        #expect(r.ties != nil && r.opportunities == nil)
    }
}
