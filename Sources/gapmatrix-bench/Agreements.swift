import Foundation
import GapMatrix

/// `gapmatrix-bench agreements` (issue 16): every unordered pair of the 193 UN members, so every
/// ordered pair (193 x 192 = 37,056), for each year of the UN DESA bilateral stocks, with the 1,222
/// agreements: scores (roles from that year's stocks), the country roll-up and the corridor matrix
/// with no threshold. Timed end to end, reading the files included.
func agreementsBenchmark() throws {
    let folder = "Datasets/migration-development-extra/bilateral_labour_agreements"
    var years: [Int: [String: (year: Int, value: Double)]] = [:]
    var pairsPerYear = 0, rows = 0, yearCount = 0
    var matrixTime: [Double] = []
    let total = try seconds {
        let countries = try CSVTable.read("Datasets/migration-development/countries.csv")
        let ci = try countries.column("iso3"), cm = try countries.column("is_un_member")
        let known = Set(countries.rows.map { $0.fields[ci] })
        let members = countries.rows.filter { $0.fields[cm] == "True" }.map { $0.fields[ci] }
        var spec = AgreementSpec(list: folder + "/bla_agreements.csv", provisions: folder + "/bla_provisions.csv",
                                 crosswalk: folder + "/un_network_bla_crosswalk.csv")
        spec.minMigrants = 0
        let agreements = try AgreementFile.read(list: spec.list, provisions: spec.provisions, known: known)
        let crosswalk = try AgreementFile.crosswalk(spec.crosswalk)
        let fm = try FreeMovement.read("Datasets/migration-development-extra/free_movement_regimes/free_movement_membership.csv", known: known)
        let stock = try CSVTable.read("Datasets/migration-development/migrant_stock_bilateral.csv")
        let (so, sd, sy, sv) = (try stock.column("iso3"), try stock.column("partner_iso3"), try stock.column("year"), try stock.column("value"))
        for r in stock.rows {
            guard let y = Int(r.fields[sy]), let v = Double(r.fields[sv]) else { continue }
            years[y, default: [:]][r.fields[so] + ">" + r.fields[sd]] = (y, v)
        }
        yearCount = years.count
        for y in years.keys.sorted() {
            matrixTime.append(seconds {
                let data = AgreementData(spec: spec, agreements: agreements, crosswalk: crosswalk, freeMovement: fm, migrants: years[y]!)
                let scores = AgreementScores.scores(data, assessment: nil, gaps: nil)
                let rollUp = AgreementScores.rollUp(data, scores, known: Set(members))
                let m = PartnershipGaps.build(data, scores, units: members, costs: nil)
                pairsPerYear = m.pairs.count
                rows = rollUp.count
            })
        }
    }
    print("Agreements: \(yearCount) stock years x \(pairsPerYear) unordered pairs (\(2 * pairsPerYear) ordered) of UN members, "
          + "1,222 agreements, \(rows) country-period rows per year")
    print(String(format: "  end to end %.3f s (reading included); per year: median %.1f ms, slowest %.1f ms", total,
                 median(matrixTime) * 1000, (matrixTime.max() ?? 0) * 1000))
}
