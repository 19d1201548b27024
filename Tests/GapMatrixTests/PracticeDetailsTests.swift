import Testing
@testable import GapMatrix

/// The practice-form fields of the GFMD Platform for Partnerships and the Migration Network Hub:
/// read when given, and every bad value an error at its file, line and field.
@Suite struct PracticeDetailsTests {
    static func read(_ entry: String) throws -> Practice {
        let s = try Study.read(GapMatrixTests.study(practices: "practices:\n" + entry))
        return try #require(try s.loadPractices(try s.loadInputs()).first)
    }

    static func error(_ entry: String) -> GapMatrixError? {
        do {
            _ = try read(entry)
            return nil
        } catch let e as GapMatrixError {
            return e
        } catch {
            return nil
        }
    }

    static let full = """
          - id: A
            title: A scheme
            countries: [AAA]
            themes: [T1]
            sdg: ["10.7", "10.c", "8.8"]
            start: 2012
            end: 2019
            status: completed
            end_date: 2019-06
            last_verified: 2026-11-28
            funders: [A development bank, A ministry]
            budget: {amount: 1500000, currency: USD, period: 2012-2015}
            target_group:
              who: seasonal workers
              figures:
                - {value: 5000, date: 2012, what: yearly cap of places}
                - {value: 9000, date: 2015-12-11, what: yearly cap of places}
            lessons: circularity was high
            challenges: overstay in one season
            evaluation: {level: impact evaluation, year: 2014, reference: "An evaluation"}
            sources:
              - "A press release"
              - {reference: "A working paper", url: "http://hdl.handle.net/10986/3970"}

        """

    @Test func everyFieldIsRead() throws {
        let p = try Self.read(Self.full)
        let d = p.details
        #expect(d.status == .completed && d.endDate == "2019-06" && d.lastVerified == "2026-11-28")
        #expect(d.funders == ["A development bank", "A ministry"])
        #expect(d.budget == .init(amount: 1_500_000, currency: "USD", period: "2012-2015"))
        #expect(d.targetGroup == "seasonal workers")
        #expect(d.figures == [.init(value: 5000, date: "2012", what: "yearly cap of places"),
                              .init(value: 9000, date: "2015-12-11", what: "yearly cap of places")])
        #expect(d.lessons == "circularity was high" && d.challenges == "overstay in one season")
        #expect(p.sources == ["A press release", "A working paper"] && d.sourceURLs == [nil, "http://hdl.handle.net/10986/3970"])
        #expect(p.sdg == ["10.7", "10.c", "8.8"])
        // An entry without them reads as before: nothing filled in.
        let plain = try Self.read("  - {id: B, title: B, countries: [AAA], themes: [T1], sources: [s]}\n")
        #expect(plain.details == PracticeDetails(sourceURLs: [nil]))
    }

    /// Each bad value: the field named, the line of the entry's key, what was found.
    @Test func badValuesNameFileLineAndField() throws {
        func check(_ from: String, _ to: String, field: String, line: Int, says: String) {
            let e = Self.error(Self.full.replacingOccurrences(of: from, with: to))
            #expect(e?.field == field, "\(to): \(e.map { "\($0)" } ?? "no error")")
            #expect(e?.line == line, "\(to): \(e.map { "\($0)" } ?? "no error")")
            #expect(e?.description.contains(says) == true, "\(to): \(e.map { "\($0)" } ?? "no error")")
            #expect(e?.file?.hasSuffix("practices.yaml") == true)
        }
        // Lines count from the "practices:" line (1); the entry starts on line 2.
        check("status: completed", "status: finished", field: "practices[1].status", line: 9, says: "status 'finished' in 'A'")
        check("status: completed", "status: ongoing", field: "practices[1].status", line: 9, says: "status ongoing with an end")
        check("    end: 2019\n    status: completed\n    end_date: 2019-06\n", "    status: completed\n", field: "practices[1].status", line: 8,
              says: "status completed without an end year")
        check("end_date: 2019-06", "end_date: 2018-06", field: "practices[1].end_date", line: 10, says: "whose end year is 2019")
        check("last_verified: 2026-11-28", "last_verified: 2026-02-30", field: "practices[1].last_verified", line: 11, says: "day in '2026-02-30'")
        check("last_verified: 2026-11-28", "last_verified: 2026-11", field: "practices[1].last_verified", line: 11, says: "a full date")
        check("currency: USD", "currency: dollars", field: "practices[1].budget.currency", line: 13, says: "currency 'dollars'")
        check("amount: 1500000", "amount: 0", field: "practices[1].budget.amount", line: 13, says: "budget 0")
        check("value: 5000", "value: -5", field: "practices[1].target_group.figures[1].value", line: 17, says: "-5.0 in 'A'")
        check("date: 2012,", "date: 12/2012,", field: "practices[1].target_group.figures[1].date", line: 17, says: "'12/2012'")
        check("url: \"http://hdl.handle.net/10986/3970\"", "url: \"hdl.handle.net/10986/3970\"", field: "practices[1].sources[2].url",
              line: 24, says: "address 'hdl.handle.net/10986/3970'")
        check("sdg: [\"10.7\", \"10.c\", \"8.8\"]", "sdg: [\"10.7.2\"]", field: "practices[1].sdg", line: 6, says: "SDG target '10.7.2'")
        check("sdg: [\"10.7\", \"10.c\", \"8.8\"]", "sdg: [\"18.1\"]", field: "practices[1].sdg", line: 6, says: "SDG target '18.1'")
        check("evaluation: {level: impact evaluation, year: 2014, reference: \"An evaluation\"}", "evaluation: {level: monitoring}",
              field: "practices[1].lessons", line: 19, says: "lessons in 'A' without an evaluation reference")
        check("funders: [A development bank, A ministry]", "funders: [\"\"]", field: "practices[1].funders", line: 12, says: "an empty funder")
        check("    title: A scheme\n", "    title: A scheme\n    funder: X\n", field: "practices[1].funder", line: 4, says: "unknown key 'funder'")
    }
}
