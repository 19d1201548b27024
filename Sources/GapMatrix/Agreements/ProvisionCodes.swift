/// The codes each variable of the provision coding may take (bla_provisions_codebook.csv gives
/// the variables and their labels; the codes are those of the coders' Stata file, checked
/// against all 570 coded texts). A value outside its codes is an input error, never a silent 0.
public enum ProvisionCodes {
    public enum Kind: Sendable, Equatable {
        /// 0 or 1 (Stata wrote some as 0.0 / 1.0); empty: not recorded.
        case flag
        /// One of a closed list of labels.
        case category([String])
        /// Labels from a closed list joined by commas (recruit_auth_who), or the one "none" label.
        case labels([String], none: String)
        /// A whole number of zero or more, or empty.
        case count
        /// Free text (titles, notes).
        case text
    }

    /// Columns that identify the agreement rather than code its text (checked by the reader).
    public static let identity = ["treatyID", "year", "countryA", "iso3_A", "countryB", "iso3_B"]

    public static let flags = [
        "autorenew", "past_bla_amend", "past_bla_replace", "quota", "intl_instr", "info_exch", "info_dissem", "govt_agencies",
        "joint_commit", "recruit_cost_mig", "recruit_auth", "labor_union_orig", "labor_union_dest", "labor_union_join", "emp_orgs",
        "ngos", "migrant_info", "prot_equal", "prot_women", "prot_women_det", "prot_other", "contract_req", "contract_standard",
        "contract_terms", "wage_prot", "housing_req", "housing_cond", "housing_monitor", "work_monitor", "passport",
        "social_security", "disputes_emp_mig", "mig_human_cap", "credentials", "remittances", "reintegration",
        "contract_renewal", "perm_resid",
    ]

    /// Every coded variable with its kind.
    public static let kinds: [String: Kind] = {
        var k: [String: Kind] = [:]
        for f in flags { k[f] = .flag }
        k["agreement_title"] = .text
        k["bla_duration_other"] = .text
        k["quota_num"] = .text
        k["bla_duration_years"] = .count
        k["coded_orig_lang"] = .category(["Arabic", "Czech", "Dutch", "English", "French", "German", "Japanese", "Other",
                                          "Portuguese", "Russian", "Slovak", "Spanish"])
        // "langauge" is the source's spelling.
        k["coded_google_translation"] = .category(["Original langauge", "Translation"])
        k["bla_duration"] = .category(["The BLA is valid until terminated", "The BLA does not mention when it terminates",
                                       "The BLA is valid for a specified number of years", "Other"])
        k["past_bla_ref"] = .category(["No prior BLA", "One prior BLA", "More than one prior BLA"])
        k["recruit_auth_who"] = .labels(["Government Recruitment Agencies", "Private Recruitment Agencies", "Employers", "Other"],
                                        none: "Does not mention")
        return k
    }()

    /// The value of a flag: true for 1, false for 0, nil for empty (not recorded) or anything else.
    public static func flag(_ text: String) -> Bool? {
        switch text {
        case "1", "1.0": true
        case "0", "0.0": false
        default: nil
        }
    }

    /// Nil when `value` is one of the variable's codes, else what was expected.
    public static func problem(_ variable: String, _ value: String) -> String? {
        guard let kind = kinds[variable] else { return "a variable of the codebook" }
        switch kind {
        case .flag:
            return value.isEmpty || flag(value) != nil ? nil : "0 or 1 (or empty when not recorded)"
        case let .category(codes):
            return codes.contains(value) ? nil : "one of: " + codes.joined(separator: ", ")
        case let .labels(codes, none):
            if value == none { return nil }
            let parts = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return parts.allSatisfy(codes.contains) ? nil
                : "'\(none)' or a comma-separated list of: " + codes.joined(separator: ", ")
        case .count:
            return value.isEmpty || (Int(value).map { $0 >= 0 } ?? false) ? nil : "a whole number of years, or empty"
        case .text:
            return nil
        }
    }
}
