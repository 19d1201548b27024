import GapMatrix

/// The meeting brief's files: brief.md and brief.txt in the report's language, the other two
/// working languages beside them (brief.fr.md, brief.es.txt, ...), and brief_figures.csv, the
/// figures all of them cite. Written when the study has a gap matrix.
public enum BriefReports {
    /// The file stem of the brief in `language` when the report's language is `primary`.
    public static func stem(_ language: BriefLanguage, primary: BriefLanguage) -> String {
        language == primary ? "brief" : "brief.\(language.rawValue)"
    }

    /// The report's language first, then the others in the order en, fr, es.
    public static func languages(primary: BriefLanguage) -> [BriefLanguage] {
        [primary] + BriefLanguage.allCases.filter { $0 != primary }
    }

    /// The renderers of the brief's files for a report in `primary`.
    static func renderers(primary: BriefLanguage) -> [ReportRenderer] {
        [.file("brief_figures.csv") { r in BriefContent.compute(r)?.figures.csv() }]
            + languages(primary: primary).map { lang in
                .document(stem(lang, primary: primary)) { r in BriefContent.compute(r).map { BriefDocument.document($0, lang.strings) } }
            }
    }

    /// The brief as the first section of report.html (nil without a gap matrix).
    static func html(_ r: StudyResults, language: BriefLanguage) -> [String: Any]? {
        guard let c = BriefContent.compute(r) else { return nil }
        var d = BriefDocument.document(c, language.strings)
        guard case let .heading(_, title) = d.blocks.removeFirst() else { return nil }
        return ["title": title, "lang": language.rawValue, "html": d.html(headingOffset: 1)]
    }
}
