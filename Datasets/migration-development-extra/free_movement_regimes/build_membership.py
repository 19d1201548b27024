"""Free-movement regime membership with years -> free_movement_membership.csv (Python 3 standard library only).

Columns: regime_code, regime_name, iso3, from_year, to_year, source_id, locator, note.
  from_year  year in which free movement of persons under the regime started to apply to that member (any day of
             that year); empty when no source read states it (the note says so).
  to_year    last year in which it applied (any day of that year); empty = still applies.
  source_id  the source of from_year (and to_year unless the note names another), described in
             free_movement_sources.csv (url, authority, what it states).
  locator    where in that source the year is stated.
EU entry years are read from eu_eea_membership.csv (parsed by build.py from the europa.eu table); every other year
below was read by hand in the stored page named by source_id (see SOURCES.md) and typed here. A year derived by a
rule (e.g. EEA = later of 1994 and the EEA enlargement year) names the rule in the note.
Run: python3 build_membership.py (two runs give byte-identical output).
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))

NAMES = {
    "EU": "European Union (free movement of persons)",
    "EEA": "European Economic Area (EEA Agreement)",
    "CH_EU_AFMP": "EU-Switzerland Agreement on the Free Movement of Persons",
    "EFTA_VADUZ": "EFTA Convention as revised in Vaduz (free movement among EFTA states)",
    "ECOWAS": "ECOWAS Protocol A/P1/5/79 on free movement of persons, residence and establishment",
    "MERCOSUR_RA": "MERCOSUR Residence Agreements (States Parties, Bolivia, Chile and adhering associates)",
    "GCC": "Gulf Cooperation Council (Economic Agreement 2001, equal treatment in movement and residence)",
    "TTTA": "Trans-Tasman Travel Arrangement",
    "CARICOM_CSME": "CARICOM Single Market and Economy (free movement of skilled nationals)",
    "EAC_CMP": "East African Community Common Market Protocol",
}

EU_LOCATOR = "table 'Year of entry | Countries', entry date {date} (raw/europa_eu_countries_year_of_entry_excerpt.txt)"
EU_NOTE = "EU entry year"
LATE_EU_NOTE = ("EU entry year; workers from this state faced transitional restrictions in some other member "
                "states for some years after entry (THELAWSTUDENT_EEA)")
GBR_EU_NOTE = ("left the EU on 2020-01-31 (EUROPA_EU_COUNTRIES); free movement continued in the transition period "
               "to 2020-12-31 (FREEMOVEMENT_UK_TRANSITION: Withdrawal Agreement Arts 126-127)")

A8 = ["CZE", "EST", "HUN", "LTU", "LVA", "POL", "SVK", "SVN"]  # the 2004 entrants other than Cyprus and Malta
EU10 = ["CYP", "CZE", "EST", "HUN", "LTU", "LVA", "MLT", "POL", "SVK", "SVN"]
EU15_2002 = ["AUT", "BEL", "DEU", "DNK", "ESP", "FIN", "FRA", "GBR", "GRC", "IRL", "ITA", "LUX", "NLD", "PRT", "SWE"]


def eu_rows(eu):
    out = []
    for iso3, r in sorted(eu.items()):
        year = int(r["eu_entry_date"][:4])
        to_year = r["eu_left_date"][:4] if r["eu_left_date"] else ""
        note = GBR_EU_NOTE if iso3 == "GBR" else (LATE_EU_NOTE if year >= 2007 or iso3 in A8 else EU_NOTE)
        out.append(("EU", iso3, year, to_year, "EUROPA_EU_COUNTRIES",
                    EU_LOCATOR.format(date=r["eu_entry_date"]), note))
    return out


def eea_rows(eu):
    """EU members join the EEA under Art. 128; EEA EFTA states as their own sources say."""
    out = []
    for iso3, r in sorted(eu.items()):
        entry = int(r["eu_entry_date"][:4])
        to_year = "2020" if iso3 == "GBR" else ""
        if iso3 in ("AUT", "FIN", "SWE"):
            out.append(("EEA", iso3, 1994, "", "DICLIB_EEA_1994",
                        "'The EEA, which became effective in January 1994, consists of Austria, Finland, Iceland, "
                        "Norway, Sweden and the 12 member nations'",
                        "EEA party as an EFTA state from 1994, EU member from 1995 (secondary source)"))
        elif entry < 1994:
            out.append(("EEA", iso3, 1994, to_year, "EFTA_LIE_EEA_25Y", "'The EEA entered into force on 1 January 1994'",
                        "EU member before 1994: EEA from its entry into force" + (
                            "; UK treated as an EEA State until the end of the transition period, 2020-12-31 "
                            "(FREEMOVEMENT_UK_TRANSITION, XPERTHR_UK_END_FM)" if iso3 == "GBR" else "")))
        elif iso3 in EU10:
            out.append(("EEA", iso3, 2004, "", "EFTA_EEA_ENLARGEMENT",
                        "'EEA Enlargement Agreement was provisionally applicable as of 1 May 2004'",
                        "in force 2005-12-06; transitional restrictions on workers possible"))
        elif iso3 in ("BGR", "ROU"):
            out.append(("EEA", iso3, 2007, "", "EFTA_EEA_ENLARGEMENT",
                        "'provisionally applicable as of 1 August 2007'",
                        "EU member from 2007-01-01, EEA from 2007-08-01; in force 2011-11-09; transitional "
                        "restrictions on workers possible"))
        elif iso3 == "HRV":
            out.append(("EEA", iso3, 2014, "", "EFTA_EEA_ENLARGEMENT",
                        "'The EEA Enlargement Agreement is provisionally applicable as of 12 April 2014'",
                        "EU member from 2013-07-01 but EEA only from 2014-04-12 (provisional, pending ratification); "
                        "transitional restrictions on workers possible"))
        else:
            raise SystemExit("no EEA rule for " + iso3)
    out += [
        ("EEA", "ISL", 1994, "", "EFTA_LIE_EEA_25Y", "'The EEA entered into force on 1 January 1994'",
         "EEA EFTA state (FMH_EEA: in force 1 January 1994 for Iceland and Norway)"),
        ("EEA", "NOR", 1994, "", "EFTA_LIE_EEA_25Y", "'The EEA entered into force on 1 January 1994'",
         "EEA EFTA state (FMH_EEA: in force 1 January 1994 for Iceland and Norway)"),
        ("EEA", "LIE", 1995, "", "EFTA_LIE_EEA_25Y", "'On 1 May 1995, Liechtenstein became a member of the EEA'",
         "FMH_EEA says 1 January 1995 (same year); Liechtenstein keeps the right to restrict movement into its own "
         "territory (FMH_EEA), so inward free movement to LIE is limited"),
    ]
    return out


def afmp_rows():
    out = [("CH_EU_AFMP", "CHE", 2002, "", "SEM_AFMP", "'Agreement on the Free Movement of Persons, which came into "
            "force on 1 June 2002'", "Switzerland, the non-EU party")]
    for iso3 in EU15_2002:
        out.append(("CH_EU_AFMP", iso3, 2002, "2020" if iso3 == "GBR" else "", "SEM_AFMP",
                    "'came into force on 1 June 2002'",
                    ("EU member when the AFMP entered into force; AFMP no longer applies to UK nationals "
                     "(SEM_AFMP_UK, no date); free movement between the UK and Switzerland ended with the transition "
                     "period, last year 2020 (XPERTHR_UK_END_FM)") if iso3 == "GBR" else
                    "EU member when the AFMP entered into force"))
    for iso3 in EU10:
        out.append(("CH_EU_AFMP", iso3, 2006, "", "SEM_AFMP", "'The protocol came into force on 1 April 2006' "
                    "(additional protocol for the ten 2004 entrants)",
                    "EDA_AFMP: extended in 2006; gradual transition, unrestricted for the EU-8 from 2011-05-01 "
                    "(Cyprus and Malta with the EU-17)"))
    for iso3 in ("BGR", "ROU"):
        out.append(("CH_EU_AFMP", iso3, 2009, "", "SEM_AFMP", "Protocol II (Romania, Bulgaria): 'The protocol came "
                    "into force on 1 June 2009'", "EDA_AFMP: extended in 2009; restrictions until 2016-05-31"))
    out.append(("CH_EU_AFMP", "HRV", 2017, "", "EDA_AFMP", "'On 1 January 2017, the AFMP was extended to Croatia'",
                "Protocol III; quotas and work permits in a transition; safeguard quotas reintroduced 2023-2024"))
    return out


def efta_rows():
    return [("EFTA_VADUZ", iso3, 2002, "", "EFTA_VADUZ", "'signed on 21 June 2001 and entered into force on 1 June "
             "2002'; new provisions include 'the free movement of persons'",
             "specific arrangements between Switzerland and Liechtenstein (SECO_EFTA_CONVENTION)"
             if iso3 in ("CHE", "LIE") else "EFTA member state")
            for iso3 in ("CHE", "ISL", "LIE", "NOR")]


ECOWAS_1975 = ["BEN", "BFA", "CIV", "GMB", "GHA", "GIN", "GNB", "LBR", "MLI", "MRT", "NER", "NGA", "SLE", "SEN", "TGO"]


def ecowas_rows():
    """Members read in RELIEFWEB_ECOWAS; no start year (see SECOND-READING.md).

    The only page that gave a year (ALLAFRICA_ECOWAS_2008: phase I 'ratified by member states in 1980 and became
    effective') could not be read at the second reading, and no other page read states when the 1979 protocol
    entered into force or started to apply, so from_year is left empty rather than kept as an unconfirmed year.
    """
    loc = ("Treaty of Lagos 28 May 1975 'signed by the 15 Heads of State and government of Benin, Burkina Faso, "
           "... Togo'")
    base = ("year not found: protocol A/P1/5/79 adopted May 1979 (UNECA_ECOWAS_FM), no page readable at the second "
            "reading (2026-11-29) states when it entered into force or started to apply; the former year 1980 rested "
            "only on ALLAFRICA_ECOWAS_2008, not readable then; residence and establishment phases implemented "
            "unevenly (FMH_ECOWAS, UNECA_ECOWAS_FM)")
    out = []
    for iso3 in ECOWAS_1975:
        note = base
        to_year = ""
        if iso3 == "MRT":
            to_year = "2000"
            note = base + "; founding member, withdrew in December 2000 (RELIEFWEB_ECOWAS, CFCOMLAW_ECOWAS)"
        elif iso3 in ("BFA", "MLI", "NER"):
            note = base + ("; withdrawal from ECOWAS effective 2025-01-29, but ECOWAS asked members to keep "
                           "visa-free movement, residence and establishment for its citizens 'until further notice' "
                           "(PUNCH_ECOWAS_2025), so to_year is left empty")
        out.append(("ECOWAS", iso3, "", to_year, "RELIEFWEB_ECOWAS", loc, note))
    out.append(("ECOWAS", "CPV", "", "", "RELIEFWEB_ECOWAS", "'Cabo Verde joined the union in 1977'",
                base + "; joined ECOWAS in 1976 (CFCOMLAW_ECOWAS) or 1977 (RELIEFWEB_ECOWAS)"))
    return out


def mercosur_rows():
    loc = "timeline: '2009 Entry into force of the MERCOSUR Residence Agreement on 28 July'"
    out = [("MERCOSUR_RA", iso3, 2009, "", "FMH_MERCOSUR", loc, "MERCOSUR State Party; ILO_MIGPRACTICE_187: "
            "'In force since 2009'") for iso3 in ("ARG", "BRA", "PRY", "URY")]
    for iso3 in ("BOL", "CHL"):
        out.append(("MERCOSUR_RA", iso3, 2009, "", "FMH_SOUTH_AMERICA",
                    "'after the MERCOSUR Residence Agreements were put into effect in 2009'",
                    "party to the Residence Agreement for MERCOSUR, Bolivia and Chile (FMH_MERCOSUR_BOL_CHL); "
                    "IOM_INNOVAMIGRACION: entered into force in 2009" + (
                        "; Chile does not apply it to nationals of Colombia, Ecuador or Peru" if iso3 == "CHL" else "")))
    out.append(("MERCOSUR_RA", "PER", 2011, "", "FMH_ARG_PER",
                "'On 28 June 2011, Peru acceded to the MERCOSUR Residence Agreement, Bolivia and Chile'",
                "accession date; Chile does not apply the agreement to Peruvians (FMH_MERCOSUR_BOL_CHL)"))
    for iso3, name in (("COL", "Colombia"), ("ECU", "Ecuador")):
        out.append(("MERCOSUR_RA", iso3, "", "", "FMH_MERCOSUR_BOL_CHL",
                    "'As of 1 January 2024, Colombia, Ecuador, and Peru have ratified the MERCOSUR Residence Agreement'",
                    "year not found: no page read states when " + name + " adhered or when the agreement started "
                    "to apply to it; participant per GFMD_PFP_10502 (2018) and IOM_INNOVAMIGRACION; Chile does not "
                    "apply the agreement to its nationals" + (
                        "; Colombia stopped granting it to Chileans in 2019" if iso3 == "COL" else "")))
    return out


def gcc_rows():
    return [("GCC", iso3, 2003, "", "FMH_GCC", "'The Agreement, which came into force on 1 January 2003, guarantees "
             "intra-regional freedom of movement and residence' (Economic Agreement 2001, Art. 3)",
             "citizens only; implementation rules left open; the GCC common market was launched on 2008-01-01 "
             "(BBC_GCC_2008)") for iso3 in ("ARE", "BHR", "KWT", "OMN", "QAT", "SAU")]


def ttta_rows():
    return [("TTTA", iso3, 1973, "", "FMH_AUS_NZL", "'Introduced in 1973' (WIKI_TTTA: announced 4 February 1973)",
             "not a binding treaty; since 2001 Australia limits New Zealanders' access to permanent residence and "
             "welfare") for iso3 in ("AUS", "NZL")]


def csme_rows():
    out = []
    for iso3 in ("BRB", "BLZ", "GUY", "JAM", "SUR", "TTO"):
        out.append(("CARICOM_CSME", iso3, 2006, "", "JIS_CSM_2006", "'On January 1, 2006, Barbados, Belize, Guyana, "
                    "Jamaica, Suriname and Trinidad and Tobago became the first CARICOM countries to enter into the "
                    "Single Market'", "free movement limited to categories of skilled nationals (FMH_CARICOM)"))
    for iso3 in ("ATG", "DMA", "GRD", "KNA", "LCA", "VCT"):
        out.append(("CARICOM_CSME", iso3, 2006, "", "CARICOM_CSME_IMPL", "'would be fully compliant by 30 June 2006'; "
                    "EXPLAINED_CSME: full members 'On 3 July 2006'",
                    "free movement limited to categories of skilled nationals (FMH_CARICOM)"))
    return out


def eac_rows():
    loc = "'It entered into force on 1 July 2010, following ratification by all the five partners States'"
    out = [("EAC_CMP", iso3, 2010, "", "MEACA_EAC_CM", loc, "founding Partner State of the Common Market (EACJ_CMP "
            "preamble)") for iso3 in ("BDI", "KEN", "RWA", "TZA", "UGA")]
    out += [
        ("EAC_CMP", "SSD", "", "", "RADIOTAMAZUJ_SSD_EAC", "EAC summit approved South Sudan's membership",
         "year not found: joined the EAC later (year not stated in the text read); no page read states when the "
         "Common Market Protocol started to apply to South Sudan"),
        ("EAC_CMP", "COD", "", "", "VON_SOM_EAC", "'The DRC was the last member to join the regional organisation, "
         "in 2022'", "year not found: joined the EAC in 2022; no page read states when the Common Market Protocol "
         "started to apply to the DRC"),
        ("EAC_CMP", "SOM", "", "", "DIRAMAKINI_SOM_EAC", "Summit of 24 November 2023 'resolved to admit Somalia as a "
         "full member'", "year not found: admitted 2023, accession treaty and ratification to follow; no page read "
         "states when the Common Market Protocol started to apply to Somalia"),
    ]
    return out


def main():
    eu = {}
    with open(os.path.join(HERE, "eu_eea_membership.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["eu_entry_date"]:
                eu[r["iso3"]] = r
    rows = (eu_rows(eu) + eea_rows(eu) + afmp_rows() + efta_rows() + ecowas_rows() + mercosur_rows() + gcc_rows()
            + ttta_rows() + csme_rows() + eac_rows())
    sources = set()
    with open(os.path.join(HERE, "free_movement_sources.csv"), encoding="utf-8") as f:
        sources = {r["source_id"] for r in csv.DictReader(f)}
    seen = set()
    for r in rows:
        if r[4] not in sources:
            raise SystemExit("unknown source_id " + r[4])
        if (r[0], r[1]) in seen:
            raise SystemExit("duplicate " + r[0] + " " + r[1])
        seen.add((r[0], r[1]))
    with open(os.path.join(HERE, "free_movement_membership.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        # partner_iso3: the one country a member's free movement under the regime is with. The
        # EU-Switzerland agreement gives free movement between each EU state and Switzerland, not
        # among EU states (the EU gives that), so its EU rows name CHE; multilateral regimes leave it empty.
        w.writerow(["regime_code", "regime_name", "iso3", "from_year", "to_year", "source_id", "locator", "note", "partner_iso3"])
        for code, iso3, y0, y1, sid, loc, note in rows:
            partner = "CHE" if code == "CH_EU_AFMP" and iso3 != "CHE" else ""
            w.writerow([code, NAMES[code], iso3, y0, y1, sid, loc, note, partner])
    counts = {}
    for r in rows:
        counts[r[0]] = counts.get(r[0], 0) + 1
    print(len(rows), "rows;", counts)
    print("empty from_year:", [(r[0], r[1]) for r in rows if r[2] == ""])


if __name__ == "__main__":
    main()
