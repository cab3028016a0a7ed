"""Tests for killdeer.actors.lexicon and the shipped actor dictionaries."""

from __future__ import annotations

import datetime as dt
import re
import time
from functools import cache
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

from killdeer.actors import ActorLexicon, normalize, pluralize
from killdeer.errors import LexiconError
from killdeer.ontology import load_ontology

D = dt.date(2024, 1, 25)
YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SPECIAL = {"KOS", "UNO", "EUR", "IGO", "NGO", "ISM", "IMG", "MNC"}
SECTORS = frozenset(load_ontology().sectors)
ISO3 = {c.alpha_3 for c in pycountry.countries}


@pytest.fixture(scope="module")
def lex(tmp_path_factory: pytest.TempPathFactory) -> ActorLexicon:
    return ActorLexicon.load(cache_dir=tmp_path_factory.mktemp("cache"))


@cache
def _shipped() -> dict[str, Any]:
    root = resources.files("killdeer") / "data" / "actors"
    out: dict[str, Any] = {}
    for name in ("countries", "international", "agents"):
        out[name] = yaml.load((root / f"{name}.yaml").read_text("utf-8"), Loader=YAML_LOADER)[name]
    people: dict[str, list[dict[str, Any]]] = {}
    folder = root / "people"
    if folder.is_dir():
        for res in folder.iterdir():
            if res.name.endswith((".yaml", ".yml")):
                people[res.name] = yaml.load(res.read_text("utf-8"), Loader=YAML_LOADER) or []
    out["people"] = people
    return out


# ------------------------------------------------------------------ normalization
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("the United States'", "united states"),
        ("U.S.", "us"),
        ("Venezuela's", "venezuela"),
        ("Nagorno-Karabakh", "nagorno karabakh"),
        ("Élysée", "elysee"),
        ("\u201cal-Qaeda\u201d", "al qaeda"),
    ],
)
def test_lexicon_normalize(text: str, key: str) -> None:
    assert normalize(text) == key


@pytest.mark.parametrize(
    ("phrase", "plural"),
    [
        ("gunman", "gunmen"),
        ("militia", "militias"),
        ("ministry", "ministries"),
        ("church", "churches"),
        ("minister of foreign affairs", "ministers of foreign affairs"),
        ("border guard", "border guards"),
    ],
)
def test_lexicon_pluralize(phrase: str, plural: str) -> None:
    assert pluralize(phrase) == plural


# ------------------------------------------------------------------ countries
@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        ("United States", "USA", "country"),
        ("the United States'", "USA", "country"),
        ("U.S.", "USA", "country"),
        ("US", "USA", "country"),
        ("America", "USA", "country"),
        ("Britain", "GBR", "country"),
        ("UK", "GBR", "country"),
        ("South Korea", "KOR", "country"),
        ("North Korea", "PRK", "country"),
        ("Russia", "RUS", "country"),
        ("Iran", "IRN", "country"),
        ("Syria", "SYR", "country"),
        ("Ivory Coast", "CIV", "country"),
        ("Congo", "COD", "country"),
        ("Congo-Brazzaville", "COG", "country"),
        ("Venezuela's", "VEN", "country"),
        ("VEN", "VEN", "country"),
        ("ECU", "ECU", "country"),
        ("Venezuelan", "VEN", "demonym"),
        ("Venezuelans", "VEN", "demonym"),
        ("the Brazilians", "BRA", "demonym"),
        ("Ecuadorian", "ECU", "demonym"),
        ("Emirati", "ARE", "demonym"),
        ("Emiratis", "ARE", "demonym"),
        ("British", "GBR", "demonym"),
        ("Congolese", "COD", "demonym"),
        ("American", "USA", "demonym"),
        ("Washington", "USA", "capital"),
        ("Caracas", "VEN", "capital"),
        ("Moscow", "RUS", "capital"),
        ("Beijing", "CHN", "capital"),
        ("Tehran", "IRN", "capital"),
        ("Kosovo", "KOS", "country"),
        ("KOS", "KOS", "country"),
        ("Palestinian", "PSE", "demonym"),
        ("Gaza", "PSE", "country"),
        ("West Bank", "PSE", "country"),
        ("Hong Kong", "HKG", "country"),
        ("Holy See", "VAT", "country"),
        ("Vatican", "VAT", "country"),
        ("Puerto Rico", "USA", "country"),
        ("PRI", "USA", "country"),
        ("Greenland", "DNK", "country"),
    ],
)
def test_lexicon_country(lex: ActorLexicon, text: str, code: str, kind: str) -> None:
    m = lex.country(text)
    assert m is not None and (m.country, m.kind) == (code, kind)
    assert m.resolved_by == "dictionary" and m.source.endswith("countries.yaml")


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        ("the Kremlin", "RUS", "GOV"),
        ("the White House", "USA", "GOV"),
        ("Pentagon", "USA", "MIL"),
        ("State Department", "USA", "GOV"),
        ("Downing Street", "GBR", "GOV"),
        ("the Elysee", "FRA", "GOV"),
        ("Miraflores", "VEN", "GOV"),
        ("Carondelet", "ECU", "GOV"),
        ("Planalto", "BRA", "GOV"),
        ("Zhongnanhai", "CHN", "GOV"),
        ("the United States Southern Command", "USA", "MIL"),
        ("Russia's Kremlin", "RUS", "GOV"),
        ("Southern Command", "USA", "MIL"),
        ("Mossad", "ISR", "SPY"),
    ],
)
def test_lexicon_metonym_sector(lex: ActorLexicon, text: str, code: str, sector: str) -> None:
    m = lex.country(text)
    assert m is not None and (m.country, m.sector, m.kind) == (code, sector, "metonym")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Abkhazia", "GEO"),
        ("South Ossetia", "GEO"),
        ("Transnistria", "MDA"),
        ("Northern Cyprus", "CYP"),
        ("Somaliland", "SOM"),
        ("Western Sahara", "MAR"),
        ("Nagorno-Karabakh", "AZE"),
        ("Donetsk People's Republic", "UKR"),
        ("Luhansk People's Republic", "UKR"),
    ],
)
def test_lexicon_partially_recognized(lex: ActorLexicon, text: str, code: str) -> None:
    m = lex.country(text)
    assert m is not None and m.country == code and "PRE" in m.sectors


@pytest.mark.parametrize("text", ["us", "Ven", "ven", "the West", "Latin America", "who", "French Kremlin"])
def test_lexicon_country_rejects(lex: ActorLexicon, text: str) -> None:
    assert lex.country(text) is None


def test_lexicon_demonym(lex: ActorLexicon) -> None:
    assert lex.demonym("Venezuelan") == "VEN"
    assert lex.demonym("Ecuadorians") == "ECU"
    assert lex.demonym("Nigerien") == "NER" and lex.demonym("Nigerian") == "NGA"
    assert lex.demonym("Caracas") is None


# ------------------------------------------------------------------ international
@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        ("United Nations", "UNO", None),
        ("U.N.", "UNO", None),
        ("Security Council", "UNO", "GOV"),
        ("UNHCR", "UNO", None),
        ("WHO", "UNO", "MED"),
        ("MONUSCO", "UNO", "MIL"),
        ("ICJ", "UNO", "JUD"),
        ("European Commission", "EUR", "GOV"),
        ("Frontex", "EUR", "COP"),
        ("the EU", "EUR", None),
        ("NATO", "IGO", "MIL"),
        ("ICC", "IGO", "JUD"),
        ("Interpol", "IGO", "COP"),
        ("Ameripol", "IGO", "COP"),
        ("IMF", "IGO", None),
        ("Mercosur", "IGO", None),
        ("OPEC", "IGO", None),
        ("Amnesty International", "NGO", None),
        ("Doctors Without Borders", "NGO", "MED"),
        ("Human Rights Watch", "NGO", None),
        ("Islamic State", "IMG", "REB"),
        ("ISIS", "IMG", "REB"),
        ("Daesh", "IMG", "REB"),
        ("al Qaeda", "IMG", "REB"),
        ("AQAP", "IMG", "REB"),
        ("Wagner Group", "IMG", "PRM"),
        ("Hezbollah", "LBN", "REB"),
        ("al-Shabaab", "SOM", "REB"),
        ("Chevron", "MNC", None),
        ("Shell", "MNC", None),
    ],
)
def test_lexicon_international(lex: ActorLexicon, text: str, code: str, sector: str | None) -> None:
    m = lex.international(text)
    assert m is not None and (m.country, m.sector, m.kind) == (code, sector, "international")


@pytest.mark.parametrize("text", ["who", "is", "shell", "apple", "un"])
def test_lexicon_international_case_sensitive(lex: ActorLexicon, text: str) -> None:
    assert lex.international(text) is None


def test_lexicon_international_dated_roles(lex: ActorLexicon) -> None:
    assert lex.international("Taliban", dt.date(2015, 1, 1)).sector == "REB"  # type: ignore[union-attr]
    now = lex.international("the Taliban", dt.date(2022, 1, 1))
    assert now is not None and (now.country, now.sector) == ("AFG", "GOV")


# ------------------------------------------------------------------ agents
@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("president", "GOV"),
        ("foreign minister", "GOV"),
        ("foreign ministers", "GOV"),
        ("the country's foreign minister", "GOV"),
        ("minister of foreign affairs", "GOV"),
        ("ministers of foreign affairs", "GOV"),
        ("spokesmen", "GOV"),
        ("senior officials", "GOV"),
        ("a delegation of senior officials", "GOV"),
        ("lawmakers", "LEG"),
        ("National Assembly", "LEG"),
        ("judges", "JUD"),
        ("prosecutor", "JUD"),
        ("police officers", "COP"),
        ("border guards", "COP"),
        ("troops", "MIL"),
        ("soldiers", "MIL"),
        ("armed forces", "MIL"),
        ("coast guard", "MIL"),
        ("rebels", "REB"),
        ("guerrillas", "REB"),
        ("militias", "PRM"),
        ("paramilitaries", "PRM"),
        ("criminal gangs", "CRM"),
        ("drug traffickers", "CRM"),
        ("inmates", "CRM"),
        ("armed men", "UAF"),
        ("at least 13 armed men", "UAF"),
        ("unknown gunmen", "UAF"),
        ("gunman", "UAF"),
        ("protesters", "CVL"),
        ("villagers", "CVL"),
        ("students", "EDU"),
        ("journalists", "JRN"),
        ("a television channel", "JRN"),
        ("nurses", "MED"),
        ("refugees", "REF"),
        ("displaced people", "REF"),
        ("migrants", "CVL"),
        ("opposition leader", "OPP"),
        ("parties", "PTY"),
        ("unions", "LAB"),
        ("strikers", "LAB"),
        ("peasants", "AGR"),
        ("businessmen", "BUS"),
        ("companies", "BUS"),
        ("clergy", "REL"),
        ("imams", "REL"),
        ("rights groups", "SOC"),
        ("spies", "SPY"),
        ("intelligence agencies", "SPY"),
        ("former president", "ELI"),
        ("ex-minister", "ELI"),
        ("former Ecuadorian president", "ELI"),
        ("former foreign ministers", "ELI"),
        ("first lady", "ELI"),
    ],
)
def test_lexicon_agent(lex: ActorLexicon, phrase: str, sector: str) -> None:
    m = lex.agent(phrase)
    assert m is not None and m.sector == sector and m.kind == "agent" and m.resolved_by == "agent-lexicon"
    assert m.country is None


def test_lexicon_agent_secondary_sectors(lex: ActorLexicon) -> None:
    assert lex.agent("opposition party").sectors == ("OPP", "PTY")  # type: ignore[union-attr]
    assert lex.agent("former rebels").sector == "REB"  # type: ignore[union-attr]  # ELI is for officials
    assert lex.agent("table") is None and lex.agent("") is None


def test_lexicon_agent_by_head(lex: ActorLexicon) -> None:
    assert lex.agent_by_head("man", ["armed"]).sector == "UAF"  # type: ignore[union-attr]
    assert lex.agent_by_head("minister", ["foreign"]).name == "foreign minister"  # type: ignore[union-attr]
    assert lex.agent_by_head("minister", ["former", "foreign"]).sector == "ELI"  # type: ignore[union-attr]
    assert lex.agent_by_head("minister", ["venezuelan"]).name == "minister"  # type: ignore[union-attr]
    assert lex.agent_by_head("banana") is None


# ------------------------------------------------------------------ user files and dated people
PEOPLE = """
- name: Ana Pérez Gómez
  wikidata: Q999999991
  aliases: [Ana Pérez]
  kind: person
  country: ECU
  sector: OPP
  roles:
    - {office: Minister of Finance of Ecuador, country: ECU, sector: GOV, start: 2020-01-01, end: 2021-12-31}
    - {office: Member of the National Assembly of Ecuador, country: ECU, sector: LEG, start: 2021-06-01, end: 2022-06-30}
    - {office: Leader of the Movimiento Ejemplo, country: ECU, sector: OPP, start: 2024-01-01, end: null}
- name: Luis Pérez
  kind: person
  country: PER
  roles: []
- name: Acme Mining
  kind: org
  country: CAN
  sector: BUS
  roles:
    - {office: Operator of the state mine, country: ECU, sector: GOV, start: 2019-01-01, end: 2019-12-31}
"""


@pytest.fixture
def people_lex(tmp_path: Path) -> ActorLexicon:
    f = tmp_path / "people.yaml"
    f.write_text(PEOPLE, "utf-8")
    return ActorLexicon.load([f])


def test_lexicon_dated_resolution(people_lex: ActorLexicon) -> None:
    before = people_lex.named("Ana Pérez Gómez", dt.date(2019, 5, 1))
    assert before is not None and (before.country, before.sector, before.kind) == ("ECU", "OPP", "person")
    gov = people_lex.named("Ana Perez", dt.date(2020, 5, 1))
    assert gov is not None and (gov.sector, gov.office) == ("GOV", "Minister of Finance of Ecuador")
    both = people_lex.named("Ana Pérez", dt.date(2021, 7, 1))
    assert both is not None and both.sector == "GOV" and both.sectors == ("GOV", "LEG")
    leg = people_lex.named("Ana Pérez", dt.date(2022, 3, 1))
    assert leg is not None and leg.sectors == ("LEG",)
    later = people_lex.named("Ana Pérez Gómez", dt.date(2023, 1, 1))
    assert later is not None and (later.country, later.sector) == ("ECU", "ELI")
    assert later.office == "former Member of the National Assembly of Ecuador"
    assert later.wikidata == "Q999999991"
    opp = people_lex.named("Ana Pérez Gómez", dt.date(2024, 6, 1))
    assert opp is not None and opp.sectors == ("OPP", "ELI")  # opposition leader and former official


def test_lexicon_org_is_never_eli(people_lex: ActorLexicon) -> None:
    assert people_lex.named("Acme Mining", dt.date(2019, 6, 1)).sector == "GOV"  # type: ignore[union-attr]
    later = people_lex.named("Acme Mining", dt.date(2024, 1, 1))
    assert later is not None and (later.country, later.sector, later.kind) == ("CAN", "BUS", "org")


def test_lexicon_surname_only_when_unique(people_lex: ActorLexicon) -> None:
    assert people_lex.named("Pérez", dt.date(2023, 1, 1)) is None  # two Pérez, neither in office
    assert people_lex.named("Pérez", dt.date(2020, 5, 1)).name == "Ana Pérez Gómez"  # type: ignore[union-attr]
    assert people_lex.named("Luis Pérez", D).country == "PER"  # type: ignore[union-attr]
    assert people_lex.named("Gómez", D) is not None  # unique surname
    assert people_lex.named("Minister Ana Pérez", dt.date(2020, 5, 1)).sector == "GOV"  # type: ignore[union-attr]


def test_lexicon_user_file_overrides(tmp_path: Path) -> None:
    f = tmp_path / "mine.yaml"
    f.write_text(
        """
countries:
  - {code: USA, iso3: USA, name: United States, aliases: [Uncle Sam], capitals: [Washington]}
  - {code: ESP, iso3: null, name: Catalonia, demonyms: [Catalan]}
international:
  - {name: Amnesty International, code: NGO, sectors: [SOC], aliases: [AI]}
  - {name: Grupo Andino de Paz, code: IGO, aliases: [GAP]}
agents:
  - {phrase: spokesman, head: spokesman, sectors: [JRN]}
  - {phrase: water protector, head: protector, sectors: [CVL, SOC]}
people:
  - {name: Zed Example, kind: person, country: ECU, roles: [{office: Mayor of Quito, country: ECU, sector: GOV, start: 2023, end: 2024-05}]}
""",
        "utf-8",
    )
    lex = ActorLexicon.load([f])
    assert lex.country("Uncle Sam").country == "USA"  # type: ignore[union-attr]
    assert lex.country("America") is None  # the user entry replaced the packaged one
    assert lex.country("Catalans").country == "ESP"  # type: ignore[union-attr]
    assert lex.international("AI").sector == "SOC"  # type: ignore[union-attr]
    assert lex.international("Amnesty International").source == str(f)  # type: ignore[union-attr]
    assert lex.international("GAP").country == "IGO"  # type: ignore[union-attr]
    assert lex.agent("spokesmen").sector == "JRN"  # type: ignore[union-attr]
    assert lex.agent("water protectors").sectors == ("CVL", "SOC")  # type: ignore[union-attr]
    assert lex.named("Zed Example", dt.date(2024, 5, 31)).sector == "GOV"  # type: ignore[union-attr]
    assert lex.named("Zed Example", dt.date(2024, 6, 1)).sector == "ELI"  # type: ignore[union-attr]
    assert lex.lookup("Venezuela", D).country == "VEN"  # type: ignore[union-attr]  # packaged data kept


def test_lexicon_user_list_by_shape(tmp_path: Path) -> None:
    f = tmp_path / "mixed.yaml"
    f.write_text(
        "- {phrase: narco boss, sectors: [CRM]}\n"
        "- {name: Foo Front, code: IMG, sectors: [REB]}\n"
        "- {name: Jo Bar, kind: person, country: PER, sector: JRN}\n"
        "- {code: FRA, iso3: FRA, name: France, demonyms: [French, Gallic]}\n",
        "utf-8",
    )
    (tmp_path / "empty.yaml").write_text("", "utf-8")
    lex = ActorLexicon.load([f, tmp_path / "empty.yaml"])
    assert lex.agent("narco bosses").sector == "CRM"  # type: ignore[union-attr]
    assert lex.international("Foo Front").country == "IMG"  # type: ignore[union-attr]
    assert lex.named("Jo Bar", D).sector == "JRN"  # type: ignore[union-attr]
    assert lex.demonym("Gallic") == "FRA"


@pytest.mark.parametrize(
    "text",
    [
        "countries: {a: 1}\n",
        "stuff: []\n",
        "- {name: X, code: usa}\n",
        "- {phrase: boss, sectors: [BOSS]}\n",
        "- {foo: bar}\n",
        "- [unbalanced\n",
        "- {name: A, kind: person, roles: [{start: not-a-date}]}\n",
    ],
)
def test_lexicon_bad_user_file(tmp_path: Path, text: str) -> None:
    f = tmp_path / "bad.yaml"
    f.write_text(text, "utf-8")
    with pytest.raises(LexiconError):
        ActorLexicon.load([f])


def test_lexicon_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(LexiconError):
        ActorLexicon.load([tmp_path / "nope.yaml"])


def test_lexicon_empty_lexicon() -> None:
    lex = ActorLexicon()
    assert lex.lookup("Venezuela", D) is None and lex.named("Noboa", D) is None


def test_lexicon_lookup_order(lex: ActorLexicon) -> None:
    assert lex.lookup("UN", D).kind == "international"  # type: ignore[union-attr]
    assert lex.lookup("Ecuador", D).kind == "country"  # type: ignore[union-attr]
    assert lex.lookup("criminal gangs", D).kind == "agent"  # type: ignore[union-attr]


def test_lexicon_cache_gives_the_same_lexicon(tmp_path: Path) -> None:
    user = tmp_path / "people.yaml"
    user.write_text(PEOPLE, "utf-8")
    cold = ActorLexicon.load([user], cache_dir=tmp_path / "c")
    assert len(list((tmp_path / "c").glob("actors-*.json"))) == 1
    warm = ActorLexicon.load([user], cache_dir=tmp_path / "c")
    plain = ActorLexicon.load([user], cache=False)
    for when in (dt.date(2019, 5, 1), dt.date(2021, 7, 1), dt.date(2023, 1, 1)):
        assert (
            cold.named("Ana Pérez", when) == warm.named("Ana Pérez", when) == plain.named("Ana Pérez", when)
        )
    for text in ("Venezuelans", "the Kremlin", "UN", "Taliban"):
        assert cold.lookup(text, D) == warm.lookup(text, D) == plain.lookup(text, D)
    assert cold.counts == warm.counts == plain.counts
    user.write_text(PEOPLE.replace("sector: OPP", "sector: JRN"), "utf-8")  # changed file: new key
    assert (
        ActorLexicon.load([user], cache_dir=tmp_path / "c").named("Ana Pérez", dt.date(2019, 5, 1)).sector
        == "JRN"
    )  # type: ignore[union-attr]


def test_lexicon_unwritable_cache_is_ignored(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    assert ActorLexicon.load(cache_dir=blocker / "sub").country("Ecuador") is not None


def test_lexicon_load_is_fast(tmp_path: Path) -> None:
    ActorLexicon.load(cache_dir=tmp_path)  # fill the cache
    start = time.perf_counter()
    lex = ActorLexicon.load(cache_dir=tmp_path)
    assert time.perf_counter() - start < 1.0  # target 0.5 s; margin for slow CI machines
    assert (
        lex.counts["countries"] >= 250 and lex.counts["agents"] >= 300 and lex.counts["international"] >= 150
    )


# ------------------------------------------------------------------ data integrity
def _valid_code(code: Any) -> bool:
    return isinstance(code, str) and (code in ISO3 or code in SPECIAL)


def test_data_countries_integrity() -> None:
    countries = _shipped()["countries"]
    iso = {e["iso3"] for e in countries if e.get("iso3")}
    assert ISO3 <= iso, f"missing ISO countries: {sorted(ISO3 - iso)}"
    for e in countries:
        assert _valid_code(e["code"]), e
        assert e.get("iso3") is None or e["iso3"] in ISO3, e
        assert set(e.get("sectors") or ()) <= SECTORS, e
        for text, sector in e.get("metonyms") or ():
            assert isinstance(text, str) and (sector is None or sector in SECTORS), e
    names = {normalize(n): e["code"] for e in countries for n in [e["name"], *(e.get("aliases") or ())]}
    assert names["congo"] == "COD" and names["georgia"] == "GEO"
    pre = {e["name"] for e in countries if "PRE" in (e.get("sectors") or ())}
    assert {
        "Abkhazia",
        "South Ossetia",
        "Transnistria",
        "Northern Cyprus",
        "Somaliland",
        "Western Sahara",
        "Nagorno-Karabakh",
        "Donetsk People's Republic",
        "Luhansk People's Republic",
    } <= pre


def test_data_no_name_maps_to_two_countries() -> None:
    seen: dict[str, str] = {}
    for e in _shipped()["countries"]:
        texts = [
            e["name"],
            *(e.get("aliases") or ()),
            *(e.get("demonyms") or ()),
            *(e.get("capitals") or ()),
            *(m[0] for m in e.get("metonyms") or ()),
        ]
        for t in texts:
            key = normalize(t)
            assert seen.setdefault(key, e["code"]) == e["code"], (t, seen[key], e["code"])


def test_data_international_integrity() -> None:
    for e in _shipped()["international"]:
        assert _valid_code(e["code"]) and isinstance(e["name"], str), e
        assert set(e.get("sectors") or ()) <= SECTORS, e
        assert e.get("wikidata") is None or re.fullmatch(r"Q\d+", e["wikidata"]), e


def test_data_agents_integrity() -> None:
    agents = _shipped()["agents"]
    assert len(agents) >= 300
    keys = [normalize(a["phrase"]) for a in agents]
    assert len(keys) == len(set(keys)), "duplicate agent phrases"
    for a in agents:
        assert a["sectors"] and set(a["sectors"]) <= SECTORS, a
        head, words = normalize(a["head"]), normalize(a["phrase"]).split(" ")
        assert head in words or pluralize(head) in words or a.get("plural"), a


SINGLE_HOLDER = re.compile(
    r"^(?:president|vice president|prime minister|premier|chancellor|king|queen|emperor|emir|sultan|"
    r"supreme leader|secretary general|chief justice|attorney general|speaker|governor|mayor|"
    r"minister of (?!state\b)\w.*|(?!deputy |junior |state |vice |assistant )\w+ minister)\b of \S"
)


def _single_holder(office: str) -> bool:
    """Offices one person holds at a time ("President of X", "Foreign Minister of X", ...)."""
    o = normalize(office)
    return bool(SINGLE_HOLDER.match(o)) and not re.search(r"\b(?:acting|interim|deputy|disputed)\b", o)


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Strict overlap: a handover on the same day (end == next start) is allowed."""
    far = dt.date.max
    a0, a1 = a.get("start") or dt.date.min, a.get("end") or far
    b0, b1 = b.get("start") or dt.date.min, b.get("end") or far
    return a0 < b1 and b0 < a1


def test_data_single_holder_rule() -> None:
    assert _single_holder("President of Ecuador") and _single_holder("Foreign Minister of Argentina")
    assert _single_holder("Minister of Foreign Affairs of Peru") and _single_holder(
        "President of the Senate of Chile"
    )
    assert not _single_holder("Minister of State of Spain") and not _single_holder(
        "Deputy Prime Minister of Italy"
    )
    assert not _single_holder("Member of the National Assembly of Ecuador")
    assert not _single_holder("Acting President of Argentina")


def _people_problems(files: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Everything wrong with people/org files: codes, sectors, dates, overlapping offices."""
    holders: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    problems: list[str] = []
    for fname, entries in files.items():
        if not isinstance(entries, list):
            problems.append(f"{fname}: not a list")
            continue
        for e in entries:
            who = f"{fname}: {e.get('name')}"
            if e.get("kind") not in ("person", "org"):
                problems.append(f"{who}: kind {e.get('kind')!r}")
            if e.get("country") is not None and not _valid_code(e["country"]):
                problems.append(f"{who}: country {e['country']!r}")
            if e.get("sector") is not None and e["sector"] not in SECTORS:
                problems.append(f"{who}: sector {e['sector']!r}")
            roles = e.get("roles") or []
            for r in roles:
                if r.get("sector") is not None and r["sector"] not in SECTORS:
                    problems.append(f"{who}: role sector {r['sector']!r}")
                if r.get("country") is not None and not _valid_code(r["country"]):
                    problems.append(f"{who}: role country {r['country']!r}")
                for k in ("start", "end"):
                    if r.get(k) is not None and not isinstance(r[k], dt.date):
                        problems.append(f"{who}: {k} {r[k]!r} is not a YYYY-MM-DD date")
                if (
                    isinstance(r.get("start"), dt.date)
                    and isinstance(r.get("end"), dt.date)
                    and r["end"] < r["start"]
                ):
                    problems.append(f"{who}: {r.get('office')} ends before it starts")
                if r.get("office") and _single_holder(r["office"]) and not r.get("disputed"):
                    holders.setdefault(normalize(r["office"]), []).append((e["name"], r))
            for a, b in combinations(roles, 2):
                if a.get("office") == b.get("office") and _overlap(a, b):
                    problems.append(f"{who}: overlapping {a.get('office')} roles")
    for office, rows in holders.items():
        for (pa, ra), (pb, rb) in combinations(rows, 2):
            if pa != pb and _overlap(ra, rb):
                problems.append(
                    f"{office}: {pa} {ra.get('start')}..{ra.get('end')} and "
                    f"{pb} {rb.get('start')}..{rb.get('end')} at the same time"
                )
    return problems


def test_data_people_checks_catch_errors() -> None:
    def role(office: str, start: str, end: str | None) -> dict[str, Any]:
        return {
            "office": office,
            "country": "ECU",
            "sector": "GOV",
            "start": dt.date.fromisoformat(start),
            "end": dt.date.fromisoformat(end) if end else None,
        }

    ok = [
        {
            "name": "A",
            "kind": "person",
            "country": "ECU",
            "roles": [role("President of Ecuador", "2017-05-24", "2021-05-24")],
        },
        {
            "name": "B",
            "kind": "person",
            "country": "ECU",
            "roles": [role("President of Ecuador", "2021-05-24", "2023-11-23")],
        },
        {
            "name": "C",
            "kind": "person",
            "country": "ECU",
            "roles": [role("Minister of State of Ecuador", "2020-01-01", None)],
        },
        {
            "name": "D",
            "kind": "person",
            "country": "ECU",
            "roles": [role("Minister of State of Ecuador", "2020-01-01", None)],
        },
    ]
    assert _people_problems({"ok.yaml": ok}) == []
    bad = [
        {
            "name": "A",
            "kind": "person",
            "country": "ECU",
            "roles": [
                role("President of Ecuador", "2017-05-24", "2021-05-24"),
                role("President of Ecuador", "2021-01-01", "2022-01-01"),
            ],
        },
        {
            "name": "B",
            "kind": "person",
            "country": "ECU",
            "roles": [role("President of Ecuador", "2021-05-01", "2023-11-23")],
        },
        {
            "name": "C",
            "kind": "person",
            "country": "XXX",
            "roles": [role("Foreign Minister of Ecuador", "2020-01-01", "2019-01-01")],
        },
        {"name": "D", "kind": "robot", "sector": "BOSS"},
    ]
    problems = "\n".join(_people_problems({"bad.yaml": bad}))
    for needle in (
        "overlapping President of Ecuador",
        "A 2017-05-24..2021-05-24 and B",
        "ends before it starts",
        "country 'XXX'",
        "kind 'robot'",
        "sector 'BOSS'",
    ):
        assert needle in problems


def test_data_people_integrity() -> None:
    problems = _people_problems(_shipped()["people"])
    assert not problems, "\n".join(problems[:50])


def test_data_files_have_no_duplicate_keys():
    """A repeated key in a YAML mapping silently drops the first entry."""
    import yaml as _yaml

    from killdeer.yamlio import Loader

    dups: list[str] = []

    class Strict(Loader):  # type: ignore[misc, valid-type]
        pass

    def mapping(loader, node, deep=False):  # noqa: ANN001, ANN202
        seen = set()
        for k, _ in node.value:
            key = loader.construct_object(k, deep=deep)
            if key in seen:
                dups.append(f"{node.start_mark.name}:{k.start_mark.line + 1}: {key}")
            seen.add(key)
        return Loader.construct_mapping(loader, node, deep)

    Strict.add_constructor(_yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    from importlib import resources

    root = resources.files("killdeer").joinpath("data")
    stack = [root]
    while stack:
        for res in stack.pop().iterdir():
            if res.is_dir():
                stack.append(res)
            elif res.name.endswith(".yaml"):
                _yaml.load(res.read_text("utf-8"), Loader=Strict)
    assert not dups, dups
