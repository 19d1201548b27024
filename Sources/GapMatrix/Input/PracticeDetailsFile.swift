import Foundation

/// Reads the practice-form fields of one registry entry (PracticeDetails) strictly: each error
/// names the file, the line and the field, what was found and what was expected.
///
/// ```yaml
/// status: completed                    # planned | ongoing | completed | discontinued | unknown
/// end: 2019
/// end_date: 2019-12-31                 # more than the year, when a source gives it (agrees with end)
/// last_verified: 2026-11-28            # when the entry was last checked against its sources
/// funders: [Inter-American Development Bank]
/// budget: {amount: 1500000, currency: USD, period: 2012-2015}
/// target_group:
///   who: Pacific seasonal workers
///   figures: [{value: 19000, date: 2022, what: yearly cap of places}]
/// lessons: ...                         # only with an evaluation reference: what it states
/// challenges: ...
/// sources:                             # text, or {reference, url}
///   - "Immigration New Zealand, media release 11 December 2015"
///   - {reference: "McKenzie and Gibson (2010), WPS 5488", url: "http://hdl.handle.net/10986/3970"}
/// ```
enum PracticeDetailsFile {
    static let keys = ["status", "end_date", "last_verified", "funders", "budget", "target_group", "lessons", "challenges"]

    /// The sources of entry `id`: each a reference, with its address when given as a mapping.
    static func sources(_ m: YAMLMap, id: String) throws -> (references: [String], urls: [String?]) {
        var references: [String] = [], urls: [String?] = []
        for item in try m.mixedList("sources") ?? [] {
            if let text = item.scalar {
                references.append(text)
                urls.append(nil)
            } else if let s = item.map {
                try s.onlyKeys(["reference", "url"])
                references.append(try s.string("reference"))
                let url = try s.optionalString("url")
                if let url { try checkURL(url, s, "url", id: id) }
                urls.append(url)
            }
        }
        guard !references.isEmpty, references.allSatisfy({ !$0.trimmedField.isEmpty }) else {
            throw m.error("sources", "no source for '\(id)'", "at least one citable reference")
        }
        return (references, urls)
    }

    /// The details of entry `id` (`start`, `end` and `evaluation` already read and checked).
    static func details(_ m: YAMLMap, id: String, start: Int?, end: Int?, evaluation: Practice.Evaluation,
                        urls: [String?]) throws -> PracticeDetails {
        var d = PracticeDetails(sourceURLs: urls)
        if let text = try m.optionalString("status") {
            guard let status = PracticeDetails.Status(rawValue: text) else {
                throw m.error("status", "status '\(text)' in '\(id)'", PracticeDetails.Status.allCases.map(\.rawValue).joined(separator: ", "))
            }
            d.status = status
        }
        if let date = try m.optionalString("end_date") {
            let year = try isoDate(date, m, "end_date", id: id)
            if let end, end != year {
                throw m.error("end_date", "end date \(date) in '\(id)', whose end year is \(end)", "a date in the end year")
            }
            if let start, year < start { throw m.error("end_date", "end date \(date) before start year \(start) in '\(id)'", "a date on or after the start") }
            d.endDate = date
        }
        let ended = end != nil || d.endDate != nil
        if d.status == .ongoing && ended {
            throw m.error("status", "status ongoing with an end (\(end.map(String.init) ?? d.endDate ?? "")) in '\(id)'",
                          "no end for an ongoing practice, or status completed or discontinued")
        }
        if let status = d.status, status.hasEnded && !ended {
            throw m.error("status", "status \(status.rawValue) without an end year in '\(id)'",
                          "end: the year it ended (or status unknown when no source gives it)")
        }
        if let date = try m.optionalString("last_verified") {
            guard date.count == 10 else { throw m.error("last_verified", "'\(date)' in '\(id)'", "a full date YYYY-MM-DD") }
            _ = try isoDate(date, m, "last_verified", id: id)
            d.lastVerified = date
        }
        d.funders = try m.scalarList("funders") ?? []
        if d.funders.contains(where: { $0.trimmedField.isEmpty }) { throw m.error("funders", "an empty funder in '\(id)'", "the funders' names") }
        if let b = try m.optionalMap("budget") {
            try b.onlyKeys(["amount", "currency", "period"])
            let amount = try b.double("amount")
            guard amount > 0 else { throw b.error("amount", "budget \(amount) in '\(id)'", "an amount above 0") }
            let currency = try b.string("currency")
            guard currency.count == 3, currency.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                throw b.error("currency", "currency '\(currency)' in '\(id)'", "an ISO 4217 code such as EUR or USD")
            }
            d.budget = .init(amount: amount, currency: currency, period: try b.optionalString("period"))
        }
        if let t = try m.optionalMap("target_group") {
            try t.onlyKeys(["who", "figures"])
            d.targetGroup = try t.optionalString("who")
            for f in try t.mapList("figures") {
                try f.onlyKeys(["value", "date", "what"])
                let value = try f.double("value")
                guard value >= 0 else { throw f.error("value", "\(value) in '\(id)'", "a count of 0 or more") }
                let date = try f.string("date")
                _ = try isoDate(date, f, "date", id: id)
                d.figures.append(.init(value: value, date: date, what: try f.string("what")))
            }
        }
        for key in ["lessons", "challenges"] {
            guard let text = try m.optionalString(key) else { continue }
            // Lessons and challenges are an evaluation's findings, so they come with the evaluation they are read in.
            guard evaluation.reference != nil else {
                throw m.error(key, "\(key) in '\(id)' without an evaluation reference", "evaluation: {level, reference} stating them")
            }
            if key == "lessons" { d.lessons = text } else { d.challenges = text }
        }
        return d
    }

    /// SDG targets: goal 1-17, then a target number or letter (e.g. 10.7, 10.c, 8.8).
    static func sdgTargets(_ m: YAMLMap, id: String) throws -> [String] {
        let targets = try m.scalarList("sdg") ?? []
        for t in targets {
            let parts = t.split(separator: ".", omittingEmptySubsequences: false)
            let goal = parts.first.flatMap { Int($0) }
            let target = parts.count == 2 ? parts[1] : ""
            let ok = goal.map { (1...17).contains($0) } == true && !target.isEmpty && target.count <= 2
                && (target.allSatisfy(\.isNumber) || (target.count == 1 && target.first!.isLowercase && target.first!.isLetter))
            guard ok else { throw m.error("sdg", "SDG target '\(t)' in '\(id)'", "a target such as 10.7 or 10.c (goal 1-17)") }
        }
        return targets
    }

    /// The year of an ISO date YYYY, YYYY-MM or YYYY-MM-DD with a valid month and day.
    static func isoDate(_ text: String, _ m: YAMLMap, _ key: String, id: String) throws -> Int {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count), zip(parts, widths).allSatisfy({ $0.count == $1 && $0.allSatisfy(\.isASCII) }),
              let year = Int(parts[0]), (1900...2100).contains(year) else {
            throw m.error(key, "'\(text)' in '\(id)'", "a date YYYY, YYYY-MM or YYYY-MM-DD")
        }
        if parts.count >= 2 {
            guard let month = Int(parts[1]), (1...12).contains(month) else { throw m.error(key, "month in '\(text)' in '\(id)'", "a month 01-12") }
            if parts.count == 3 {
                var c = DateComponents()
                (c.year, c.month) = (year, month)
                let days = Calendar(identifier: .gregorian).range(of: .day, in: .month, for: Calendar(identifier: .gregorian).date(from: c)!)!.count
                guard let day = Int(parts[2]), (1...days).contains(day) else {
                    throw m.error(key, "day in '\(text)' in '\(id)'", "a day 01-\(days) of that month")
                }
            }
        }
        return year
    }

    static func checkURL(_ url: String, _ m: YAMLMap, _ key: String, id: String) throws {
        guard url.hasPrefix("https://") || url.hasPrefix("http://"), url.count > 10, !url.contains(where: \.isWhitespace) else {
            throw m.error(key, "address '\(url)' in '\(id)'", "an http:// or https:// address without spaces")
        }
    }
}
