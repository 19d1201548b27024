"""Builds free_movement_membership.csv (EU/EEA rows only) from eu_eea_membership.csv.

EU members: from_year = year of eu_entry_date, to_year = year of eu_left_date (empty: still a member).
EEA EFTA states (eea_efta_state = 1): eu_eea_membership.csv has no EEA entry date, so the years come from the
stored pages cited in SOURCES.md: the EEA Agreement in force on 1 January 1994 for Iceland and Norway
(freemovehub.com, rori.eu), Liechtenstein on 1 May 1995 (Government of Liechtenstein).
Run: python3 build_membership.py (no arguments; writes free_movement_membership.csv beside it).
"""
import csv

EEA = {
    "ISL": (1994, "freemovehub_eea", "https://www.freemovehub.com/regimes/european-economic-area (EEA in force 1 January 1994)"),
    "NOR": (1994, "freemovehub_eea", "https://www.freemovehub.com/regimes/european-economic-area (EEA in force 1 January 1994)"),
    "LIE": (1995, "liechtenstein_gov_eea", "https://medienportal.regierung.li/thema/16840/30-years-of-eea-membership?id=233605 (joined the EEA on 1 May 1995)"),
}
EU_LOCATOR = "https://europa.eu/european-union/about-eu/countries_en, table 'Year of entry | Countries' (eu_eea_membership.csv, eu_entry_date)"

rows = []
with open("eu_eea_membership.csv", encoding="utf-8-sig") as f:
    for r in csv.DictReader(f):
        if r["eu_entry_date"]:
            left = r["eu_left_date"][:4]
            note = "EU membership; workers from states joining in 2004, 2007 and 2013 faced transitional restrictions for up to seven years"
            if left:
                note = "left the EU on " + r["eu_left_date"] + "; free movement continued to the end of the transition period (31 December 2020)"
            rows.append(["EU_EEA", "EU/EEA free movement", r["iso3"], r["eu_entry_date"][:4], left, "europa_eu_countries", EU_LOCATOR, note])
        elif r["eea_efta_state"] == "1":
            year, source, locator = EEA[r["iso3"]]
            rows.append(["EU_EEA", "EU/EEA free movement", r["iso3"], str(year), "", source, locator, "EEA EFTA state"])
rows.sort(key=lambda r: (r[0], r[2]))
with open("free_movement_membership.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["regime_code", "regime_name", "iso3", "from_year", "to_year", "source_id", "locator", "note"])
    w.writerows(rows)
