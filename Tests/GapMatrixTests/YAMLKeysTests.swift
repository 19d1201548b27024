import Testing
@testable import GapMatrix

/// Keys are read as text: each once per mapping, found however they are quoted.
@Suite struct YAMLKeysTests {
    @Test func aKeyTwiceIsAnErrorAtItsSecondLine() {
        let e = #expect(throws: GapMatrixError.self) { try YAMLMap.parse("name: a\nother: b\nname: c\n", file: "study.yaml") }
        #expect(e?.line == 3)
        #expect(e?.found == "key 'name' twice in one mapping (first on line 1)")
    }

    /// Same text, different tags: Yams lets both through; here it is one key given twice.
    @Test func sameTextUnderAnotherTagIsTheSameKey() {
        let e = #expect(throws: GapMatrixError.self) { try YAMLMap.parse("!!int 2: a\n2: b\n", file: "x.yaml") }
        #expect(e?.found == "key '2' twice in one mapping (first on line 1)")
        #expect(e?.line == 2)
    }

    /// In a nested mapping too, the second appearance's line.
    @Test func aNestedKeyTwice() {
        let e = #expect(throws: GapMatrixError.self) {
            try YAMLMap.parse("recipe:\n  normalise: a\n  weights: b\n  normalise: c\nname: x\n", file: "study.yaml")
        }
        #expect(e?.line == 4)
        #expect(e?.found == "key 'normalise' twice in one mapping (first on line 2)")
    }

    @Test func quotedAndPlainKeysAreFoundByTheirText() throws {
        let m = try YAMLMap.parse("\"2022\": quoted\nyes: plain\nnull_value: ~\n", file: "x.yaml")
        #expect(try m.optionalString("2022") == "quoted")
        #expect(try m.optionalString("yes") == "plain")
        #expect(!m.has("null_value"))
        #expect(!m.has("absent"))
    }
}
