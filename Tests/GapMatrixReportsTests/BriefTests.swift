import Foundation
import Testing
@testable import GapMatrix
@testable import GapMatrixReports

/// The meeting brief: every number it states is found in the CSV files beside it, the three
/// languages state the same numbers, and the knowledge-gap document reads summary first.
@Suite struct BriefTests {
    /// A small study: two themes, five countries in two regions, values from several years, a
    /// practice, and registers with a recommendation whose text holds a number and an open action
    /// due at a later meeting.
    static let results: StudyResults = {
        let dir = HTMLEscapingTests.folder([
            "framework.yaml": """
                levels: [Indicator, Theme, Index]
                themes:
                  - {code: I, name: Index}
                  - {code: T1, name: Labour, parent: I}
                  - {code: T2, name: Remittances, parent: I}
                indicators:
                  - {code: x1, name: "Ratified conventions (of 2)", theme: T1, type: policy, optimum: 100, lower_bound: 0, green: 80, red: 20}
                  - {code: x2, name: X2, theme: T1, optimum: 100, lower_bound: 0, green: 80, red: 20}
                  - {code: y1, name: "Cost of sending 200 dollars", theme: T2, type: policy, direction: -1, optimum: 0, lower_bound: 20, green: 3, red: 10}
                """,
            "values.csv": """
                unit,year,indicator,value
                AAA,2018,x1,90
                AAA,2020,x2,85
                AAA,2019,y1,2
                BBB,2017,x1,10
                BBB,2020,x2,15
                BBB,2020,y1,12
                CCC,2016,x1,50
                DDD,2020,x1,85
                DDD,2020,x2,30
                EEE,2019,y1,4
                """,
            "units.csv": "unit,name,un_region\nAAA,Alpha,North\nBBB,Beta,South\nCCC,Gamma,North\nDDD,Delta,South\nEEE,Epsilon,North\n",
            "practices.yaml": """
                practices:
                  - {id: P1, title: "Pilot 2019 scheme", countries: [BBB], themes: [T1], sources: ["https://example.org/p1"], evaluation: {level: impact evaluation, year: 2021, reference: "An evaluation, 2021"}}
                """,
            "recommendations.yaml": """
                recommendations:
                  - id: R1
                    meeting: Brussels 2007
                    year: 2007
                    document_type: chair summary
                    kind: policy
                    author: chair
                    status: non-binding
                    text: Lower the cost of sending remittances to 3 percent.
                    locator: {document: Report of the first meeting}
                    themes: [T2]
                  - id: R2
                    meeting: Brussels 2007
                    year: 2007
                    document_type: chair summary
                    kind: policy
                    text: Protect workers abroad.
                    locator: {document: Report of the first meeting}
                    themes: [T1, T2]
                """,
            "followup.yaml": """
                meetings:
                  - {name: Brussels 2007, year: 2007}
                  - {name: Manila 2008, year: 2008}
                  - {name: Athens 2009, year: 2009}
                actions:
                  - id: A1
                    recommendations: [R1]
                    action: A price database for 12 corridors.
                    lead: World Bank
                    partners: [Alpha, Beta]
                    due: Athens 2009
                    status: under way
                    evidence:
                      - {text: Launched, locator: {document: Press release}}
                  - id: A2
                    recommendations: [R2]
                    action: A study.
                    status: unknown
                """,
            "study.yaml": """
                name: Brief test 2007
                data: {format: tidy, values: values.csv, framework: framework.yaml, units: {file: units.csv, groups: [un_region]}}
                reference_year: 2020
                window: {years: 5, stale_after: 3}
                recipe: {normalise: {method: bounds}}
                ratings: {index: false}
                practices: practices.yaml
                recommendations: recommendations.yaml
                followup: followup.yaml
                gaps: {sufficiency: 0.5, k: 1, peer_groups: [un_region]}
                """,
        ])
        let s = try! Study.read(dir + "/study.yaml")
        return try! StudyResults.load(s, try! s.loadInputs(), parts: ReportFiles.parts(for: s))
    }()

    static func render(_ language: BriefLanguage) -> [String: String] {
        Dictionary(uniqueKeysWithValues: ReportFiles.render(results, html: try! HTMLTemplates.load(), language: language).map { ($0.name, $0.text) })
    }

    static let files = render(.en)

    static let briefs = ["brief.md", "brief.txt", "brief.fr.md", "brief.fr.txt", "brief.es.md", "brief.es.txt"]

    @Test func everyNumberIsFoundInTheCSVRowItCites() throws {
        let checker = try BriefChecker(files: Self.files)
        for name in Self.briefs {
            let brief = try #require(Self.files[name])
            #expect(checker.problems(brief) == [], "\(name)")
            #expect(BriefChecker.cited(brief).count > 40, "\(name) states the small study's figures")
        }
        #expect(checker.figureProblems() == [])
    }

    /// Known answers of the small study, worked out from its values by hand.
    @Test func theSmallStudysFiguresByHand() throws {
        let brief = try #require(Self.files["brief.md"])
        // T1: AAA has 2/2 values, BBB 2/2, DDD 2/2, CCC 1/2 (judged at 0.5), EEE 0/2: four of five judged.
        #expect(brief.contains("Data suffice to judge 4 of 5 countries on this theme [F3]; the values used date from 2016-2020 [F4]."))
        #expect(brief.contains("| North | 2 of 3 [F5] | 2016-2020 [F6] |"))
        // The open action is listed with its lead, partners and due meeting; the unknown status is shown as such.
        #expect(brief.contains("- A1: A price database for 12 corridors. Lead: World Bank; partners: Alpha, Beta; due: Athens 2009 ["))
        #expect(brief.contains("| R2 | policy | Protect workers abroad. | unknown (not published) |"))
        #expect(!brief.contains("fail ") && !brief.contains("non-compliance"))
        // No agreements by corridor and no previous edition: both parts say so rather than vanish.
        #expect(brief.contains("the study records no agreements by corridor"))
        #expect(brief.contains("No previous edition is compared"))
    }

    @Test func theThreeLanguagesStateTheSameNumbers() throws {
        func numbers(_ name: String) throws -> [String] { BriefChecker.cited(try #require(Self.files[name])).map { "\($0.number) \($0.figures)" }.sorted() }
        for format in ["md", "txt"] {
            let en = try numbers("brief.\(format)")
            #expect(try numbers("brief.fr.\(format)") == en)
            #expect(try numbers("brief.es.\(format)") == en)
        }
        #expect(try #require(Self.files["brief.fr.md"]).contains("Les données suffisent pour juger 4 sur 5 pays"))
        #expect(try #require(Self.files["brief.es.md"]).contains("Los datos bastan para evaluar 4 de 5 países"))
    }

    @Test func everyTemplateHasTheSamePlaceholdersInEveryLanguage() {
        let en = BriefStrings.english
        for other in [BriefStrings.french, .spanish] {
            #expect(other.templates.map(\.name) == en.templates.map(\.name))
            for (a, b) in zip(en.templates, other.templates) {
                #expect(BriefStrings.placeholders(a.text) == BriefStrings.placeholders(b.text), "\(a.name)")
                // Numbers come from figures, never from a template.
                #expect(BriefChecker.numbers(b.text) == [], "\(b.name)")
            }
            #expect(Set(other.gapClassNames.keys) == Set(KnowledgeGapMatrix.GapClass.allCases))
            #expect(Set(other.statusNames.keys) == Set(FollowUpAction.Status.allCases))
            #expect(Set(other.colourNames.keys) == Set(Colour.allCases))
        }
    }

    @Test func aNumberWithoutItsFigureIsCaught() throws {
        let checker = try BriefChecker(files: Self.files)
        #expect(checker.problems("judged 4 of 5 [F3]") == [])
        #expect(checker.problems("judged 4 of 6 [F3]") == ["6: not in F3 nor in the rows they select"])
        #expect(checker.problems("judged 4 of 5") == ["4: no citation", "5: no citation"])
        #expect(checker.problems("# Title 2007\njudged 4 [F999]") == ["4: [F999] is no row of brief_figures.csv"])
    }

    @Test func theBriefOpensTheHTMLPageInTheReportsLanguage() throws {
        let html = try #require(Self.files["report.html"])
        let brief = try #require(html.range(of: "<section id=\"brief\" lang=\"en\">"))
        #expect(brief.lowerBound < html.range(of: "<section id=\"dashboard\"")!.lowerBound)
        // --lang fr: brief.md and the page's first section in French, the English brief beside them.
        let fr = Self.render(.fr)
        #expect(try #require(fr["report.html"]).contains("<section id=\"brief\" lang=\"fr\">\n<h2>Brief test 2007 : note pour la réunion</h2>"))
        #expect(fr["brief.md"] == Self.files["brief.fr.md"] && fr["brief.en.txt"] == Self.files["brief.txt"])
        #expect(fr["brief.fr.md"] == nil)
    }

    /// The shipped studies' committed briefs, in their three languages: every number found where
    /// it says, every figure recomputed from the committed CSV files.
    @Test(arguments: ["gfmd-2007", "gcm-2018"])
    func theCommittedBriefsAreTraceable(_ folder: String) throws {
        let dir = HTMLReportTests.root + "/Reports/" + folder
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".csv") || $0.hasPrefix("brief") }
        let files = try Dictionary(uniqueKeysWithValues: names.map { ($0, try String(contentsOfFile: dir + "/" + $0, encoding: .utf8)) })
        let checker = try BriefChecker(files: files)
        for name in Self.briefs {
            let brief = try #require(files[name], "\(name) is committed")
            #expect(checker.problems(brief) == [], "\(name)")
        }
        #expect(checker.figureProblems() == [])
        #expect(checker.records("brief_figures.csv").count > 100)
        // The study with agreements lists its largest corridors with none recorded, each cited to its row.
        if folder == "gfmd-2007" {
            let brief = try #require(files["brief.md"])
            #expect(brief.contains("none recorded to 2020 [F") && brief.contains("The largest, by migrants both ways"))
            #expect(checker.records("brief_figures.csv").filter { $0["measure"] == "corridor without agreement" }.count == BriefContent.corridorsNamed)
        }
    }

    /// A figure whose value no longer matches the rows it names is caught.
    @Test func aFigureThatDisagreesWithItsRowsIsCaught() throws {
        var files = Self.files
        let csv = try #require(files["brief_figures.csv"])
        files["brief_figures.csv"] = csv.replacingOccurrences(of: "\"F3\",\"T1\",\"units judged\",\"\",4,5", with: "\"F3\",\"T1\",\"units judged\",\"\",3,5")
        #expect(try BriefChecker(files: files).figureProblems() == ["F3: value 3, rows selected 4"])
    }

    @Test func knowledgeGapsReadSummaryThemesThenAnnex() throws {
        let md = try #require(Self.files["knowledge_gaps.md"])
        let headings = md.components(separatedBy: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## Summary", "## Themes", "## Annex: the countries behind the counts"])
        let annex = try #require(md.range(of: "## Annex"))
        // Per-country tables only in the annex.
        #expect(md.range(of: "| Unit | Why |")!.lowerBound > annex.lowerBound)
        #expect(md.contains("### T1: Labour\n\n5 cells: "))
    }
}
