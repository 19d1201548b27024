import Foundation

/// The study's `agreements:` section: where the bilateral labour agreements, their coding, the
/// crosswalk and the free-movement table are, and the corridor threshold (README "Study file").
public struct AgreementSpec: Sendable, Equatable {
    public var list: String
    public var provisions: String?
    public var crosswalk: String
    public var freeMovement: String?
    /// Bilateral migrant stocks (origin iso3 -> destination partner_iso3); default: the ties' file.
    public var migrantStock: String?
    /// A values file and indicator giving each destination's refugees as % of its migrant stock.
    public var refugees: (values: String, indicator: String)?
    /// A pair of countries enters the corridor matrix when migrants in both directions together reach this.
    public var minMigrants: Double = AgreementSpec.defaultMinMigrants
    /// Themes every agreement bears, for complementarity with the ratings (none by default).
    public var themes: [String] = []
    /// The last year the agreement list covers ("none recorded to 2020").
    public var throughYear = 2020
    /// Which areas of the UN Network's guidance bear on which theme, theme by theme in the
    /// study's order: an agreement signed in the study's window that mentions one of a theme's
    /// areas counts as unevaluated practice on it (`AgreementPractice`). Empty: agreements add
    /// no practice.
    public var practiceThemes: [(theme: String, areas: [String])] = []

    /// The themes each area bears on, the inverse of `practiceThemes`.
    public var themesByArea: [String: [String]] {
        var out: [String: [String]] = [:]
        for (theme, areas) in practiceThemes { for a in areas { out[a, default: []].append(theme) } }
        return out
    }

    public static let defaultMinMigrants = 100_000.0

    public static func == (a: AgreementSpec, b: AgreementSpec) -> Bool {
        a.list == b.list && a.provisions == b.provisions && a.crosswalk == b.crosswalk && a.freeMovement == b.freeMovement
            && a.migrantStock == b.migrantStock && a.refugees?.values == b.refugees?.values && a.refugees?.indicator == b.refugees?.indicator
            && a.minMigrants == b.minMigrants && a.themes == b.themes && a.throughYear == b.throughYear
            && a.practiceThemes.map { $0.theme + "=" + $0.areas.joined(separator: ",") } == b.practiceThemes.map { $0.theme + "=" + $0.areas.joined(separator: ",") }
    }

    public init(list: String, provisions: String? = nil, crosswalk: String) {
        self.list = list
        self.provisions = provisions
        self.crosswalk = crosswalk
    }

    static func parse(_ m: YAMLMap?, resolve: (String) -> String) throws -> AgreementSpec? {
        guard let m else { return nil }
        try m.onlyKeys(["list", "provisions", "crosswalk", "free_movement", "migrant_stock", "refugees", "min_migrants", "themes", "through_year", "practice_themes"])
        var s = AgreementSpec(list: resolve(try m.string("list")), provisions: try m.optionalString("provisions").map(resolve),
                              crosswalk: resolve(try m.string("crosswalk")))
        s.freeMovement = try m.optionalString("free_movement").map(resolve)
        s.migrantStock = try m.optionalString("migrant_stock").map(resolve)
        if let r = try m.optionalMap("refugees") {
            try r.onlyKeys(["values", "indicator"])
            s.refugees = (resolve(try r.string("values")), try r.string("indicator"))
        }
        s.minMigrants = try m.optionalDouble("min_migrants") ?? s.minMigrants
        guard s.minMigrants >= 0 else { throw m.error("min_migrants", "\(s.minMigrants)", "a number of migrants, 0 or more") }
        s.themes = try m.scalarList("themes") ?? []
        s.throughYear = try m.optionalInt("through_year") ?? s.throughYear
        if let t = try m.optionalMap("practice_themes") {
            s.practiceThemes = try t.keys.map { ($0, try t.scalarList($0) ?? []) }
        }
        return s
    }
}

/// Everything the agreement scores and the corridor matrix read, loaded once.
public struct AgreementData: Sendable {
    public var spec: AgreementSpec
    public var agreements: [Agreement]
    public var crosswalk: AgreementCrosswalk
    public var freeMovement: FreeMovement
    /// Migrants born in A living in B, keyed "A>B", each pair's latest year.
    public var migrants: [String: (year: Int, value: Double)]
    /// Refugees as % of each destination's international migrant stock, latest year.
    public var refugeeShare: [String: (year: Int, value: Double)]

    public init(spec: AgreementSpec, agreements: [Agreement], crosswalk: AgreementCrosswalk, freeMovement: FreeMovement = .none,
                migrants: [String: (year: Int, value: Double)] = [:], refugeeShare: [String: (year: Int, value: Double)] = [:]) {
        self.spec = spec
        self.agreements = agreements
        self.crosswalk = crosswalk
        self.freeMovement = freeMovement
        self.migrants = migrants
        self.refugeeShare = refugeeShare
    }

    public func stock(_ from: String, _ to: String) -> (year: Int, value: Double)? { migrants[from + ">" + to] }
}

extension Study {
    /// Reads the agreement files the study names (nil without an `agreements:` section).
    /// `ties`, when already read, lends its migrant stocks if the agreements use the same file.
    public func loadAgreements(_ inputs: StudyInputs, ties read: Opportunities.Ties? = nil) throws -> AgreementData? {
        guard let spec = agreements else { return nil }
        let known = inputs.units.knownCodes
        let themes = Set(inputs.framework.aggregates.filter { $0 != inputs.framework.root })
        for t in spec.themes where !themes.contains(t) {
            throw GapMatrixError(.badData, file: file, field: "agreements.themes", found: "unknown theme '\(t)'",
                                 expected: "one of: " + themes.sorted().joined(separator: ", "))
        }
        for (t, _) in spec.practiceThemes where !themes.contains(t) {
            throw GapMatrixError(.badData, file: file, field: "agreements.practice_themes", found: "unknown theme '\(t)'",
                                 expected: "one of: " + themes.sorted().joined(separator: ", "))
        }
        let crosswalk = try AgreementFile.crosswalk(spec.crosswalk)
        let areas = crosswalk.areas.map(\.code)
        for a in spec.practiceThemes.flatMap(\.areas) where !areas.contains(a) {
            throw GapMatrixError(.badData, file: file, field: "agreements.practice_themes", found: "unknown area '\(a)'",
                                 expected: "an area_code of \(spec.crosswalk): " + areas.joined(separator: ", "))
        }
        let stockFile = spec.migrantStock ?? ties?.migrants
        return AgreementData(
            spec: spec, agreements: try AgreementFile.read(list: spec.list, provisions: spec.provisions, known: known),
            crosswalk: crosswalk,
            freeMovement: try spec.freeMovement.map { try FreeMovement.read($0, known: known) } ?? .none,
            migrants: try stockFile.map { path in
                if let read, path == ties?.migrants { return read.migrants }
                return try BilateralFile.latest(path, known: known)
            } ?? [:],
            refugeeShare: try spec.refugees.map { try IndicatorLatest.read($0.values, indicator: $0.indicator, known: known) } ?? [:])
    }
}

/// The latest value per country of one indicator in a World Bank style values file
/// (`iso3, year, indicator_code, value`), for figures read beside the framework.
public enum IndicatorLatest {
    public static func read(_ path: String, indicator: String, known: Set<String>) throws -> [String: (year: Int, value: Double)] {
        var t = try CSVReader(path: path)
        let ci = try t.column("iso3"), cy = try t.column("year"), cc = try t.column("indicator_code"), cv = try t.column("value")
        var out: [String: (year: Int, value: Double)] = [:]
        var found = false
        let wanted = Array(indicator.utf8)
        let asciiCode = wanted.allSatisfy { $0 < 0x80 }
        // Streamed, comparing the code as bytes: one indicator of a large values file.
        var r = CSVFields()
        while try t.next(into: &r) {
            // Bytes first; text that is not ASCII may be equal as Strings in another encoding form.
            guard r.equals(cc, wanted) || (!(asciiCode && r.isASCII(cc)) && r.string(cc) == indicator) else { continue }
            found = true
            let code = r.trimmed(ci)
            guard known.contains(code) else { continue }
            guard let year = Int(r.string(cy)) else {
                throw GapMatrixError(.badData, file: t.file, line: r.line, field: "year", found: "'\(r.string(cy))'", expected: "a year")
            }
            let v = try t.number(r, cv)
            guard !v.isNaN else { continue }
            if let prior = out[code], prior.year >= year { continue }
            out[code] = (year, v)
        }
        guard found else { throw GapMatrixError(.badData, file: t.file, found: "no rows of indicator '\(indicator)'", expected: "the indicator the study names") }
        return out
    }
}
