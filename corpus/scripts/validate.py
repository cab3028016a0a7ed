#!/usr/bin/env python3
"""Validate killdeer corpus JSONL files (corpus/events_*.jsonl).

Checks: each line is JSON; required keys; categories/modes valid per
shared/ontology/plover.json; contexts valid; aux in the allowed set;
trigger/actor/recipient are exact substrings of text (trigger_index, when
given, must point at the trigger); ids unique across all files given.
Prints counts per category, category/mode, aux, and negatives.

Usage: python corpus/scripts/validate.py [FILE ...]   (default: corpus/events_*.jsonl)
"""
from __future__ import annotations

import collections
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
AUX = {"negation", "hypothetical", "historical", "future"}


def find_ontology() -> dict:
    cands = [os.environ.get("PLOVER_JSON", ""),
             os.path.join(ROOT, "killdeer", "data", "plover.json"),
             os.path.join(ROOT, "..", "shared", "ontology", "plover.json")]
    for c in cands:
        if c and os.path.exists(c):
            with open(c, encoding="utf-8") as f:
                return json.load(f)
    sys.exit("plover.json not found (set PLOVER_JSON)")


def main(argv: list[str]) -> int:
    onto = find_ontology()
    cats = {c: set((v.get("modes") or {}).keys()) for c, v in onto["categories"].items()}
    ctxs = set(onto["contexts"].keys())
    files = argv or sorted(glob.glob(os.path.join(ROOT, "corpus", "events_*.jsonl")))
    ids: dict[str, str] = {}
    errors: list[str] = []
    n_lines = 0
    cat_pos = collections.Counter()      # sentences with a plain (no aux) event of the category
    cat_all = collections.Counter()      # events of the category, any aux
    mode_pos = collections.Counter()
    aux_c = collections.Counter()
    n_empty = 0
    n_neg_like = 0                       # sentences with no plain event (empty, or only aux-marked)
    per_file = collections.Counter()
    for path in files:
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{os.path.basename(path)}:{ln}"
                n_lines += 1
                per_file[os.path.basename(path)] += 1
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{where}: bad JSON: {e}")
                    continue
                rid, text, evs = r.get("id"), r.get("text"), r.get("events")
                if not isinstance(rid, str) or not rid:
                    errors.append(f"{where}: missing id")
                elif rid in ids:
                    errors.append(f"{where}: duplicate id {rid} (also {ids[rid]})")
                else:
                    ids[rid] = where
                if not isinstance(text, str) or not text.strip():
                    errors.append(f"{where}: missing text")
                    continue
                if not isinstance(evs, list):
                    errors.append(f"{where}: events must be a list")
                    continue
                if not evs:
                    n_empty += 1
                    if not r.get("note"):
                        errors.append(f"{where}: empty events without a note")
                plain_cats = set()
                for k, e in enumerate(evs):
                    w = f"{where} ev{k}"
                    cat = e.get("event")
                    if cat not in cats:
                        errors.append(f"{w}: unknown category {cat!r}")
                        continue
                    modes = e.get("mode") or []
                    for m in modes:
                        if m not in cats[cat]:
                            errors.append(f"{w}: mode {m!r} not valid for {cat}")
                    for c in e.get("context") or []:
                        if c not in ctxs:
                            errors.append(f"{w}: unknown context {c!r}")
                    aux = e.get("aux") or []
                    for a in aux:
                        if a not in AUX:
                            errors.append(f"{w}: unknown aux {a!r}")
                        aux_c[a] += 1
                    trig = e.get("trigger")
                    if not isinstance(trig, str) or not trig or trig not in text:
                        errors.append(f"{w}: trigger {trig!r} not in text")
                    elif "trigger_index" in e:
                        ti = e["trigger_index"]
                        if not isinstance(ti, int) or text[ti:ti + len(trig)] != trig:
                            errors.append(f"{w}: trigger_index {ti} does not point at {trig!r}")
                    actors = e.get("actor") or []
                    if not actors and e.get("actor_sector") != "UAF":
                        errors.append(f"{w}: no actor")  # only an unidentified attacker (UAF) may be unnamed
                    for a in actors + (e.get("recipient") or []):
                        if not isinstance(a, str) or a not in text:
                            errors.append(f"{w}: entity {a!r} not in text")
                    cat_all[cat] += 1
                    if not aux:
                        plain_cats.add(cat)
                        for m in modes:
                            mode_pos[(cat, m)] += 1
                for c in plain_cats:
                    cat_pos[c] += 1
                if not plain_cats:
                    n_neg_like += 1
    print(f"files: {dict(per_file)}")
    print(f"sentences: {n_lines}; empty-event sentences: {n_empty}; "
          f"sentences without any plain (non-aux) event: {n_neg_like}")
    print("\ncategory: sentences with plain event / all events")
    for c in cats:
        if cat_all[c]:
            print(f"  {c:10s} {cat_pos[c]:5d} / {cat_all[c]:5d}")
    print("\nmode counts (plain events):")
    for (c, m), n in sorted(mode_pos.items()):
        print(f"  {c:10s} {m:15s} {n:5d}")
    print("\naux counts:", dict(aux_c))
    if errors:
        print(f"\n{len(errors)} ERRORS:")
        for e in errors[:200]:
            print("  " + e)
        return 1
    print("\nOK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
