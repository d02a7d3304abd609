#!/usr/bin/env python3
"""Whole-process comparison of `./lea indicatie` with DuckDB (indicatie.py) on one register file.

Usage (from the repository root, after `pip install duckdb`):
  java -cp benchmarks/target/classes:lea-core/target/classes nl.lea.benchmarks.Registerbestand 1000000 /tmp/register.jsonl
  python3 benchmarks/duckdb/vergelijking.py /tmp/register.jsonl [--runs 5]

For each question (one definition; --breedte 3) it first checks that both give the same counts for
every gemeente and definition, then runs both RUNS times, interleaved, and prints the wall times
(median, min..max), the ratio of the medians and each process's peak RSS. Not part of mvn verify.
"""
import argparse
import csv
import io
import json
import os
import statistics
import subprocess
import sys
import time

HIER = os.path.dirname(os.path.abspath(__file__))
LEA = os.path.join(HIER, "..", "..", "lea")
DUCKDB = [sys.executable, os.path.join(HIER, "indicatie.py")]

VRAGEN = [("one definition (--definitie THUISTAAL)", ["--definitie", "THUISTAAL"]),
          ("129 definitions (--breedte 3)", ["--breedte", "3"])]


def draai(opdracht):
    """Runs a command; returns its wall time in seconds, peak RSS in MB and stdout."""
    begin = time.perf_counter()
    p = subprocess.Popen(opdracht, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    uit = p.stdout.read()
    fout = p.stderr.read()
    _, status, gebruik = os.wait4(p.pid, 0)
    duur = time.perf_counter() - begin
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(opdracht)} failed: {fout.decode(errors='replace')}")
    return duur, gebruik.ru_maxrss / 1024, uit


def lea_tellingen(uit):
    """(definition as a set of indicators, gemeente) -> counts; pairs without doelgroeppeuters left out."""
    data = json.loads(uit)
    delen = data["definities"] if "definities" in data else [data]
    tellingen = {}
    for d in delen:
        if "|" in d["definitie"]:
            sys.exit("only single-clause definitions are compared")
        sleutel = frozenset(x.strip() for x in d["definitie"].split("&"))
        for g in d["gemeenten"]:
            if g["doelgroeppeuters"] > 0:
                tellingen[(sleutel, g["code"])] = (g["doelgroeppeuters"], g["bereikteDoelgroeppeuters"])
    return tellingen


def duckdb_tellingen(uit, args):
    sys.path.insert(0, HIER)
    import indicatie
    defs = indicatie.definities(args)
    tellingen = {}
    for rij in csv.reader(io.StringIO(uit.decode())):
        if int(rij[2]) > 0:
            tellingen[(frozenset(x.strip() for x in defs[int(rij[0])]), rij[1])] = (int(rij[2]), int(rij[3]))
    return tellingen


def main():
    a = argparse.ArgumentParser()
    a.add_argument("bestand")
    a.add_argument("--runs", type=int, default=5)
    opties = a.parse_args()
    print(f"{opties.bestand}: {os.path.getsize(opties.bestand) / 1e6:.1f} MB, {opties.runs} interleaved runs each\n")
    print("| question | ./lea indicatie | DuckDB (Python, incl. start) | lea ÷ DuckDB | peak RSS lea / DuckDB |")
    print("|---|---|---|---|---|")
    for naam, args in VRAGEN:
        lea = [LEA, "indicatie", opties.bestand, *args, "--formaat", "json"]
        duck = [*DUCKDB, opties.bestand, *args]
        _, _, lea_uit = draai(lea)          # warm-up: page cache, lea's class-data archive
        _, _, duck_uit = draai(duck)
        l, d = lea_tellingen(lea_uit), duckdb_tellingen(duck_uit, args)
        if l != d:
            verschil = sorted(set(l.items()) ^ set(d.items()))[:5]
            sys.exit(f"{naam}: the counts differ, e.g. {verschil}")
        tijden = {"lea": [], "duck": []}
        rss = {"lea": [], "duck": []}
        for _ in range(opties.runs):
            for wie, opdracht in (("lea", lea), ("duck", duck)):
                t, m, _ = draai(opdracht)
                tijden[wie].append(t)
                rss[wie].append(m)
        ml, md = statistics.median(tijden["lea"]), statistics.median(tijden["duck"])
        print(f"| {naam} | {ml:.2f} s ({min(tijden['lea']):.2f}–{max(tijden['lea']):.2f}) "
              f"| {md:.2f} s ({min(tijden['duck']):.2f}–{max(tijden['duck']):.2f}) | **{ml / md:.2f}×** "
              f"| {max(rss['lea']):.0f} MB / {max(rss['duck']):.0f} MB |")
    print(f"\n(counts equal for every gemeente and definition: {len(l)} pairs in the last question)")


if __name__ == "__main__":
    main()
