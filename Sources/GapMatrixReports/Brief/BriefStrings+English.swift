import GapMatrix

extension BriefStrings {
    /// The brief in English.
    public static let english = BriefStrings(
        title: "{study}: meeting brief",
        intro: "This brief covers {units} countries {ref} and the themes of the study; the values it uses date from {years} {ref2}. "
            + "Every sentence is a template filled from the study's computed results.",
        citations: "A bracket such as [F1] after a number names the row of brief_figures.csv, in this folder, that holds the number "
            + "and says which rows of which CSV file it is computed from. Numbers keep the point as decimal mark in every language, "
            + "so they read exactly as in the CSV files.",
        bearsOn: "Recommendations of the Forum come from its Chair, rapporteurs and civil society; states did not adopt them. "
            + "A recommendation bears on a theme; it is never a commitment a state fails. A follow-up status that no source "
            + "publishes is shown as unknown.",
        themeHeading: "{code}: {name}",
        coverage: "Data suffice to judge {judged} countries on this theme {ref}; the values used date from {years} {ref2}.",
        yearRange: "{from}-{to}",
        noYears: "(no values)",
        regionHeader: "Region",
        roleHeader: "Role",
        judgedHeader: "Countries judged",
        yearsHeader: "Values from",
        noRegion: "no region",
        judgedCell: "{n} of {of}",
        roleNames: [.origin: "origin countries", .destination: "destination countries"],
        gapClasses: "Gap classes (countries): {list}.",
        gapClassItem: "{name} {n} {ref}",
        gapClassNames: [.dataGap: "data gap", .policyNoPractice: "policy gap without documented practice",
                        .policyUnevaluated: "policy gap with practice not evaluated", .policyEvaluated: "policy gap with evaluated practice",
                        .outcomeGap: "outcome gap", .evidenceGap: "evidence gap", .noGap: "no gap"],
        missing: "Indicators with the largest information gap: {list}.",
        missingItem: "{name} ({code}), no value for {n} countries {ref}",
        noMissing: "Every indicator of this theme has a value wherever it applies and its source reaches.",
        practices: "Practices documented on this theme: {n} {ref}, of which evaluated: {e} {ref2}.",
        practicesFromAgreements: "Of the practices, bilateral labour agreements signed in the study's window that mention an area "
            + "mapped to this theme (agreements data, never evaluated): {n} {ref}.",
        namedPractices: "Among them: {list}.",
        learning: "Learning pairs (a country with a policy or outcome gap and a peer that does better and shares a role): {n} {ref}.",
        namedPairs: "For example: {list}.",
        pair: "{unit} with {peer} {ref}",
        corridorsHeading: "Corridors without an agreement",
        corridors: "Of the {of} pairs of countries the corridor partnership-gap matrix holds (linked by enough migrants, both "
            + "directions together), {n} have no bilateral labour agreement in the Chilton-Woda list: none recorded to {through} {ref}. "
            + "Pairs inside a free-movement regime are marked apart and never counted here; an agreement missing from the list may "
            + "still exist.",
        namedCorridors: "The largest, by migrants both ways (UN DESA stocks, which include refugees): {list}.",
        corridorItem: "{a} and {b}, {migrants} in {year} {ref}",
        corridorsNone: "Corridors without an agreement: the study records no agreements by corridor, so the largest corridors "
            + "with no agreement recorded cannot be listed.",
        recommendations: "Recommendations of the Forum that bear on this theme: {n} {ref}; follow-up actions on them whose status is "
            + "not published: {unknown} {ref2}.",
        recommendationHeader: ["Recommendation", "Kind", "In the register's words", "Follow-up", "Figure"],
        kindNames: ["policy": "policy", "process": "process"],
        statusNames: [.proposed: "proposed", .underWay: "under way", .done: "done", .dropped: "dropped", .unknown: "unknown (not published)"],
        noAction: "no recorded action",
        noRecommendations: "No recommendation in the register bears on this theme.",
        noRegister: "The study names no recommendations register, so no recommendation is linked to this theme.",
        changes: "Changes beyond noise since the previous edition: {n} {ref}.",
        changed: "Largest: {list}.",
        changeItem: "{unit}, {before} to {after} {ref}",
        noDiff: "No previous edition is compared, so no change since the last assessment is reported.",
        colourNames: [.green: "green", .yellow: "yellow", .orange: "orange", .red: "red", .grey: "not rated"],
        questionsHeading: "Guiding questions for the roundtable",
        questionData: "- Data collection: how could the {n} countries whose data are too thin to judge this theme {ref} be covered "
            + "before the next meeting?",
        questionDataIndicator: "- Data collection: how could the {n} countries whose data are too thin to judge this theme {ref} be "
            + "covered before the next meeting, starting with {indicator} {ref2}?",
        questionPolicy: "- Practice: which practices exist in the {n} countries with a policy gap and no documented practice {ref}, "
            + "and who could document them?",
        questionEvaluation: "- Evaluation: who could evaluate the practices of the {n} countries with a policy gap whose practice is "
            + "not evaluated {ref} and of the {m} with an evidence gap {ref2}?",
        questionOutcome: "- Outcomes: for the {n} countries whose outcomes are red or orange with no policy shortfall {ref}, what "
            + "beyond migration policy explains them?",
        questionLearning: "- Peer learning: would the pairs named above take up an exchange, and what would it need?",
        questionFollowUp: "- Follow-up: what has been done on {ids}, whose follow-up status is not published?",
        questionNone: "- No gap class of this theme raises a question: which indicator would the roundtable add to test that?",
        proposalsHeading: "Follow-up proposals",
        proposal: "- {id}: {action} Lead: {lead}; partners: {partners}; due: {due} {ref}; status: {status}.",
        notRecorded: "not recorded",
        noProposals: "The follow-up register records no proposed or ongoing action on the recommendations bearing on this theme.",
        noFollowUpRegister: "The study names no follow-up register.",
        limitationsHeading: "Limitations",
        limitStale: "Values older than the study's staleness limit: {n} of {of} values used {ref}.",
        limitUnstable: "Gap cells that change class in more than a fifth of the uncertainty run's replications: {n} of {of} {ref}.",
        limitUnknown: "Follow-up actions with no published status: {n} of {of} {ref}; they are shown as unknown, not as failures.",
        limitRegisters: "The practice, recommendation and follow-up registers are seeds, not censuses: a missing entry means none "
            + "was found, not that none exists.",
        limitNotImputed: "Nothing is imputed: a value no source gives stays empty and counts towards a data gap.",
        limitImputed: "Some values are imputed; imputed values do not count towards coverage.",
        limitSnapshots: "Sources that are a single snapshot cannot show change: {codes}.",
        limitDataGap: "A data gap says that too few of a theme's applicable indicators have a value to judge the country, not that "
            + "its policy is lacking.",
        limitTexts: "Recommendations are given in the register's own words, as it records them.",
        listSeparator: "; ")
}
