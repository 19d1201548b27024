import GapMatrix

/// One kind of report file and how it is rendered from a study's results. It renders nothing
/// when the study has no such part (no gap matrix, no corridors...), so the report of a study
/// is whatever its renderers produce. A document kind writes its text and its Markdown.
public struct ReportRenderer {
    /// The names of the files this renderer writes, in the order `render` returns them.
    public let names: [String]
    /// An HTML page: rendered only with templates, and the longest to render.
    public var isPage = false
    let produce: (StudyResults, HTMLTemplates?) -> [String]?

    /// The files' texts, in the order of `names`, or nil when the study has nothing for them.
    public func render(_ results: StudyResults, html: HTMLTemplates? = nil) -> [(name: String, text: String)]? {
        produce(results, html).map { Array(zip(names, $0)).map { (name: $0.0, text: $0.1) } }
    }

    /// A single file.
    static func file(_ name: String, _ text: @escaping (StudyResults) -> String?) -> ReportRenderer {
        ReportRenderer(names: [name]) { r, _ in text(r).map { [$0] } }
    }

    /// A document, written as `name.txt` and `name.md`.
    static func document(_ name: String, _ doc: @escaping (StudyResults) -> Document?) -> ReportRenderer {
        ReportRenderer(names: [name + ".txt", name + ".md"]) { r, _ in doc(r).map { [$0.text(), $0.markdown()] } }
    }

    /// The HTML page: only when templates are given and the study has ratings.
    static func page(_ name: String, _ html: @escaping (HTMLTemplates, StudyResults) -> String?) -> ReportRenderer {
        ReportRenderer(names: [name], isPage: true) { r, t in t.flatMap { html($0, r) }.map { [$0] } }
    }
}
