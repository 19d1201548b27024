import GapMatrix

/// The languages the meeting brief is written in: the Forum's working languages.
public enum BriefLanguage: String, Sendable, CaseIterable {
    case en, fr, es

    public var strings: BriefStrings {
        switch self {
        case .en: .english
        case .fr: .french
        case .es: .spanish
        }
    }
}

/// Every sentence of the meeting brief, as a template per language: `{name}` marks where a
/// computed value goes, `{ref}` (or `{ref2}`) the citation of its figure. The three languages
/// are three instances of this type (BriefStrings+English.swift, +French, +Spanish), so a
/// template missing in one language does not compile, and a test checks each template has the
/// same placeholders in all three. Numbers are never part of a template: they come from figures.
public struct BriefStrings: Sendable {
    public var title: String
    public var intro: String
    public var citations: String
    public var bearsOn: String
    public var themeHeading: String
    public var coverage: String
    public var yearRange: String
    public var noYears: String
    public var regionHeader: String
    public var roleHeader: String
    public var judgedHeader: String
    public var yearsHeader: String
    public var noRegion: String
    public var judgedCell: String
    public var roleNames: [Role: String]
    public var gapClasses: String
    public var gapClassItem: String
    public var gapClassNames: [KnowledgeGapMatrix.GapClass: String]
    public var missing: String
    public var missingItem: String
    public var noMissing: String
    public var practices: String
    public var practicesFromAgreements: String
    public var namedPractices: String
    public var learning: String
    public var namedPairs: String
    public var pair: String
    public var corridorsHeading: String
    public var corridors: String
    public var namedCorridors: String
    public var corridorItem: String
    public var corridorsNone: String
    public var recommendations: String
    public var recommendationHeader: [String]
    public var kindNames: [String: String]
    public var statusNames: [FollowUpAction.Status: String]
    public var noAction: String
    public var noRecommendations: String
    public var noRegister: String
    public var changes: String
    public var changed: String
    public var changeItem: String
    public var noDiff: String
    public var colourNames: [Colour: String]
    public var questionsHeading: String
    public var questionData: String
    public var questionDataIndicator: String
    public var questionPolicy: String
    public var questionEvaluation: String
    public var questionOutcome: String
    public var questionLearning: String
    public var questionFollowUp: String
    public var questionNone: String
    public var proposalsHeading: String
    public var proposal: String
    public var notRecorded: String
    public var noProposals: String
    public var noFollowUpRegister: String
    public var limitationsHeading: String
    public var limitStale: String
    public var limitUnstable: String
    public var limitUnknown: String
    public var limitRegisters: String
    public var limitNotImputed: String
    public var limitImputed: String
    public var limitSnapshots: String
    public var limitDataGap: String
    public var limitTexts: String
    /// How items of a list are joined ("; ").
    public var listSeparator: String

    /// The template with each `{key}` replaced by its value.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var s = template
        for (k, v) in values { s = s.replacingOccurrences(of: "{\(k)}", with: v) }
        return s
    }

    /// The placeholders of a template, for the test that holds the languages together.
    public static func placeholders(_ template: String) -> Set<String> {
        var out: Set<String> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    /// Every template with its name, for that test.
    public var templates: [(name: String, text: String)] {
        Mirror(reflecting: self).children.compactMap { c in
            if let s = c.value as? String { return [(c.label ?? "", s)] }
            if let a = c.value as? [String] { return a.enumerated().map { ("\(c.label ?? "")[\($0)]", $1) } }
            return nil
        }.flatMap { $0 }
    }
}
