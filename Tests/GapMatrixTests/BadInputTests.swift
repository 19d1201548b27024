import Testing
@testable import GapMatrix

/// Every kind of bad input gives one located error of the right kind, never a crash.
@Suite struct BadInputTests {
    static let meta = """
        Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type
        1,x1,X one,1,1,n,NA,NA,P1,Indicator
        1,x2,X two,-1,1,n,NA,NA,P1,Indicator
        1,x3,X three,1,1,n,NA,NA,P2,Indicator
        2,P1,Pillar one,1,1,n,NA,NA,Index,Aggregate
        2,P2,Pillar two,1,1,n,NA,NA,Index,Aggregate
        3,Index,Index,1,1,n,NA,NA,NA,Aggregate
        NA,grp,Group,NA,NA,NA,NA,NA,NA,Group
        """
    static let data = """
        uCode,uName,grp,x1,x2,x3
        AAA,Alpha,g1,1,2,3
        BBB,Beta,g1,4,5,6
        CCC,Gamma,g2,7,8,9
        DDD,Delta,g2,2,9,4
        """
    static let recipe = "recipe:\n  normalise: {method: minmax, range: [0, 100]}\n"

    /// Writes a study over the given iData/iMeta and loads it through the same path as the CLI.
    func load(data: String = data, meta: String = meta, recipe: String = recipe) throws -> (String, Build) {
        let folder = temporaryFolder(["data.csv": data, "meta.csv": meta,
                                      "study.yaml": "data: {format: coinr, idata: data.csv, imeta: meta.csv}\n" + recipe])
        let s = try Study.read(folder + "/study.yaml")
        let inputs = try s.loadInputs()
        try s.check(inputs)
        return (folder, try Regenerate.run(inputs, recipe: s.recipe))
    }

    func error(data: String = data, meta: String = meta, recipe: String = recipe) -> GapMatrixError? {
        #expect(throws: GapMatrixError.self) { try load(data: data, meta: meta, recipe: recipe) }
    }

    @Test func theFixtureItselfIsGood() throws {
        let (_, b) = try load()
        #expect(b.aggregated.unitCount == 4)
    }

    @Test func missingStudyFile() {
        let e = #expect(throws: GapMatrixError.self) { try Study.read("/nonexistent/study.yaml") }
        #expect(e?.kind == .missingInput)
        #expect(e?.kind == .missingInput)
        #expect(e?.file == "/nonexistent/study.yaml")
    }

    @Test func missingDataFile() throws {
        let folder = temporaryFolder(["study.yaml": "data: {format: coinr, idata: nope.csv, imeta: meta.csv}\n"])
        let e = #expect(throws: GapMatrixError.self) { try Study.read(folder + "/study.yaml").loadInputs() }
        #expect(e?.kind == .missingInput)
        #expect(e?.file?.hasSuffix("meta.csv") == true)
    }

    @Test func unknownColumn() {
        let e = error(data: Self.data.replacingOccurrences(of: "x3\n", with: "x3,extra\n")
            .replacingOccurrences(of: "3\nBBB", with: "3,0\nBBB").replacingOccurrences(of: "6\nCCC", with: "6,0\nCCC")
            .replacingOccurrences(of: "9\nDDD", with: "9,0\nDDD") + ",0")
        #expect(e?.kind == .badData)
        #expect(e?.line == 1)
        #expect(e?.description.contains("extra") == true)
    }

    @Test func raggedRow() {
        let e = error(data: Self.data.replacingOccurrences(of: "BBB,Beta,g1,4,5,6", with: "BBB,Beta,g1,4,5"))
        #expect(e?.line == 3)
        #expect(e?.found == "a row of 5 fields")
        #expect(e?.expected == "6 fields as in the header")
    }

    @Test func unterminatedQuote() {
        let e = error(data: Self.data.replacingOccurrences(of: "CCC,Gamma", with: "CCC,\"Gamma"))
        #expect(e?.line == 4)
        #expect(e?.column == 5)
        #expect(e?.description.contains("never closed") == true)
    }

    @Test func nonNumericValue() {
        let e = error(data: Self.data.replacingOccurrences(of: "DDD,Delta,g2,2,9,4", with: "DDD,Delta,g2,2,nine,4"))
        #expect(e?.line == 5)
        #expect(e?.field == "x2")
        #expect(e?.description.contains("'nine'") == true)
    }

    @Test func duplicateUnit() {
        let e = error(data: Self.data + "\nAAA,Again,g1,1,1,1")
        #expect(e?.line == 6)
        #expect(e?.description.contains("first on line 2") == true)
    }

    @Test func duplicateIndicatorCode() {
        let e = error(meta: Self.meta.replacingOccurrences(of: "1,x3,X three", with: "1,x2,X three"))
        #expect(e?.line == 4)
        #expect(e?.description.contains("'x2' again") == true)
    }

    @Test func parentThatDoesNotExist() {
        let e = error(meta: Self.meta.replacingOccurrences(of: "NA,NA,P2,Indicator", with: "NA,NA,P9,Indicator"))
        #expect(e?.line == 4)
        #expect(e?.description.contains("P9") == true)
    }

    @Test func cycleInTheFramework() throws {
        let framework = """
            themes:
              - {code: Index, name: I}
              - {code: A, name: A, parent: B}
              - {code: B, name: B, parent: A}
            indicators:
              - {code: x, name: x, theme: A}
            """
        let file = temporaryFile("framework.yaml", framework)
        let e = #expect(throws: GapMatrixError.self) { try FrameworkFile.read(file) }
        #expect(e?.description.contains("cycle") == true)
        #expect(e?.line == 3 || e?.line == 4)
    }

    @Test func negativeWeight() {
        let e = error(meta: Self.meta.replacingOccurrences(of: "1,x1,X one,1,1", with: "1,x1,X one,1,-2"))
        #expect(e?.line == 2)
        #expect(e?.description.contains("weight -2") == true)
    }

    @Test func allWeightsZero() {
        let e = error(meta: Self.meta.replacingOccurrences(of: "1,x1,X one,1,1", with: "1,x1,X one,1,0")
            .replacingOccurrences(of: "1,x2,X two,-1,1", with: "1,x2,X two,-1,0"))
        #expect(e?.description.contains("all weights zero under 'P1'") == true)
    }

    @Test func geometricMeanOverZero() {
        // min-max onto [0, 100] puts the lowest unit at 0.
        let e = error(recipe: "recipe:\n  aggregate: {method: geometric}\n")
        #expect(e?.kind == .badData)
        #expect(e?.description.contains("geometric mean") == true)
        #expect(e?.description.contains("min-max [1, 100]") == true)
    }

    @Test func geometricMeanOnAPositiveRangeWorks() throws {
        let (_, b) = try load(recipe: "recipe:\n  normalise: {method: minmax, range: [1, 100]}\n  aggregate: {method: geometric}\n")
        #expect(b.aggregated.value(unit: "AAA", column: "P2") == 1)
    }

    @Test func emptyDataSet() {
        let e = error(data: "uCode,uName,grp,x1,x2,x3\n")
        #expect(e?.description.contains("no data rows") == true)
    }

    @Test func yamlSyntaxError() {
        let folder = temporaryFolder(["study.yaml": "data: {format: coinr\nrecipe: [\n"])
        let e = #expect(throws: GapMatrixError.self) { try Study.read(folder + "/study.yaml") }
        #expect(e?.kind == .badData)
        #expect(e?.line != nil)
    }

    @Test func misspeltRecipeKey() {
        let e = error(recipe: "recipe:\n  normalize: {method: minmax}\n")
        #expect(e?.line == 3)
        #expect(e?.description.contains("unknown key 'normalize'") == true)
    }

    @Test func unknownImputationGroup() {
        let e = error(recipe: "recipe:\n  impute: {method: group_mean, group: region}\n")
        #expect(e?.field == "recipe.impute.group")
        #expect(e?.description.contains("grp") == true)
    }

    @Test func thresholdsOnTheWrongSideOfEachOther() throws {
        let framework = """
            themes:
              - {code: Index, name: I}
            indicators:
              - {code: ok, name: ok, theme: Index, direction: -1, optimum: 3, green: 3, red: 5, lower_bound: 10}
              - {code: cost, name: cost, theme: Index, direction: -1, optimum: 3, green: 5, red: 3}
            """
        let e = #expect(throws: GapMatrixError.self) { try FrameworkFile.read(temporaryFile("framework.yaml", framework)) }
        #expect(e?.line == 5)
        #expect(e?.description.contains("lower_bound >= red > green >= optimum") == true)
        let good = try FrameworkFile.read(temporaryFile("framework.yaml", framework.components(separatedBy: "\n").dropLast().joined(separator: "\n")))
        #expect(good.framework.node("ok")?.rating == RatingBounds(optimum: 3, lowerBound: 10, green: 3, red: 5))
    }

    @Test func csvHeaderProblems() {
        let empty = #expect(throws: GapMatrixError.self) { try CSVTable.parse("", file: "x.csv") }
        #expect(empty?.line == 1 && empty?.description.contains("an empty file") == true)
        // Fuzzing found empty files on disk leaked a buffer (Foundation's contents(atPath:)); they now read
        // like any other file and give the same message, whichever reader opens them.
        let path = temporaryFile("empty.csv", "")
        let onDisk = #expect(throws: GapMatrixError.self) { try CSVTable.read(path) }
        #expect(onDisk?.line == 1 && onDisk?.file == path && onDisk?.description.contains("an empty file") == true)
        #expect(throws: GapMatrixError.self) { try FrameworkFile.read(temporaryFile("empty.yaml", "")) }
        #expect(throws: GapMatrixError.self) { try Study.read(temporaryFile("empty-study.yaml", "")) }
        let repeated = #expect(throws: GapMatrixError.self) { try CSVTable.parse("a,b,a\n1,2,3\n", file: "x.csv") }
        #expect(repeated?.column == 3 && repeated?.description.contains("first in column 1") == true)
        let blank = #expect(throws: GapMatrixError.self) { try CSVTable.parse("a,,c\n", file: "x.csv") }
        #expect(blank?.column == 2)
        let stray = #expect(throws: GapMatrixError.self) { try CSVTable.parse("a,b\n1,x\"y\n", file: "x.csv") }
        #expect(stray?.line == 2 && stray?.description.contains("quote inside an unquoted field") == true)
    }
}
