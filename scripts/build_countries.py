"""Build or refresh ``killdeer/data/actors/countries.yaml`` from pycountry.

Adds a skeleton entry (code, iso3, name, ISO names as aliases) for every ISO 3166 country
missing from the file, folds dependencies into their controlling state (PLOVER §9), and keeps
every hand-made field of existing entries. Run: ``python scripts/build_countries.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pycountry
import yaml

OUT = Path(__file__).resolve().parent.parent / "killdeer" / "data" / "actors" / "countries.yaml"

# Dependencies folded into the controlling state (PLOVER §9); ATA/HKG/PSE stay separate.
FOLDED: dict[str, str] = {
    "ABW": "NLD",
    "AIA": "GBR",
    "ALA": "FIN",
    "ASM": "USA",
    "ATF": "FRA",
    "BES": "NLD",
    "BLM": "FRA",
    "BMU": "GBR",
    "BVT": "NOR",
    "CCK": "AUS",
    "COK": "NZL",
    "CUW": "NLD",
    "CXR": "AUS",
    "CYM": "GBR",
    "FLK": "GBR",
    "FRO": "DNK",
    "GGY": "GBR",
    "GIB": "GBR",
    "GLP": "FRA",
    "GRL": "DNK",
    "GUF": "FRA",
    "GUM": "USA",
    "HMD": "AUS",
    "IMN": "GBR",
    "IOT": "GBR",
    "JEY": "GBR",
    "MAC": "CHN",
    "MAF": "FRA",
    "MNP": "USA",
    "MSR": "GBR",
    "MTQ": "FRA",
    "MYT": "FRA",
    "NCL": "FRA",
    "NFK": "AUS",
    "NIU": "NZL",
    "PCN": "GBR",
    "PRI": "USA",
    "PYF": "FRA",
    "REU": "FRA",
    "SGS": "GBR",
    "SHN": "GBR",
    "SJM": "NOR",
    "SPM": "FRA",
    "SXM": "NLD",
    "TCA": "GBR",
    "TKL": "NZL",
    "UMI": "USA",
    "VGB": "GBR",
    "VIR": "USA",
    "WLF": "FRA",
    "ESH": "MAR",
}

FIELDS = (
    "code",
    "iso3",
    "name",
    "wikidata",
    "sectors",
    "aliases",
    "demonyms",
    "capitals",
    "metonyms",
    "note",
)


def skeleton(country: Any) -> dict[str, Any]:
    """A minimal entry for one pycountry record."""
    name = getattr(country, "common_name", None) or country.name
    aliases = [n for n in (country.name, getattr(country, "official_name", None)) if n and n != name]
    return {
        "code": FOLDED.get(country.alpha_3, country.alpha_3),
        "iso3": country.alpha_3,
        "name": name,
        "aliases": aliases,
    }


def _scalar(value: Any) -> str:
    return (
        yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10_000)
        .strip()
        .removesuffix("...")
        .strip()
    )


def dump(entries: list[dict[str, Any]]) -> str:
    """YAML text: one block per entry, lists in flow style (stable, diff-friendly)."""
    lines = [
        "# Countries, dependencies and partially recognized entities (PLOVER §9).",
        "# code: PLOVER country code; iso3: ISO 3166 alpha-3 (null for non-ISO entities);",
        "# metonyms: [text, sector] pairs (sector may be null). Built by scripts/build_countries.py,",
        "# enriched by hand: the script keeps hand-made fields.",
        "# Dependencies keep their iso3 but carry the controlling state's code (PLOVER folds them);",
        "# partially recognized entities: claimant's code + sectors [PRE]. Decisions: bare 'Congo' = COD;",
        "# Jerusalem and Tel Aviv = ISR; England/Scotland/Wales = GBR; Gaza/West Bank = PSE;",
        "# 'Brussels' is the EU (international.yaml); regions and 'the West' are not countries.",
        "countries:",
    ]
    for entry in entries:
        first = True
        for key in FIELDS + tuple(k for k in entry if k not in FIELDS):
            if key not in entry or entry[key] in (None, [], "") and key not in ("code", "iso3", "name"):
                continue
            lines.append(f"{'  - ' if first else '    '}{key}: {_scalar(entry[key])}")
            first = False
    return "\n".join(lines) + "\n"


def main(out: Path = OUT) -> int:
    existing: list[dict[str, Any]] = []
    if out.exists():
        existing = (yaml.safe_load(out.read_text("utf-8")) or {}).get("countries", [])
    known = {e.get("iso3") for e in existing}
    for country in pycountry.countries:
        if country.alpha_3 not in known:
            existing.append(skeleton(country))
    existing.sort(key=lambda e: (e.get("iso3") is None, e.get("iso3") or "", e["name"]))
    out.write_text(dump(existing), "utf-8")
    print(f"{len(existing)} entries -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
