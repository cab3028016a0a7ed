"""Validate the Americas/Europe/international people files:
parse, dates, no end<start, no overlapping holders of one office, no duplicate names,
no alias shared by two entries.  Usage: python scripts/people/check_west.py"""
import collections
import datetime
import pathlib
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2] / "killdeer" / "data" / "actors" / "people"
FILES = sys.argv[1:] or ["americas", "europe", "international"]
SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "CRM", "REB", "PRM", "OPP", "PTY", "BUS", "SPY", "PRE", "REL",
           "CVL", "SOC", None}
LIMIT = datetime.date(2026, 11, 30)
errs = []
holders = collections.defaultdict(list)
names = collections.Counter()
alias_own = collections.defaultdict(set)
for f in FILES:
    data = yaml.safe_load((ROOT / f"{f}.yaml").read_text(encoding="utf-8")) or []
    nrole = 0
    for e in data:
        names[e["name"]] += 1
        if e["kind"] not in ("person", "org"):
            errs.append(f"{f}: bad kind {e['name']}")
        if not isinstance(e.get("country"), str) or len(e["country"]) != 3:
            errs.append(f"{f}: bad country {e['name']} {e.get('country')}")
        for a in e.get("aliases") or []:
            alias_own[a.lower()].add(e["name"])
        if e.get("sector") not in SECTORS:
            errs.append(f"{f}: bad sector {e['name']} {e.get('sector')}")
        for r in e.get("roles") or []:
            nrole += 1
            s, en = r["start"], r["end"]
            if not isinstance(s, datetime.date) or (en is not None and not isinstance(en, datetime.date)):
                errs.append(f"{f}: bad date {e['name']} {r}")
                continue
            if r["sector"] not in SECTORS - {None, "BUS", "REL", "CVL", "SOC"}:
                errs.append(f"{f}: bad role sector {e['name']} {r}")
            if en is not None and en < s:
                errs.append(f"{f}: end<start {e['name']} {r}")
            if s > LIMIT or (en and en > LIMIT):
                errs.append(f"{f}: future date {e['name']} {r}")
            holders[r["office"]].append((s, en or datetime.date(9999, 1, 1), e["name"]))
    print(f"{f}: {len(data)} entries ({sum(e['kind']=='person' for e in data)} persons, "
          f"{sum(e['kind']=='org' for e in data)} orgs), {nrole} roles")
for off, hs in holders.items():
    hs.sort()
    for i in range(len(hs)):
        for j in range(i + 1, len(hs)):
            a, b = hs[i], hs[j]
            if b[0] >= a[1]:
                break
            errs.append(f"overlap in {off!r}: {a[2]} {a[0]}..{a[1]} / {b[2]} {b[0]}..{b[1]}")
lower_names = {n.lower(): n for n in names}
for n, c in names.items():
    if c > 1:
        errs.append(f"duplicate entry name {n}")
for a, owners in alias_own.items():
    if len(owners) > 1:
        errs.append(f"alias {a!r} shared by {sorted(owners)}")
    if a in lower_names and lower_names[a] not in owners:
        errs.append(f"alias {a!r} of {sorted(owners)} equals entry name {lower_names[a]}")
for e in errs:
    print("ERROR", e)
print(len(errs), "errors")
sys.exit(1 if errs else 0)
