"""Validate killdeer/data/actors/people/*.yaml: parse, required fields, dates,
no end < start, no overlapping holders of one single-holder office."""
import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
FILES = sys.argv[1:] or ["africa", "middle_east", "asia", "oceania"]
SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "CRM", "REB", "PRM", "OPP", "PTY"}
FAR = dt.date(9999, 1, 1)
errs, warn = [], []
offices = defaultdict(list)
names = {}
for f in FILES:
    p = ROOT / f"killdeer/data/actors/people/{f}.yaml"
    data = yaml.safe_load(p.read_text(encoding="utf-8"))
    nroles = 0
    for e in data:
        n = e["name"]
        if n in names:
            errs.append(f"duplicate name {n} ({names[n]}, {f})")
        names[n] = f
        if e.get("kind") not in ("person", "org"):
            errs.append(f"{n}: bad kind")
        if not isinstance(e.get("country"), str) or len(e["country"]) != 3:
            errs.append(f"{n}: bad country {e.get('country')}")
        if e.get("sector") not in SECTORS | {None}:
            errs.append(f"{n}: bad default sector {e.get('sector')}")
        if e["kind"] == "org" and not e.get("sector"):
            errs.append(f"{n}: org without sector")
        for r in e.get("roles") or []:
            nroles += 1
            s, en = r["start"], r["end"]
            if not isinstance(s, dt.date) or (en is not None and not isinstance(en, dt.date)):
                errs.append(f"{n}: non-date in {r}")
                continue
            if r["sector"] not in SECTORS:
                errs.append(f"{n}: bad sector {r}")
            if en and en < s:
                errs.append(f"{n}: end<start {r}")
            if s > dt.date(2026, 11, 30) or (en and en > dt.date(2026, 11, 30)):
                errs.append(f"{n}: future date {r}")
            offices[r["office"]].append((s, en or FAR, n))
    print(f"{f}: {len(data)} entries, {nroles} roles, "
          f"{sum(e['kind']=='person' for e in data)} persons, {sum(e['kind']=='org' for e in data)} orgs")
for off, lst in offices.items():
    lst.sort()
    for (s1, e1, n1), (s2, e2, n2) in zip(lst, lst[1:], strict=False):
        if s2 < e1:
            errs.append(f"overlap in {off!r}: {n1} {s1}..{e1} vs {n2} {s2}..{e2}")
for e in errs:
    print("ERROR", e)
print(f"{len(errs)} errors")
sys.exit(1 if errs else 0)
