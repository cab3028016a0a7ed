"""Build killdeer/data/actors/people/{africa,middle_east,asia,oceania}.yaml
from the compact succession tables in scripts/people/src/*.txt.

DSL (one statement per line, '#' starts a comment):
  @ISO3                      current country
  ! Office name | SECTOR      start a succession chain for a single-holder office
  Name YYYY-MM-DD [END|null] [*]
                             holder; end defaults to the next holder's start
                             (null for the last one); '*' = acting ("Acting " + office)
  - YYYY-MM-DD               vacancy: close previous holder at that date
  = Name | aliases: a; b | wd: Q123 | country: ISO | nosurname
                             person metadata
  + Name | SECTOR | aliases: a; b
                             organisation (kind org) with default sector
  ~ Name | office | SECTOR | start | end
                             explicit role (end may be null)
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = Path(__file__).resolve().parent / "src"
OUT = ROOT / "killdeer/data/actors/people"
FILES = ["africa", "middle_east", "asia", "oceania"]

DATE = r"\d{4}-\d{2}-\d{2}"
HOLDER = re.compile(rf"^(.*?)\s+({DATE})(?:\s+({DATE}|null))?(\s+\*)?$")
EAST_ASIA = {"CHN", "TWN", "PRK", "KOR", "VNM", "HKG", "MNG", "SGP", "KHM", "MMR", "LAO"}
COMMON = {"ali", "khan", "ahmed", "ahmad", "mohammed", "muhammad", "mohamed", "hassan",
          "hussein", "abdullah", "singh", "kumar", "rahman", "hasan", "ibrahim", "musa",
          "salman", "zayed", "khalifa", "hamad", "thani", "saud", "sabah", "nahyan", "said",
          "omar", "osman", "yusuf", "yousef", "mahmoud", "abdi", "abdel", "sharif", "ahmadi",
          "jr.", "sr.", "ii", "iii", "ould", "shah", "islam", "haq", "aziz", "rashid",
          "faisal", "kabir", "bello", "baba", "mohamud", "mohammad", "nour", "adam", "john",
          "james", "peter", "paul", "david", "joseph", "george", "william", "thomas", "mark"}
# aliases never emitted: common words, first names, or ambiguous across actors
STOP = {"english", "jordan", "morocco", "christian", "nelson", "hill", "bishop", "moore", "smith",
        "scott", "carr", "burke", "clark", "taylor", "bryant", "marcus", "michel", "philip",
        "wagner", "costa", "junior", "júnior", "nova", "santos", "pereira", "rosa", "tito", "mills",
        "peters", "lowe", "stevens", "bullock", "howard", "reynolds", "payne", "johnston",
        "faulkner", "fischer", "pardo", "model", "fact", "let", "da", "aa", "pas", "ph", "pn", "ji",
        "tak", "hh", "sac", "blah", "tong", "wong", "yang", "rene", "rené", "mustafa", "amin",
        "ismail", "hamid", "habib", "mahmud", "salah", "sheikh", "al-sheikh", "umar", "jalil",
        "fayez", "ashraf", "asif", "mohamad", "nawaz", "patel", "dlamini", "bakary", "teodoro",
        "raka", "boko", "bashir", "al-bashir", "idris", "krishna", "gam", "kio", "ola", "hamada",
        "ahmed", "ali", "ahmad", "khan", "sharif", "rashid", "abdullah", "hussein", "hassan",
        "mohammed", "mohamed", "muhammad", "salem", "saleh", "aziz", "musa", "yusuf", "omar",
        "guterres", "araujo", "araújo"}
FOLD = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l",
                      "’": "'", "ʻ": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "ß": "ss", "æ": "ae"})


def fold(s):
    s = s.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Ent:
    def __init__(self, name, kind="person"):
        self.name, self.kind = name, kind
        self.aliases, self.wd, self.country, self.sector = [], None, None, None
        self.roles, self.nosurname = [], False


def parse(path, ents, errors):
    country, chain = None, None

    def ent(name, kind="person"):
        if name not in ents:
            ents[name] = Ent(name, kind)
        e = ents[name]
        if e.country is None:
            e.country = country
        return e

    def close_chain():
        if not chain:
            return
        holders = chain["holders"]
        for i, h in enumerate(holders):
            if h["end"] == "auto":
                h["end"] = holders[i + 1]["start"] if i + 1 < len(holders) else None
            ent(h["name"]).roles.append(
                {"office": ("Acting " + chain["office"]) if h["acting"] else chain["office"],
                 "country": chain["country"], "sector": chain["sector"],
                 "start": h["start"], "end": h["end"]})

    for ln, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip() if not raw.strip().startswith("=") else raw.strip()
        if line.startswith("="):
            line = line.split(" #", 1)[0].strip()
        if not line:
            continue
        where = f"{path.name}:{ln}"
        if line.startswith("@"):
            close_chain()
            chain = None
            country = line[1:].strip()
        elif line.startswith("!"):
            close_chain()
            office, sector = [x.strip() for x in line[1:].split("|")]
            chain = {"office": office, "sector": sector, "country": country, "holders": []}
        elif line.startswith("="):
            parts = [p.strip() for p in line[1:].split("|")]
            e = ent(parts[0])
            for p in parts[1:]:
                if p.startswith("aliases:"):
                    e.aliases += [a.strip() for a in p[8:].split(";") if a.strip()]
                elif p.startswith("wd:"):
                    e.wd = p[3:].strip()
                elif p.startswith("country:"):
                    e.country = p[8:].strip()
                elif p == "nosurname":
                    e.nosurname = True
                elif p.startswith("sector:"):
                    e.sector = p[7:].strip()
                else:
                    errors.append(f"{where}: bad meta {p!r}")
        elif line.startswith("+"):
            parts = [p.strip() for p in line[1:].split("|")]
            e = ent(parts[0], "org")
            e.kind = "org"
            e.sector = parts[1]
            for p in parts[2:]:
                if p.startswith("aliases:"):
                    e.aliases += [a.strip() for a in p[8:].split(";") if a.strip()]
                elif p.startswith("country:"):
                    e.country = p[8:].strip()
        elif line.startswith("~"):
            parts = [p.strip() for p in line[1:].split("|")]
            if len(parts) != 5:
                errors.append(f"{where}: bad role line")
                continue
            name, office, sector, start, end = parts
            ent(name).roles.append({"office": office, "country": country, "sector": sector,
                                    "start": start, "end": None if end == "null" else end})
        elif line.startswith("- "):
            d = line[2:].strip()
            if not chain or not chain["holders"] or chain["holders"][-1]["end"] != "auto":
                errors.append(f"{where}: stray vacancy")
                continue
            chain["holders"][-1]["end"] = d
        else:
            m = HOLDER.match(line)
            if not m or not chain:
                errors.append(f"{where}: cannot parse {line!r}")
                continue
            name, start, end, acting = m.groups()
            end = "auto" if end is None else (None if end == "null" else end)
            chain["holders"].append({"name": name.strip(), "start": start, "end": end,
                                     "acting": bool(acting)})
    close_chain()
    return country


def region_of(iso, regions):
    for r, codes in regions.items():
        if iso in codes:
            return r
    return None


def q(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    # optional: --skip GEO,ARM,AZE drops those countries (e.g. if another file covers them)
    skip = set()
    if "--skip" in sys.argv:
        skip = set(sys.argv[sys.argv.index("--skip") + 1].split(","))
    ents, errors = {}, []
    for f in FILES:
        src = SRC / f"{f}.txt"
        if not src.exists():
            continue
        local = {}
        parse(src, local, errors)
        for k, e in local.items():
            if e.country in skip:
                continue
            if k in ents:
                errors.append(f"duplicate entity across files: {k}")
            ents[k] = e
            e.file = f
    # surname aliases
    last = {}
    for e in ents.values():
        if e.kind != "person" or e.nosurname or e.country in EAST_ASIA:
            continue
        toks = e.name.split()
        if " of " in e.name or len(toks) < 2 or any(t.lower() in ("bin", "ibn", "bint", "bin.") for t in toks):
            continue
        s = toks[-1]
        last.setdefault(fold(s).lower().removeprefix("al-").removeprefix("el-"), []).append((e, s))
    manual = {}
    for e in ents.values():
        for a in [e.name] + e.aliases:
            manual.setdefault(fold(a).lower(), set()).add(e.name)
    for key, lst in last.items():
        if len(lst) != 1 or key in COMMON or len(key) < 4:
            continue
        if any(n != lst[0][0].name for n in manual.get(key, set()) | manual.get("al-" + key, set())):
            continue
        e, s = lst[0]
        e.aliases.append(s)
        for p in ("al-", "el-", "Al-", "El-"):
            if s.startswith(p):
                e.aliases.append(s[len(p):])
    out = {f: [] for f in FILES}
    for e in ents.values():
        al = []
        for a in [fold(e.name)] + e.aliases + [fold(a) for a in e.aliases]:
            if a != e.name and a not in al and a.lower() not in STOP:
                al.append(a)
        e.aliases = al
        e.roles.sort(key=lambda r: (r["start"], r["office"]))
        for r in e.roles:
            if r["end"] and r["end"] < r["start"]:
                errors.append(f"{e.name}: end<start {r}")
        out[e.file].append(e)
    for f, lst in out.items():
        lst.sort(key=lambda e: (e.country or "", e.roles[0]["start"] if e.roles else "0000", e.name))
        lines = [f"# killdeer dated actor dictionary: {f} (generated by scripts/people/build.py)",
                 "# ELI is derived by the loader once all GOV/MIL/LEG/JUD roles have ended."]
        for e in lst:
            lines.append(f"- name: {q(e.name)}")
            if e.wd:
                lines.append(f"  wikidata: {e.wd}")
            if e.aliases:
                lines.append("  aliases: [" + ", ".join(q(a) for a in e.aliases) + "]")
            lines.append(f"  kind: {e.kind}")
            lines.append(f"  country: {e.country}")
            lines.append(f"  sector: {e.sector if e.sector else 'null'}")
            if e.roles:
                lines.append("  roles:")
                for r in e.roles:
                    lines.append("    - {{office: {}, country: {}, sector: {}, start: {}, end: {}}}".format(
                        q(r["office"]), r["country"], r["sector"], r["start"], r["end"] or "null"))
            else:
                lines.append("  roles: []")
        (OUT / f"{f}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for err in errors:
        print("ERROR", err, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
