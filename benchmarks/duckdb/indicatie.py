#!/usr/bin/env python3
"""What an analyst would write instead of `lea indicatie`: DuckDB's read_json and one GROUP BY.

Usage: indicatie.py FILE (--definitie INDICATOR | --breedte 3)
Prints CSV: definition number, gemeente, doelgroeppeuters, bereikte doelgroeppeuters (gemeenten
without doelgroeppeuters may be left out). A definition is one clause: a toddler of ve age
(30..47 months) with all of its indicators.
"""
import itertools
import sys

import duckdb

INDICATOREN = ["OPLEIDINGSNIVEAU_OUDERS", "ACHTERSTAND_CONSULTATIEBUREAU", "ACHTERSTAND_KINDERDAGVERBLIJF",
               "HERKOMST_KIND", "HERKOMST_OUDERS", "JAREN_IN_NEDERLAND", "THUISTAAL", "KIND_VAN_INBURGERAAR",
               "KIND_IN_AZC"]


def definities(args):
    if args[0] == "--definitie":
        return [args[1].split("&")]
    k = int(args[1])
    return [list(c) for n in range(1, k + 1) for c in itertools.combinations(INDICATOREN, n)]


def main():
    bestand, defs = sys.argv[1], definities(sys.argv[2:])
    bron = f"read_json('{bestand}', format = 'newline_delimited')"
    ve = "leeftijdInMaanden >= 30 AND leeftijdInMaanden < 48"
    uit = sys.stdout
    if len(defs) == 1:
        # One definition: one GROUP BY with two filtered counts.
        lijst = "[" + ", ".join("'" + x.strip() + "'" for x in defs[0]) + "]"
        doel = f"{ve} AND list_has_all(indicatoren, {lijst})"
        sql = (f"SELECT 0, gemeente, count(*) FILTER (WHERE {doel}), count(*) FILTER (WHERE {doel} AND veDeelname) "
               f"FROM {bron} GROUP BY gemeente ORDER BY gemeente")
    else:
        # Many: count the toddlers of ve age per gemeente and indicator list once, then join the definitions.
        waarden = ", ".join(f"({i}, [" + ", ".join("'" + x + "'" for x in d) + "])" for i, d in enumerate(defs))
        sql = (f"WITH t AS (SELECT gemeente, indicatoren, veDeelname, count(*) AS n FROM {bron} WHERE {ve} GROUP BY ALL), "
               f"d AS (SELECT * FROM (VALUES {waarden}) v(i, def)) "
               "SELECT d.i, t.gemeente, sum(n), coalesce(sum(n) FILTER (WHERE veDeelname), 0) "
               "FROM t JOIN d ON list_has_all(t.indicatoren, d.def) GROUP BY ALL ORDER BY 1, 2")
    for rij in duckdb.sql(sql).fetchall():
        uit.write(",".join(str(x) for x in rij) + "\n")


if __name__ == "__main__":
    main()
