"""Generate killdeer/data/actors/people/{americas,europe,international}.yaml
from compact succession tables in scripts/people/data_*.py.

Table format (see data_*.py):
  O(office, country, text, sector="GOV")  text lines: "START END Name" (END '-' = null)
  P(name, aliases="A|B", wd=None, country=None, sector=None)   person metadata
  R(name, office, country, sector, start, end)                 single extra role
  ORG(name, country, sector, aliases="A|B", wd=None)
Aliases: one-word aliases equal to another person's surname are dropped (ambiguous); prefix "!"
to force one ("!Milei"). No surname aliases are generated: the loader derives surnames itself.
Run:  python scripts/people/gen_west.py
"""
import importlib.util
import pathlib
import sys
from collections import defaultdict

import yaml

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "killdeer" / "data" / "actors" / "people"

# surnames that are ordinary English words / places / very common names: never auto-alias
STOP = set("""May Brown Young Rice Power Major Hunt Straw Fox Gates Costa Dan Mark Love Rich Long
Little Short Wise King Bishop Noble Stone Hill Wood Church Lord Green Black White Grant Page Cook
Baker Frank Said Reid Austin Lagos Santos Toledo García Lugo Peña Vázquez Ali Henry Patterson
Mitchell Harris Davis Barrow Montenegro Philippe Michel Sánchez Hernández Rodríguez González
Fernández López Martínez Pérez Gómez Díaz Silva Jones Smith Johnson Miller Wilson Moore Taylor
Martin Lee Clark Lewis Allen Scott Adams Nelson Carter Turner Parker Evans Edwards Collins Stewart
Morris Murphy Cooper Ward Cox Howard Gray James Watson Price Bell Kelly Wright Hall Walker
Thomas Jackson Roberts Phillips Campbell Anderson Paul George Charles Francis Victor Milan Ivan
Marine Salvador Luis Juan Carlos Jorge Pedro Rosen Nikola Boris Andrej Igor Michael Karl
Moïse Sandra Jean Chamorro Ortiz Ramos Romero Torres Flores Rivera Mejía Medina Cruz Castillo
Peru Guerra Paz Arias Alvarado Duarte Castro Morales Ortega Moreno Navarro Vega Rubio Solís
Blanco Franco Molina Serrano Mendoza Rojas Soto Rossi Ferrari Russo Conte Romano Colombo Bianchi
Ricci Marino Greco Bruno Gallo Costa Fontana Moretti Lombardi Mancini Barbieri De Di Van Von
Ridge Holder Lynch Sessions Garland Graham Cannon Champagne Snow Pace Ryan Burns Patel Sullivan
Hayden Flynn O'Brien O'Neill O'Connor Arthur Stuart Mason Bird Spencer Douglas Drew Anthony Pierre
Friday Manning Thompson Robinson Richard Alexandre Alexis Voltaire Fils León Struck Jung Friedrich
Weber Mauro Martino Paola Russa Bono Alonso Slot Gucht Blok Parts Meri Filip Gross Fischer Schmid
Maurer Darling Hammond Clarke Browne Musa Mustafa Hoti Topi Espinosa Sandoval Maldonado Portillo
Puerta Serra Nunes Padilla Palacio Jiménez Ramírez Borges Trujillo Emerson Baird Nicholson Manley
Dion Anand Mullen Myers Goss Kerry Cohen Bolton Gustaf Liechtenstein Luxembourg Dempsey Shelton
Barr Milley Frías Miera Trejo Ceja Vilá Garced Camaño Solá Preca Debono Vella Laya Bird Morin
Hutton Beckett Harman Prescott Williamson Fallon Rudd Javid Trimble Givan Compton Chastanet
Bostic Monaco Stone Chacón Robles Justice Lupu Taran Donev Laar Mladen Emil Pandeli Friedrich
Khristenko Makarov Smirnov Shevchuk Filat Mammadov Asadov Sargsyan Kaag Dastis Fils-Aimé
Stock Olsen Roux Varga Bache Jong-wook
""".split())


FILES = ["americas", "europe", "international"]


def load(mod_name):
    spec = importlib.util.spec_from_file_location(mod_name, HERE / f"{mod_name}.py")
    m = importlib.util.module_from_spec(spec)
    reg = {"offices": [], "people": {}, "roles": [], "orgs": []}

    def O(office, country, text="", sector="GOV"):  # noqa: E743
        for ln in text.strip().splitlines():
            ln = ln.split("#", 1)[0].strip()
            if not ln:
                continue
            s, e, name = ln.split(" ", 2)
            off = office
            if name.startswith("A:"):
                name = name[2:]
                off = "Acting " + office
            reg["roles"].append((name.strip(), off, country, sector, s, None if e == "-" else e))

    def P(name, aliases="", wd=None, country=None, sector=None):
        if name in reg["people"]:
            raise SystemExit(f"duplicate P {name}")
        reg["people"][name] = dict(aliases=[a for a in aliases.split("|") if a], wd=wd,
                                   country=country, sector=sector)

    def R(name, office, country, sector, start, end=None):
        reg["roles"].append((name, office, country, sector, start, end))

    def ORG(name, country, sector, aliases="", wd=None):
        reg["orgs"].append(dict(name=name, country=country, sector=sector,
                                aliases=[a for a in aliases.split("|") if a], wd=wd))

    m.O, m.P, m.R, m.ORG = O, P, R, ORG
    spec.loader.exec_module(m)
    return reg


def build(reg, fname, auto_surname=False):  # the loader derives surnames itself (lexicon._surnames)
    persons = defaultdict(list)
    for (name, off, c, sec, s, e) in reg["roles"]:
        persons[name].append({"office": off, "country": c, "sector": sec, "start": s, "end": e})
    for name in reg["people"]:
        persons.setdefault(name, [])
    entries = []
    for name, roles in persons.items():
        meta = reg["people"].get(name, {})
        roles.sort(key=lambda r: (r["start"], r["office"]))
        aliases = list(meta.get("aliases") or [])
        auto = set()
        if auto_surname and name not in reg["people"]:
            last = name.split()[-1]
            if last not in STOP and len(last) > 3 and last != name and "," not in name:
                aliases.append(last)
                auto.add(last)
        country = meta.get("country") or (roles[0]["country"] if roles else None)
        # country of the longest/most prominent role: prefer first GOV role's country
        e = {"name": name}
        if meta.get("wd"):
            e["wikidata"] = meta["wd"]
        e["aliases"] = aliases
        e["_auto"] = auto
        e["kind"] = "person"
        e["country"] = country
        if meta.get("sector"):
            e["sector"] = meta["sector"]
        e["roles"] = roles
        entries.append(e)
    for o in reg["orgs"]:
        e = {"name": o["name"]}
        if o["wd"]:
            e["wikidata"] = o["wd"]
        e["aliases"] = o["aliases"]
        e["kind"] = "org"
        e["country"] = o["country"]
        e["sector"] = o["sector"]
        e["roles"] = []
        entries.append(e)
    return entries


def dedupe_aliases(all_entries):
    """Drop aliases shared by several entries (across all my files) or equal to another name;
    drop one-word aliases equal to the surname (last name token) of another person."""
    lastname = defaultdict(set)
    for ents in all_entries.values():
        for e in ents:
            if e["kind"] == "person" and " " in e["name"] and "," not in e["name"]:
                lastname[e["name"].split()[-1].lower()].add(e["name"])
    pre = []
    for ents in all_entries.values():
        for e in ents:
            keep = []
            for a in e["aliases"]:
                if a.startswith("!"):  # forced: surname overwhelmingly refers to this person
                    keep.append(a)
                    continue
                if e["kind"] == "person" and " " not in a and (lastname[a.lower()] - {e["name"]}):
                    pre.append((e["name"], a))
                    continue
                keep.append(a)
            e["aliases"] = keep
    count = defaultdict(set)
    explicit = defaultdict(set)
    for ents in all_entries.values():
        for e in ents:
            for a in set([e["name"]] + e["aliases"]):
                count[a.lower()].add(e["name"])
                if a not in e.get("_auto", ()):
                    explicit[a.lower()].add(e["name"])
    dropped = []
    for ents in all_entries.values():
        for e in ents:
            keep = []
            for a in e["aliases"]:
                if a.startswith("!"):
                    keep.append(a[1:])
                    continue
                if a == e["name"]:
                    continue
                owners = count[a.lower()]
                if a in e.get("_auto", ()) and explicit[a.lower()] - {e["name"]}:
                    dropped.append((e["name"], a))
                    continue
                if len(owners) > 1 and not (a not in e.get("_auto", ()) and explicit[a.lower()] == {e["name"]}):
                    dropped.append((e["name"], a))
                    continue
                if a not in keep:
                    keep.append(a)
            e["aliases"] = keep
    return pre + dropped


def order(ents):
    def key(e):
        first = min((r["start"] for r in e["roles"]), default="9999")
        return (e["country"] or "", 0 if e["kind"] == "person" else 1, first, e["name"])
    return sorted(ents, key=key)


class Dumper(yaml.SafeDumper):
    pass


def _flow_dict(d, data):
    return d.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


class FlowRole(dict):
    pass


Dumper.add_representer(FlowRole, _flow_dict)


def _flow_list(d, data):
    return d.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


class FlowList(list):
    pass


Dumper.add_representer(FlowList, _flow_list)


def main():
    import datetime
    regs = {}
    for f in FILES:
        regs[f] = load(f"data_{f}")
    # a person lives in exactly one file: the file declaring P(), else the file of the first role
    home = {}
    for f in FILES:
        for n in regs[f]["people"]:
            if n in home:
                raise SystemExit(f"person {n} declared in {home[n]} and {f}")
            home[n] = f
    for f in FILES:
        for r in regs[f]["roles"]:
            home.setdefault(r[0], f)
    merged = {f: {"offices": [], "people": {}, "roles": [], "orgs": regs[f]["orgs"]} for f in FILES}
    for f in FILES:
        for n, meta in regs[f]["people"].items():
            merged[home[n]]["people"][n] = meta
        for r in regs[f]["roles"]:
            merged[home[r[0]]]["roles"].append(r)
    ents = {f: build(merged[f], f) for f in FILES}
    dropped = dedupe_aliases(ents)
    if "-v" in sys.argv:
        for n, a in dropped:
            print("dropped ambiguous alias", repr(a), "of", n)
    OUT.mkdir(parents=True, exist_ok=True)
    for f, es in ents.items():
        es = order(es)
        out = []
        for e in es:
            e = dict(e)
            e.pop("_auto", None)
            e["aliases"] = FlowList(e["aliases"])
            rr = []
            for r in e["roles"]:
                r = dict(r)
                r["start"] = datetime.date.fromisoformat(r["start"])
                r["end"] = datetime.date.fromisoformat(r["end"]) if r["end"] else None
                rr.append(FlowRole(r))
            e["roles"] = rr
            out.append(e)
        txt = yaml.dump(out, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=200)
        hdr = (f"# Dated political actors ({f}). GENERATED by scripts/people/gen_west.py from "
               f"scripts/people/data_{f}.py -- edit the tables there.\n")
        (OUT / f"{f}.yaml").write_text(hdr + txt, encoding="utf-8")
        print(f, len(es), "entries", sum(len(e["roles"]) for e in es), "roles")


if __name__ == "__main__":
    main()
