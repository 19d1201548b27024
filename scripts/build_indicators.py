#!/usr/bin/env python3
"""Build the indicator files of the second edition of the GFMD study (issue 15).

Reads only copies kept in this repository:
  Datasets/migration-development/*.csv            (the first edition's tidy data)
  Datasets/migration-development-extra/<folder>/  (tidy outputs of each source, see that folder's SOURCES.md)
and writes, into Datasets/migration-development-extra/:
  indicators_gfmd2.csv  iso3,country,year,indicator_code,value,unit,source (one row per UN member, year, indicator;
                        unknown values have no row)
  scope.csv             indicator_code,iso3,state,reason: UN members outside a source's documented coverage
  roles.csv             iso3,origin,destination,reason: GapMatrix's role rule (thresholds below)
  sources.csv           source_id,description for the `source` column

Python 3 standard library only. Output is sorted and formatted deterministically, so two runs give identical bytes.
Run from anywhere: `python3 scripts/build_indicators.py`.
"""
import csv
import os
import sys
from collections import defaultdict

# --- Role rule: GapMatrix's own thresholds (not a published rule); SOURCES.md documents them. -------------------
ROLE_YEAR = 2020                                # UN DESA International Migrant Stock 2020 estimates
ORIGIN_MIN_EMIGRANTS = 1_000_000                # persons born in the country living abroad
ORIGIN_MIN_EMIGRANTS_PCT_POP = 5.0              # emigrants as % of the country's population
ORIGIN_MIN_REMITTANCES_RECEIVED_PCT_GDP = 2.0   # personal remittances received, % of GDP
REMITTANCE_LOOKBACK_YEARS = 4                   # if ROLE_YEAR has no value, the latest of the 4 years before
# WDI's published ratio (2023-05 export) first; the ratio derived from the 2025 snapshot where it has no value.
REMITTANCES_RECEIVED_SERIES = ("BX.TRF.PWKR.DT.GD.ZS", "DERIVED.BX.TRF.PWKR.GDP.PCT")
DESTINATION_MIN_IMMIGRANTS = 1_000_000          # international migrant stock in the country
DESTINATION_MIN_IMMIGRANTS_PCT_POP = 10.0       # immigrants as % of population

# --- Indicator parameters ---------------------------------------------------------------------------------------
BLA_SHARE_YEARS = (1990, 2020)      # agreements signed in these years (inclusive) make a country a partner
BLA_STOCK_YEAR = 2019               # UN DESA 2019 bilateral stocks weigh the partners
BLA_PARTNER_YEARS = (2000, 2020)    # window for the count of distinct partners
BLA_UNATTRIBUTED = {"CZEa", "YUG"}  # Czechoslovakia, Yugoslavia: not attributed to successor states
RPW_CEILING = 5.0                   # SDG 10.c: no corridor with costs higher than 5%
GLOBALCIT_YEAR = 2020
SDG1072_ROUNDS = ("2019", "2021")   # latest of the two rounds
TREATY_STATUS_YEAR = 2022           # ICMW and core-treaty status snapshot (about mid-2022)
CORE_TREATIES = ("icerd", "iccpr", "icescr", "cedaw", "cat", "crc", "icmw", "cped", "crpd")

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
BASE = os.path.join(ROOT, "Datasets", "migration-development")
EXTRA = os.path.join(ROOT, "Datasets", "migration-development-extra")

# code -> (unit, source id)
UNITS = {
    "DERIVED.SL.TLF.CACT.FM.RATIO": ("female rate as % of male rate (ratio x 100)", "DERIVED_ILO_LFP"),
    "DERIVED.ICMW_C189.COUNT": ("count 0-2 (ICMW party + ILO C189 ratified)", "DERIVED_ICMW_C189"),
    "DERIVED.UNHR.CORE9.PCT": ("% of the nine core UN human-rights treaties ratified", "UNTC_core9_2022"),
    "DERIVED.BLA.EMIGRANTS_IN_PARTNERS.PCT": ("% of emigrants (2019)", "DERIVED_BLA_x_UNDESA2019"),
    "DERIVED.BLA.IMMIGRANTS_FROM_PARTNERS.PCT": ("% of immigrants (2019)", "DERIVED_BLA_x_UNDESA2019"),
    "DERIVED.BLA.PARTNERS_2000_2020": ("count of distinct partner countries", "BLA_ChiltonWoda"),
    "UIS.INBOUND_MOBILITY_RATE": ("% of tertiary enrolment", "UIS_via_OWID"),
    "DERIVED.RPW.SEND_CORRIDORS_ABOVE5.PCT": ("% of the country's sending corridors", "DERIVED_RPW"),
    "DERIVED.RPW.RECEIVE_CORRIDORS_ABOVE5.PCT": ("% of the country's receiving corridors", "DERIVED_RPW"),
    "FINDEX.ACCOUNT.PCT15": ("% of population 15+ (whole %)", "Findex_2021"),
    "DERIVED.FINDEX.ACCOUNT_GENDER_GAP": ("percentage points (male minus female)", "DERIVED_Findex_2021"),
    "GLOBALCIT.NO_LOSS_ON_FOREIGN_NATURALISATION": ("1 yes, 0 no", "GLOBALCIT_v3.1"),
    "GLOBALCIT.NO_RENUNCIATION_FOR_NATURALISATION": ("1 yes, 0 no", "GLOBALCIT_v3.1"),
    "SG_CPA_MIGRS.ALL": ("category 1-4 (4 fully meets)", "SDG1072_UNSD"),
    "DERIVED.BM.TRF.PWKR.GDP.PCT": ("% of GDP", "WDI_via_gdidata"),
}
for d in range(1, 7):
    UNITS["SG_CPA_MIGRS.PD%d" % d] = ("category 1-4 (4 fully meets)", "SDG1072_UNSD")

SOURCES = [
    ("BLA_ChiltonWoda", "Chilton & Woda (2022) Bilateral Labor Agreements dataset (Harvard Dataverse doi:10.7910/DVN/QWSLYI) "
     "via the World Bank replication package github.com/NarcisseChangom/BLAs-Migration-repo; distinct partners "
     "counted here"),
    ("DERIVED_BLA_x_UNDESA2019", "Computed here: Chilton & Woda agreements signed 1990-2020 x UN DESA International "
     "Migrant Stock 2019 bilateral stocks (CC BY 3.0 IGO)"),
    ("DERIVED_Findex_2021", "Computed here: male minus female account ownership, World Bank Global Findex 2021 "
     "DatabankWide (CC BY 4.0; whole-percent copy)"),
    ("DERIVED_ICMW_C189", "Computed here: ICMW state party (UN Treaty Collection, status 2022) + ILO C189 ratified "
     "(status 5 Oct 2020, Swiss Fedlex list)"),
    ("DERIVED_ILO_LFP", "Computed here: 100 x SL.TLF.CACT.FE.ZS / SL.TLF.CACT.MA.ZS, ILO modelled estimates via "
     "World Bank WDI (CC BY 4.0)"),
    ("DERIVED_RPW", "Computed here from World Bank Remittance Prices Worldwide corridor costs 2011-2020 "
     "(share of corridors above 5%, latest year)"),
    ("Findex_2021", "World Bank Global Findex Database 2021, DatabankWide (CC BY 4.0), whole-percent CSV copy"),
    ("GLOBALCIT_v3.1", "GLOBALCIT Citizenship Law Dataset v3.1 (Vink et al. 2025, hdl.handle.net/1814/73190, "
     "CC BY 4.0), country-year file"),
    ("SDG1072_UNSD", "UN SDG Global Database, indicator 10.7.2 SG_CPA_MIGRS (UN DESA & IOM), via "
     "github.com/open-numbers/ddf--unstats--sdg_indicators"),
    ("UIS_via_OWID", "UNESCO Institute for Statistics, inbound mobility rate, via Our World in Data "
     "(UIS CC BY-SA 3.0 IGO; OWID CC BY 4.0)"),
    ("UNTC_core9_2022", "UN Treaty Collection status (about mid-2022) of the nine core UN human-rights treaties as "
     "compiled in github.com/world-politics-datalab/humanrights-treaties-ratification-status (no licence stated)"),
    ("WDI_via_gdidata", "World Bank WDI BM.TRF.PWKR.CD.DT / NY.GDP.MKTP.CD x 100 as in the R package gdidata "
     "(github.com/iom/gdidata, data/wdi.rda, CC BY 4.0 data)"),
]


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fmt(x):
    """Deterministic short text for a number: integers without decimals, others to 4 decimals."""
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return ("%.4f" % x).rstrip("0").rstrip(".")


def num(s):
    s = (s or "").strip()
    return float(s) if s not in ("", "NA") else None


class Builder:
    """Collects tidy rows for the UN members and refuses a second value for the same cell."""

    def __init__(self, members):
        self.members = members  # iso3 -> name
        self.rows = {}

    def add(self, iso3, year, code, value):
        if iso3 not in self.members or value is None:
            return
        key = (iso3, code, int(year))
        if key in self.rows:
            sys.exit("duplicate cell %s" % (key,))
        self.rows[key] = value if isinstance(value, str) else fmt(value)

    def write(self, path):
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["iso3", "country", "year", "indicator_code", "value", "unit", "source"])
            for (iso3, code, year) in sorted(self.rows):
                unit, src = UNITS[code]
                w.writerow([iso3, self.members[iso3], year, code, self.rows[(iso3, code, year)], unit, src])

    def coverage(self):
        out = defaultdict(set)
        for (iso3, code, _) in self.rows:
            out[code].add(iso3)
        return out


def tidy_values(path, codes):
    """(iso3, year) -> value for each wanted code of a first-edition tidy file."""
    out = {c: {} for c in codes}
    for r in read(path):
        if r["indicator_code"] in out and r["value"] != "":
            out[r["indicator_code"]][(r["iso3"], int(r["year"]))] = float(r["value"])
    return out


def labour_force_ratio(b):
    v = tidy_values(os.path.join(BASE, "human_capital_labour.csv"), ["SL.TLF.CACT.FE.ZS", "SL.TLF.CACT.MA.ZS"])
    fe, ma = v["SL.TLF.CACT.FE.ZS"], v["SL.TLF.CACT.MA.ZS"]
    for key in fe:
        if key in ma and ma[key] > 0:
            b.add(key[0], key[1], "DERIVED.SL.TLF.CACT.FM.RATIO", 100.0 * fe[key] / ma[key])


def treaties(b):
    v = tidy_values(os.path.join(BASE, "policy_governance.csv"), ["ICMW.STATE_PARTY", "ILO.C189.RATIFIED"])
    icmw = {k[0]: x for k, x in v["ICMW.STATE_PARTY"].items()}
    c189 = {k[0]: x for k, x in v["ILO.C189.RATIFIED"].items()}
    for iso3 in b.members:
        if iso3 in icmw and iso3 in c189:
            b.add(iso3, TREATY_STATUS_YEAR, "DERIVED.ICMW_C189.COUNT", icmw[iso3] + c189[iso3])
    for r in read(os.path.join(EXTRA, "un_hr_treaties", "un_hr_treaty_status_wide.csv")):
        cells = [r[t + "_party"] for t in CORE_TREATIES]
        if all(c in ("0", "1") for c in cells):
            b.add(r["iso3"], TREATY_STATUS_YEAR, "DERIVED.UNHR.CORE9.PCT", 100.0 * cells.count("1") / len(cells))


def agreement_partners(first, last):
    """iso3 -> set of partner codes, from agreements signed in [first, last] (both parties count)."""
    partners = defaultdict(set)
    for r in read(os.path.join(EXTRA, "bilateral_labour_agreements", "bla_agreements.csv")):
        year = int(r["year"])
        a, z = r["iso3_A"], r["iso3_B"]
        if not first <= year <= last or a in BLA_UNATTRIBUTED or z in BLA_UNATTRIBUTED or a == z:
            continue
        partners[a].add(z)
        partners[z].add(a)
    return partners


def labour_agreements(b):
    partners = agreement_partners(*BLA_SHARE_YEARS)
    emig, emig_p, immig, immig_p = (defaultdict(float) for _ in range(4))
    for r in read(os.path.join(BASE, "migrant_stock_bilateral.csv")):
        if int(r["year"]) != BLA_STOCK_YEAR or r["indicator_code"] != "UNDESA.IMS2019.BILAT_STOCK":
            continue
        o, d, x = r["iso3"], r["partner_iso3"], float(r["value"])
        emig[o] += x
        immig[d] += x
        if d in partners[o]:
            emig_p[o] += x
        if o in partners[d]:
            immig_p[d] += x
    for iso3 in b.members:
        if emig[iso3] > 0:
            b.add(iso3, BLA_STOCK_YEAR, "DERIVED.BLA.EMIGRANTS_IN_PARTNERS.PCT", 100.0 * emig_p[iso3] / emig[iso3])
        if immig[iso3] > 0:
            b.add(iso3, BLA_STOCK_YEAR, "DERIVED.BLA.IMMIGRANTS_FROM_PARTNERS.PCT",
                  100.0 * immig_p[iso3] / immig[iso3])
    recent = agreement_partners(*BLA_PARTNER_YEARS)
    for iso3 in b.members:  # the dataset is a census of agreements: no agreement found counts 0 (see SOURCES.md)
        b.add(iso3, BLA_PARTNER_YEARS[1], "DERIVED.BLA.PARTNERS_2000_2020", float(len(recent[iso3])))


def student_mobility(b):
    for r in read(os.path.join(EXTRA, "uis_student_mobility", "student_mobility.csv")):
        if num(r["inbound_mobility_rate_pct"]) is not None:
            b.add(r["iso3"], r["year"], "UIS.INBOUND_MOBILITY_RATE", r["inbound_mobility_rate_pct"])


def corridor_shares(b):
    """Share of a country's corridors above the SDG 10.c ceiling, in its latest year with corridor data.

    A corridor's cost in a year is the mean of its published quarters; negative costs (a favourable exchange margin,
    five quarters in the file) are set aside as the first-edition study does."""
    quarters = defaultdict(list)  # (sender, receiver, year) -> costs
    for r in read(os.path.join(BASE, "remittance_corridor_costs.csv")):
        x = float(r["value"])
        if r["indicator_code"] == "ATCR.CORR" and x >= 0:
            quarters[(r["iso3"], r["partner_iso3"], int(r["year"]))].append(x)
    for side, code in ((0, "DERIVED.RPW.SEND_CORRIDORS_ABOVE5.PCT"), (1, "DERIVED.RPW.RECEIVE_CORRIDORS_ABOVE5.PCT")):
        latest = {}
        for (s, r, y) in quarters:
            c = (s, r)[side]
            latest[c] = max(latest.get(c, y), y)
        for c, y in latest.items():
            means = [sum(v) / len(v) for (s, r, yy), v in quarters.items() if (s, r)[side] == c and yy == y]
            b.add(c, y, code, 100.0 * sum(m > RPW_CEILING for m in means) / len(means))
    return ({s for (s, _, _) in quarters}, {r for (_, r, _) in quarters})


def findex(b):
    rows = read(os.path.join(EXTRA, "findex_financial_inclusion", "findex_accounts.csv"))
    for r in rows:
        b.add(r["iso3"], r["year"], "FINDEX.ACCOUNT.PCT15", num(r["account_pct_15plus"]))
        m, f = num(r["account_male_pct_15plus"]), num(r["account_female_pct_15plus"])
        if m is not None and f is not None:
            b.add(r["iso3"], r["year"], "DERIVED.FINDEX.ACCOUNT_GENDER_GAP", m - f)
    return {r["iso3"] for r in rows}


def globalcit(b):
    for r in read(os.path.join(EXTRA, "globalcit_v3_1_dual_citizenship", "globalcit_v31_dualcit_panel.csv")):
        if int(r["year"]) != GLOBALCIT_YEAR:
            continue
        # L05: loss of citizenship on voluntary acquisition of a foreign one; L05_bin 0 = no such loss for citizens
        # by birth (categories 0, and 3/6 where loss applies only to naturalised citizens).
        if r["L05_bin"] in ("0", "1"):
            b.add(r["iso3"], GLOBALCIT_YEAR, "GLOBALCIT.NO_LOSS_ON_FOREIGN_NATURALISATION", 1.0 - float(r["L05_bin"]))
        # A06b: renunciation requirement for residence-based naturalisation. 0 no requirement, 1 requirement that
        # GLOBALCIT's dualcit_comb treats as not effective -> 1; 2, 3 requirement, 9 no residence-based
        # naturalisation -> 0 (the coding of dualcit_comb, with which this agrees in every 2020 row).
        cat = r["A06b_cat"]
        if cat in ("0", "1", "2", "3", "9"):
            b.add(r["iso3"], GLOBALCIT_YEAR, "GLOBALCIT.NO_RENUNCIATION_FOR_NATURALISATION",
                  1.0 if cat in ("0", "1") else 0.0)


def sdg_10_7_2(b):
    latest = {}
    for r in read(os.path.join(EXTRA, "sdg_10_7_2_by_domain", "sdg_10_7_2_domains_wide.csv")):
        if r["year"] in SDG1072_ROUNDS and r["all_domains"] and r["year"] > latest.get(r["iso3"], {"year": ""})["year"]:
            latest[r["iso3"]] = r
    for iso3, r in latest.items():
        b.add(iso3, r["year"], "SG_CPA_MIGRS.ALL", num(r["all_domains"]))
        for d in range(1, 7):
            b.add(iso3, r["year"], "SG_CPA_MIGRS.PD%d" % d, num(r["pd%d" % d]))


def remittances_paid(b):
    for r in read(os.path.join(EXTRA, "undesa_emigrant_stock", "remittances_paid.csv")):
        b.add(r["iso3"], r["year"], "DERIVED.BM.TRF.PWKR.GDP.PCT", num(r["remittances_paid_pct_gdp"]))


def write_scope(path, members, senders, receivers, findex_economies):
    rpw_send = ("World Bank Remittance Prices Worldwide surveys a fixed list of sending markets "
                "(48 in 2011-2020); not one of them")
    rpw_recv = ("World Bank Remittance Prices Worldwide surveys corridors to a fixed list of receiving "
                "markets (110 in 2011-2020); not one of them")
    fx = ("Global Findex 2011-2021 surveys a listed set of economies (157 UN members in any wave); "
          "not one of them")
    rules = [("DERIVED.RPW.SEND_CORRIDORS_ABOVE5.PCT", senders, rpw_send),
             ("SI.RMT.COST.OB.ZS", senders, rpw_send),
             ("DERIVED.RPW.RECEIVE_CORRIDORS_ABOVE5.PCT", receivers, rpw_recv),
             ("SI.RMT.COST.IB.ZS", receivers, rpw_recv),
             ("FINDEX.ACCOUNT.PCT15", findex_economies, fx),
             ("DERIVED.FINDEX.ACCOUNT_GENDER_GAP", findex_economies, fx)]
    rows = [(code, iso3, "out_of_scope", reason)
            for code, covered, reason in rules for iso3 in members if iso3 not in covered]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["indicator_code", "iso3", "state", "reason"])
        w.writerows(sorted(rows))
    return rows


def latest_at_most(series, iso3, year, lookback):
    for y in range(year, year - lookback - 1, -1):
        if (iso3, y) in series:
            return y, series[(iso3, y)]
    return None, None


def write_roles(path, members):
    m = tidy_values(os.path.join(BASE, "migration.csv"),
                    ["UNDESA.IMS.EMIGRANT_STOCK", "UNDESA.IMS.EMIGRANT_STOCK.PCT_POP",
                     "UNDESA.IMS.STOCK.TOTAL", "UNDESA.IMS.STOCK.PCT_POP"])
    rem = tidy_values(os.path.join(BASE, "remittances.csv"), REMITTANCES_RECEIVED_SERIES)
    rows = []
    for iso3 in sorted(members):
        g = lambda c: m[c].get((iso3, ROLE_YEAR))
        emi, emi_pct = g("UNDESA.IMS.EMIGRANT_STOCK"), g("UNDESA.IMS.EMIGRANT_STOCK.PCT_POP")
        imm, imm_pct = g("UNDESA.IMS.STOCK.TOTAL"), g("UNDESA.IMS.STOCK.PCT_POP")
        for rcode in REMITTANCES_RECEIVED_SERIES:  # the published ratio first, the derived one as a fallback
            ry, rv = latest_at_most(rem[rcode], iso3, ROLE_YEAR, REMITTANCE_LOOKBACK_YEARS)
            if rv is not None:
                break
        o_fired, d_fired = [], []
        if emi is not None and emi >= ORIGIN_MIN_EMIGRANTS:
            o_fired.append("emigrants >= %s" % format(ORIGIN_MIN_EMIGRANTS, ","))
        if emi_pct is not None and emi_pct >= ORIGIN_MIN_EMIGRANTS_PCT_POP:
            o_fired.append("emigrants >= %s%% of population" % fmt(ORIGIN_MIN_EMIGRANTS_PCT_POP))
        if rv is not None and rv >= ORIGIN_MIN_REMITTANCES_RECEIVED_PCT_GDP:
            o_fired.append("remittances received >= %s%% of GDP" % fmt(ORIGIN_MIN_REMITTANCES_RECEIVED_PCT_GDP))
        if imm is not None and imm >= DESTINATION_MIN_IMMIGRANTS:
            d_fired.append("immigrants >= %s" % format(DESTINATION_MIN_IMMIGRANTS, ","))
        if imm_pct is not None and imm_pct >= DESTINATION_MIN_IMMIGRANTS_PCT_POP:
            d_fired.append("immigrants >= %s%% of population" % fmt(DESTINATION_MIN_IMMIGRANTS_PCT_POP))
        show = lambda x, pct: "n/a" if x is None else (("%.2f%%" % x) if pct else format(int(round(x)), ","))
        remit_when = ("%d (%s)" % (ry, rcode)) if ry else "%d-%d" % (ROLE_YEAR - REMITTANCE_LOOKBACK_YEARS, ROLE_YEAR)
        remit_text = "n/a" if rv is None else show(rv, True) + " of GDP"
        values = ("emigrants %d: %s (%s of population); remittances received %s: %s; "
                  "immigrants %d: %s (%s of population)" % (
                      ROLE_YEAR, show(emi, False), show(emi_pct, True), remit_when, remit_text,
                      ROLE_YEAR, show(imm, False), show(imm_pct, True)))
        fired = ["origin (" + "; ".join(o_fired) + ")"] if o_fired else []
        fired += ["destination (" + "; ".join(d_fired) + ")"] if d_fired else []
        reason = values + ". Rule fired: " + (", ".join(fired) if fired else "none")
        rows.append([iso3, int(bool(o_fired)), int(bool(d_fired)), reason])
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["iso3", "origin", "destination", "reason"])
        w.writerows(rows)
    return rows


def main():
    members = {r["iso3"]: r["name"] for r in read(os.path.join(BASE, "countries.csv")) if r["is_un_member"] == "True"}
    ref = {r["iso3"] for r in read(os.path.join(EXTRA, "un_members_ref", "un193_from_treaty_files.csv"))}
    if len(members) != 193 or ref != set(members):
        sys.exit("UN member lists disagree")
    b = Builder(members)
    labour_force_ratio(b)
    treaties(b)
    labour_agreements(b)
    student_mobility(b)
    senders, receivers = corridor_shares(b)
    findex_economies = findex(b)
    globalcit(b)
    sdg_10_7_2(b)
    remittances_paid(b)
    b.write(os.path.join(EXTRA, "indicators_gfmd2.csv"))
    with open(os.path.join(EXTRA, "sources.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source_id", "description"])
        w.writerows(SOURCES)
    scope = write_scope(os.path.join(EXTRA, "scope.csv"), members, senders, receivers, findex_economies)
    roles = write_roles(os.path.join(EXTRA, "roles.csv"), members)

    cov = b.coverage()
    years = defaultdict(set)
    for (_, code, y) in b.rows:
        years[code].add(y)
    out_of_scope = defaultdict(int)
    for code, _, _, _ in scope:
        out_of_scope[code] += 1
    print("indicator_code                                  members  out_of_scope  years")
    for code in sorted(UNITS):
        ys = sorted(years[code])
        print("%-46s %4d  %4d  %s" % (code, len(cov[code]), out_of_scope[code],
                                        "%d-%d" % (ys[0], ys[-1]) if ys else "-"))
    for code in ("SI.RMT.COST.OB.ZS", "SI.RMT.COST.IB.ZS"):
        print("%-46s    -  %4d  (first-edition file)" % (code, out_of_scope[code]))
    count = defaultdict(int)
    for _, o, d, _ in roles:
        count[{(1, 1): "both", (1, 0): "origin only", (0, 1): "destination only", (0, 0): "none"}[(o, d)]] += 1
    print("roles:", dict(sorted(count.items())))


if __name__ == "__main__":
    main()
