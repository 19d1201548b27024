import Foundation
import Testing

/// `gapmatrix partnerships` over the imported agreements: its views and filters.
@Suite struct PartnershipCLITests {
    let cli = CLITests()
    let study = "Datasets/gfmd-2007/study.yaml"

    @Test func corridorViewFiltersByCountryAndArea() throws {
        let all = try cli.run(["partnerships", study, "--view", "corridors", "--country", "India"])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.contains("BGD-IND") && all.stdout.contains("none recorded to 2020"))
        #expect(!all.stdout.contains("DEU-POL"))
        // India-Saudi Arabia: its one agreement (2014) does not mention savings and remittances.
        let silent = try cli.run(["partnerships", study, "--view", "corridors", "--country", "IND", "--area", "savings_and_remittances",
                                  "--area-status", "not mentioned"])
        #expect(silent.stdout.contains("IND-SAU") && !silent.stdout.contains("BGD-IND"))
    }

    @Test func agreementViewFiltersByPairPeriodAndType() throws {
        let r = try cli.run(["partnerships", study, "--view", "agreements", "--pair", "Spain", "MAR", "--period", "2000-2009",
                             "--type", "labour agreement"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("456  2001  ESP (destination) - MAR (origin)"))
        let bad = try cli.run(["partnerships", study, "--view", "agreements", "--period", "1980s"])
        #expect(bad.status == 64 && bad.stderr.contains("option '--period'") && bad.stderr.contains("1990-1999"))
        let countries = try cli.run(["partnerships", study, "--view", "countries", "--country", "PHL", "--period", "all years"])
        #expect(countries.stdout.contains("Philippines (PHL)  all years"))
    }
}
