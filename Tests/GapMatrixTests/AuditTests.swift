import Foundation
import Testing
@testable import GapMatrix

/// Audit statistics against values worked out by hand.
@Suite struct AuditTests {
    @Test func correlations() {
        // x = 1..5, y = 2,1,4,3,5: cov 2.0, var 2.5 each -> r = 0.8.
        #expect(abs(GSL.pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) - 0.8) < 1e-12)
        // Ties take average ranks: x ranks 1, 2.5, 2.5, 4; y ranks 1, 3, 2, 4 -> r = 0.9/sqrt(0.9) = 0.94868.
        #expect(abs(GSL.spearman([1, 2, 2, 3], [1, 3, 2, 4]) - 0.9486832980505139) < 1e-12)
    }

    @Test func cronbachsAlpha() {
        // Items (1,2,3) and (2,3,5): variances 1 and 7/3, total (3,5,8) variance 19/3 -> 2 (1 - (10/3)/(19/3)) = 18/19.
        #expect(abs(Audit.cronbach([[1, 2, 3], [2, 3, 5]]) - 18.0 / 19) < 1e-12)
        #expect(Audit.cronbach([[1, 2, 3]]).isNaN)
        // With a gap, each covariance uses the units where both items are present (COINr's default):
        // var(x | 1,2,3) = 1, var(y | 2,3,5,4) = 5/3, cov over the first three units = 3/2,
        // so all = 1 + 5/3 + 3 = 17/3, off-diagonal mean = 3/2 and alpha = 4 (3/2) / (17/3) = 18/17.
        // Complete cases alone would give 18/19, as above.
        #expect(abs(Audit.cronbach([[1, 2, 3, .nan], [2, 3, 5, 4]]) - 18.0 / 17) < 1e-12)
    }

    @Test func firstComponentOfTwoVariables() throws {
        // Two variables with correlation r: eigenvalues 1 + r and 1 - r, loadings (1, 1)/sqrt(2).
        let x: [Double] = [1, 2, 3, 4, 5], y: [Double] = [2, 1, 4, 3, 5]
        let pc = try #require(try Audit.firstComponent([x, y]))
        #expect(abs(pc.share - 0.9) < 1e-12)        // (1 + 0.8) / 2
        #expect(abs(pc.loadings[0] - 1 / 2.0.squareRoot()) < 1e-12)
        #expect(abs(pc.loadings[1] - 1 / 2.0.squareRoot()) < 1e-12)
    }

    @Test func eigenDecompositionOfAKnownMatrix() throws {
        // [[2, 1], [1, 2]] has eigenvalues 3 and 1.
        let (values, vectors) = try GSL.symmetricEigen([[2, 1], [1, 2]])
        #expect(abs(values[0] - 3) < 1e-12 && abs(values[1] - 1) < 1e-12)
        #expect(abs(abs(vectors[0][0]) - 1 / 2.0.squareRoot()) < 1e-12)
    }

    /// A five-unit study where a and b move together (collinear) and c runs against its theme.
    @Test func flagsOnAConstructedStudy() throws {
        let framework = """
            themes:
              - {code: I, name: Index}
              - {code: T, name: Theme, parent: I}
              - {code: U, name: Other, parent: I}
            indicators:
              - {code: a, name: a, theme: T}
              - {code: b, name: b, theme: T}
              - {code: c, name: c, theme: T, weight: 0.1}
              - {code: d, name: d, theme: U}
            """
        var rows = ["unit,year,indicator,value"]
        let a: [Double] = [1, 2, 3, 4, 5], b: [Double] = [1.1, 2.0, 3.1, 3.9, 5.2], c: [Double] = [5, 4, 3, 2, 1], d: [Double] = [3, 1, 4, 1, 5]
        for u in 0..<5 {
            for (code, v) in [("a", a), ("b", b), ("c", c), ("d", d)] { rows.append("U\(u),2020,\(code),\(v[u])") }
        }
        let folder = temporaryFolder(["framework.yaml": framework, "values.csv": rows.joined(separator: "\n"),
                                      "study.yaml": "data: {format: tidy, values: values.csv, framework: framework.yaml}\n"])
        let s = try Study.read(folder + "/study.yaml")
        let inputs = try s.loadInputs()
        let audit = try Audit.run(inputs, build: try Regenerate.run(inputs, recipe: s.recipe))
        // PCA weights: squared first-component loadings of the theme's normalised indicators.
        var pcaRecipe = s.recipe
        pcaRecipe.weights = .pca
        let pcaBuild = try Regenerate.run(inputs, recipe: pcaRecipe)
        let cols = ["a", "b", "c"].map { pcaBuild.normalised.column(pcaBuild.normalised.columnIndex($0)!) }
        let pc = try #require(try Audit.firstComponent(cols))
        for (code, l) in zip(["a", "b", "c"], pc.loadings) { #expect(abs(pcaBuild.weights[code]! - l * l) < 1e-12) }
        #expect(abs(["a", "b", "c"].reduce(0) { $0 + pcaBuild.weights[$1]! } - 1) < 1e-12)
        #expect(pcaBuild.weights["d"] == 1)   // a theme with one indicator keeps its weight
        let flags = audit.flags.map { "\($0.kind) \($0.a) \($0.b)" }
        #expect(flags.contains("collinear a b"))
        #expect(flags.contains("negative with parent c T"))
        // a and c are perfectly anti-correlated: |r| = 1 is collinearity too.
        #expect(flags.contains("collinear a c"))
        #expect(!flags.contains { $0.hasPrefix("negative with parent a") })
    }
}
