import Foundation

/// When a bilateral labour agreement counts as documented practice in the gap matrix (issue 16,
/// item 4; docs/METHODS.md section 6.1): only if it was signed within the study's window and its
/// coded text mentions a provision that a crosswalk maps to the theme; and always as unevaluated,
/// since the agreement data hold no evaluations. A mention is not depth: the practice says an
/// agreement touches the theme, not that it works.
public enum AgreementPractice {
    /// What the rule needs to know about one agreement.
    public struct Agreement: Sendable, Equatable {
        public var id: String
        public var title: String
        /// Unit codes of the parties.
        public var parties: [String]
        /// Year signed (nil when the data do not give it: such an agreement never counts).
        public var signed: Int?
        /// Provision areas the coded text mentions (areas coded "not mentioned" or "not coded" left out).
        public var mentioned: Set<String>
        /// Where the agreement and its coding were read, for the practice's sources.
        public var source: String

        public init(id: String, title: String, parties: [String], signed: Int?, mentioned: Set<String>, source: String) {
            self.id = id
            self.title = title
            self.parties = parties
            self.signed = signed
            self.mentioned = mentioned
            self.source = source
        }
    }

    /// The years a study's values may come from: its window up to the reference year (the
    /// reference year alone without a window); nil without a reference year.
    public static func window(referenceYear: Int?, window: Window?) -> ClosedRange<Int>? {
        guard let year = referenceYear else { return nil }
        return (year - (window?.years ?? 0))...year
    }

    /// The practice `agreement` documents, or nil when it does not count: signed outside
    /// `window` (or undated), no mentioned area mapped to one of `themes`, or no party among `units`.
    ///
    /// - Parameters:
    ///   - themesByArea: the crosswalk from provision areas to the study's themes.
    ///   - themes: the study's themes (a mapped theme outside them is ignored).
    ///   - units: the study's units (parties outside them are left out of the practice's countries).
    public static func practice(_ agreement: Agreement, window: ClosedRange<Int>, themesByArea: [String: [String]],
                                themes: Set<String>, units: Set<String>) -> Practice? {
        guard let signed = agreement.signed, window.contains(signed) else { return nil }
        let mapped = Set(agreement.mentioned.flatMap { themesByArea[$0] ?? [] }).intersection(themes)
        let countries = agreement.parties.filter(units.contains)
        guard !mapped.isEmpty, !countries.isEmpty else { return nil }
        var p = Practice(id: agreement.id, title: agreement.title, countries: countries, themes: mapped.sorted(),
                         start: signed, evaluation: .init(level: .unknown), sources: [agreement.source])
        p.origin = .agreements
        return p
    }

    /// The prefix of every agreement-derived practice's id ("BLA-" and the source's treatyID),
    /// so that practices.csv and the gap cells tell them from the registry's.
    public static let idPrefix = "BLA-"

    /// The rule's view of an imported agreement: the areas the crosswalk finds mentioned, the
    /// title (or the parties and type when the text was not coded) and where it was read.
    public static func agreement(_ a: GapMatrix.Agreement, crosswalk: AgreementCrosswalk, list: String) -> Agreement {
        let mentioned = Set(crosswalk.areas.filter { crosswalk.status(of: $0, in: a) == .mentioned }.map(\.code))
        let file = (list as NSString).lastPathComponent
        // The treatyID names the rows (not line numbers, which change with the order of the rows).
        let coded = a.isCoded ? " and its coded text" : ""
        return Agreement(id: idPrefix + a.id, title: a.title ?? "Bilateral labour agreement " + a.parties.joined(separator: "-"),
                         parties: a.parties, signed: a.year, mentioned: mentioned,
                         source: "Chilton and Woda (2022), Bilateral Labor Agreements data set, doi:10.7910/DVN/QWSLYI, "
                             + "treatyID \(a.id) (\(file)\(coded))")
    }

    /// Every agreement of `data` that counts, as unevaluated practice on the themes its study's
    /// `agreements.practice_themes` maps its mentioned areas to, by treatyID (so the order of the
    /// list's rows changes nothing); none without a window or a mapping.
    public static func practices(_ data: AgreementData, window: ClosedRange<Int>?, themes: Set<String>, units: Set<String>) -> [Practice] {
        let map = data.spec.themesByArea
        guard let window, !map.isEmpty else { return [] }
        let byID = data.agreements.sorted { (Int($0.id) ?? Int.max, $0.id) < (Int($1.id) ?? Int.max, $1.id) }
        return byID.compactMap {
            practice(agreement($0, crosswalk: data.crosswalk, list: data.spec.list), window: window, themesByArea: map,
                     themes: themes, units: units)
        }
    }
}
