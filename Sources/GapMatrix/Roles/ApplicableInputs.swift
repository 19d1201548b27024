extension StudyInputs {
    /// The inputs with every value an indicator's role does not apply to set missing (in the
    /// latest values and in every panel year), so theme scores, default lower bounds and
    /// relative thresholds rest on the cells that apply, as theme colours do. Those cells, and
    /// the cells outside a source's `scope`, are recorded in `leftEmpty` so imputation does not
    /// fill them. Without role rules or scope the inputs come back unchanged.
    public func keepingApplicable(_ roles: RoleAssignment, scope: Scope = .none) -> StudyInputs {
        var result = self
        if roles.spec != nil {
            let masked: [(column: Int, units: [Int])] = framework.indicators.enumerated().compactMap { c, code in
                let role = framework.node(code)!.role
                guard role != .both else { return nil }
                let units = raw.units.indices.filter { !role.applies(to: roles.roles(raw.units[$0])) }
                return units.isEmpty ? nil : (c, units)
            }
            if !masked.isEmpty {
                func mask(_ d: Dataset) -> Dataset {
                    var d = d
                    for m in masked { for u in m.units { d[unit: u, column: m.column] = .nan } }
                    return d
                }
                result = StudyInputs(framework: framework, units: units, raw: mask(raw),
                                     panel: panel.map { Panel(years: $0.years, slices: $0.slices.map(mask)) },
                                     referenceYear: referenceYear, provenance: provenance, context: context,
                                     contextProvenance: contextProvenance, docs: docs)
                result.leftEmpty = leftEmpty
                for m in masked {
                    for u in m.units { result.leftEmpty.insert(framework.indicators[m.column] + "|" + raw.units[u]) }
                }
            }
        }
        for key in scope.reasons.keys { result.leftEmpty.insert(key) }
        return result
    }
}
