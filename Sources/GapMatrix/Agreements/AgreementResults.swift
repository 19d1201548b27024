/// What a study computes from its `agreements:` section: the data read, one score per agreement
/// (in the data's order), the country roll-up by period and the corridor partnership-gap matrix.
public struct AgreementResults: Sendable {
    public var data: AgreementData
    public var scores: [AgreementScores.Score]
    public var rollUp: [AgreementScores.CountryPeriod]
    public var corridors: PartnershipGaps.Matrix

    public static func compute(_ data: AgreementData, _ inputs: StudyInputs, assessment: Assessment?, gaps: KnowledgeGapMatrix?,
                               costs: Corridors.Analysis?) -> AgreementResults {
        let scores = AgreementScores.scores(data, assessment: assessment, gaps: gaps)
        return AgreementResults(data: data, scores: scores, rollUp: AgreementScores.rollUp(data, scores, known: Set(inputs.units.codes)),
                                corridors: PartnershipGaps.build(data, scores, units: inputs.units.codes, costs: costs))
    }
}
