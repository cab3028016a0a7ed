"""Actor dictionaries: countries, international actors, role nouns and dated people/organisations.

Knowledge lives in YAML under ``killdeer/data/actors/``; this module only loads and indexes it.

- ``countries.yaml`` (``countries:``): ``code`` (PLOVER code), ``iso3``, ``name``, ``aliases``,
  ``demonyms``, ``capitals``, ``metonyms`` (``[text, sector]`` pairs), ``sectors`` (``[PRE]``
  for partially recognized entities), ``wikidata``.
- ``international.yaml`` (``international:``): ``name``, ``code``, ``sectors``, ``aliases``,
  ``wikidata``, optional ``cased: true`` and optional dated ``roles`` (as for people).
- ``agents.yaml`` (``agents:``): ``phrase``, ``head`` (lemma of the syntactic head), ``sectors``
  (primary first), optional ``plural`` (irregular or uncountable only; regular plurals are made here),
  optional ``code`` (an international code such a role has when nothing names its country: aid agencies are NGO).
- ``people/*.yaml``: a list of ``name, kind (person|org), country, sector, aliases, wikidata,
  roles: [{office, country, sector, start, end}]``.
- ``words.yaml``: ``words:`` (named word lists the mention rules consult, see :data:`WORD_LISTS`)
  and ``abbreviations:`` (title abbreviation -> word, "gen: general").

User files (``ActorLexicon.load(extra=...)``) use the same formats. A file is either a mapping
with any of the top-level keys ``countries``, ``international``, ``agents``, ``people``, ``words``,
``abbreviations``, or a
plain list whose entries are classified by shape: ``phrase`` -> agent; ``roles`` or ``kind`` ->
people; ``iso3``/``demonyms``/``capitals``/``metonyms`` -> country; otherwise (``name`` + ``code``)
-> international. A user entry replaces a packaged one with the same identity (country: iso3 or
name; international: name; agent: phrase; people: wikidata or name) and its names win over
packaged names. A user file's ``words`` are added to the packaged lists of the same name (an unknown
list name is an error); its ``abbreviations`` add to (or override) the packaged ones.

Matching normalizes case, accents, articles, possessives, dots and hyphens ("the United
States'" == "united states"). All-caps names of up to six characters ("US", "WHO", "IS") and
entries marked ``cased`` match only with that exact capitalization. Country code XKX is read as KOS.

Dated resolution (people, and international entries with ``roles``) at date D: the roles active at
D give country and sectors (GOV > MIL > LEG > JUD > others); with none active, a person who held a
GOV/MIL/LEG/JUD role earlier is ELI with that role's country (ELI is also added to an active
non-official role, e.g. an ex-president leading the opposition); otherwise the entry's defaults.
Names: full name or alias; an alias shared by several entries goes to the one whose canonical name
it is, else to the only one in office at D. Surnames (last name; for three or more names also the
Iberian paternal surname) match only when unique, with the same in-office tie-break.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Generic, TypeVar

import yaml

from killdeer.errors import LexiconError
from killdeer.ontology import load_ontology
from killdeer.yamlio import Loader

_YamlLoader: Any = Loader

INTERNATIONAL_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
_CODE_ALIASES = {"XKX": "KOS", "XXK": "KOS"}  # user-assigned Kosovo codes (EU/IMF, World Bank) -> PLOVER KOS
SECTOR_PRIORITY = ("GOV", "MIL", "LEG", "JUD")
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD"})  # former holders are ELI (PLOVER §10)
_ELI_AGENT_BASE = OFFICIAL_SECTORS | {"COP", "SPY", "PTY"}
ELI_MODIFIERS = frozenset({"former", "ex", "onetime", "erstwhile", "exiled", "ousted", "deposed"})
T = TypeVar("T")
SECTIONS = ("countries", "international", "agents", "people")
# the word lists of data/actors/words.yaml (``words:``) that killdeer/actors/mentions.py reads
WORD_LISTS = (
    "foreign", "speech", "commitment", "proposal", "org_nouns", "member_nouns", "generic_org", "collective_plural",
    "dealings", "leader_nouns", "benefits", "title_lemmas", "org_anaphora", "generic_name_words", "means",
    "missions", "holding",
)
_WORD_SECTIONS = ("words", "abbreviations")

_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u201c": "", "\u201d": "", '"': ""}
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|')$", re.IGNORECASE)
_QUANTIFIER = re.compile(
    r"^(?:at least|at most|more than|fewer than|less than|about|around|nearly|almost|some|several|many|"
    r"few|all|other|both|these|those|this|that|its|their|his|her|our|your|my|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|hundreds|thousands|scores|a group|group|a number|number|a team|team|"
    r"a handful|handful|\d[\d,.]*)(?:\s+of)?\s+"
)
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015/]+")
_PREPOSITIONS = frozenset(
    {
        "of",
        "for",
        "in",
        "from",
        "at",
        "to",
        "with",
        "on",
        "against",
        "under",
        "over",
        "by",
        "near",
        "during",
        "after",
        "before",
        "and",
        "or",
        "who",
        "that",
        "which",
        "as",
    }
)
_EDGE_PUNCT = ' \t\n,;:!?()[]{}"*'


@functools.lru_cache(maxsize=1 << 16)  # pure, and called ~1,000 times per article on a few hundred strings
def normalize(text: str, *, cased: bool = False) -> str:
    """Dictionary key of ``text``: accents, articles, possessives, dots and hyphens removed."""
    s = text.translate(_QUOTES)
    if not s.isascii():
        s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = _POSSESSIVE.sub("", s.strip(_EDGE_PUNCT)).replace(".", "").replace("&", " and ")
    s = _SEPARATORS.sub(" ", s).strip(_EDGE_PUNCT + " ")
    if not cased:
        s = s.lower()
    while (t := _ARTICLE.sub("", s)) != s:
        s = t
    return s


def _acronym(name: str) -> bool:
    bare = normalize(name, cased=True).replace(" ", "")
    return 0 < len(bare) <= 6 and bare.isupper()


_IRREGULAR = {"man": "men", "woman": "women", "person": "people", "child": "children", "staff": "staff"}


def pluralize(phrase: str) -> str:
    """Regular English plural of a role phrase (the word before ``of``, else the last word)."""
    words = phrase.split(" ")
    i = _head_position(words)
    w = words[i]
    low = w.lower()
    if low in _IRREGULAR:
        p = _IRREGULAR[low]
    elif low.endswith("man") and len(low) > 4 and low not in {"german", "human", "roman", "shaman"}:
        p = w[:-3] + "men"
    elif low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        p = w[:-1] + "ies"
    elif low.endswith(("s", "x", "z", "ch", "sh")):
        p = w + "es"
    else:
        p = w + "s"
    words[i] = p
    return " ".join(words)


def _demonym_plural(word: str) -> str | None:
    low = word.lower()
    if _acronym(word) or low.endswith(("ese", "ish", "ch", "sh", "s", "x", "z")):
        return None
    return pluralize(word)


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """What a piece of text resolves to in the actor dictionaries."""

    name: str
    country: str | None
    sector: str | None
    sectors: tuple[str, ...]
    kind: str  # country | demonym | capital | metonym | international | agent | person | org
    resolved_by: str  # "dictionary" | "agent-lexicon"
    source: str  # file the entry came from
    wikidata: str | None = None
    office: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "sectors": list(self.sectors),
            "kind": self.kind,
            "resolved_by": self.resolved_by,
            "source": self.source,
            "wikidata": self.wikidata,
            "office": self.office,
        }


@dataclass(frozen=True, slots=True)
class Role:
    """A dated office: active from ``start`` to ``end`` inclusive (``None`` = open)."""

    office: str
    country: str | None
    sector: str | None
    start: dt.date | None = None
    end: dt.date | None = None

    def active(self, date: dt.date) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True, slots=True)
class CountryEntry:
    """One country, dependency or partially recognized entity."""

    code: str
    name: str
    source: str
    iso3: str | None = None
    sectors: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    metonyms: tuple[tuple[str, str | None], ...] = ()
    wikidata: str | None = None

    @property
    def identity(self) -> str:
        return self.iso3 or normalize(self.name)


@dataclass(frozen=True, slots=True)
class NamedEntry:
    """A named actor: an international body, a person or an organisation, with dated roles."""

    name: str
    kind: str  # international | person | org
    country: str | None
    source: str
    sectors: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    roles: tuple[Role, ...] = ()
    cased: bool = False

    @property
    def identity(self) -> str:
        return self.wikidata or normalize(self.name)

    def resolve(self, date: dt.date | None) -> ActorMatch:
        """Country and sectors at ``date``: active roles, else ELI for former officials, else defaults."""
        kind = self.kind
        active = [r for r in self.roles if date is not None and r.active(date)]
        former = (
            [
                r
                for r in self.roles
                if date is not None and r.end is not None and r.end < date and r.sector in OFFICIAL_SECTORS
            ]
            if kind == "person"
            else []
        )
        if active:
            active.sort(key=lambda r: SECTOR_PRIORITY.index(r.sector) if r.sector in SECTOR_PRIORITY else 99)
            sectors = _dedupe(r.sector for r in active if r.sector)
            if former and not OFFICIAL_SECTORS.intersection(
                sectors
            ):  # e.g. an ex-president now in opposition
                sectors = (*sectors, "ELI")
            top = active[0]
            return ActorMatch(
                self.name,
                top.country or self.country,
                sectors[0] if sectors else None,
                sectors,
                kind,
                "dictionary",
                self.source,
                self.wikidata,
                top.office,
            )
        if former:
            last = max(former, key=lambda r: r.end or dt.date.min)
            sectors = _dedupe(["ELI", *self.sectors])
            return ActorMatch(
                self.name,
                last.country or self.country,
                "ELI",
                sectors,
                kind,
                "dictionary",
                self.source,
                self.wikidata,
                f"former {last.office}",
            )
        return ActorMatch(
            self.name,
            self.country,
            self.sectors[0] if self.sectors else None,
            self.sectors,
            kind,
            "dictionary",
            self.source,
            self.wikidata,
        )


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """A generic role noun phrase ("foreign minister") and its sectors."""

    phrase: str
    head: str
    sectors: tuple[str, ...]
    source: str
    plural: str | None = None
    modifiers: frozenset[str] = field(default=frozenset())
    code: str | None = None

    @property
    def identity(self) -> str:
        return normalize(self.phrase)

    def match(self, *, eli: bool = False) -> ActorMatch:
        if eli and self.sectors[0] in _ELI_AGENT_BASE:
            return ActorMatch(
                f"former {self.phrase}", None, "ELI", ("ELI",), "agent", "agent-lexicon", self.source
            )
        return ActorMatch(
            self.phrase, self.code, self.sectors[0], self.sectors, "agent", "agent-lexicon", self.source
        )


@dataclass(slots=True)
class _Entries:
    """Entries read from files, keyed by identity so later files replace earlier ones."""

    countries: dict[str, CountryEntry] = field(default_factory=dict)
    international: dict[str, NamedEntry] = field(default_factory=dict)
    agents: dict[str, AgentEntry] = field(default_factory=dict)
    people: dict[str, NamedEntry] = field(default_factory=dict)
    user_ids: set[tuple[str, str]] = field(default_factory=set)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)


class _Index(Generic[T]):
    """Name index: exact-case keys for acronyms and cased names, lowercase keys otherwise."""

    __slots__ = ("cased", "folded")

    def __init__(self) -> None:
        self.cased: dict[str, tuple[tuple[int, ...], T]] = {}
        self.folded: dict[str, tuple[tuple[int, ...], T]] = {}

    def add(self, name: str, value: T, rank: tuple[int, ...], *, cased: bool = False) -> None:
        """Index ``name``; on a clash the higher ``rank`` wins (ties: the later entry)."""
        if cased or _acronym(name):
            table, key = self.cased, normalize(name, cased=True)
        else:
            table, key = self.folded, normalize(name)
        if key and (key not in table or table[key][0] <= rank):
            table[key] = (rank, value)

    def get(self, text: str) -> T | None:
        hit = self.cased.get(normalize(text, cased=True)) or self.folded.get(normalize(text))
        return hit[1] if hit else None


_TITLES = re.compile(
    r"^(?:(?:president|vice president|prime minister|premier|chancellor|minister|foreign minister|"
    r"senator|sen|rep|representative|congressman|congresswoman|deputy|governor|gov|mayor|judge|justice|"
    r"general|gen|lt gen|maj gen|brig gen|colonel|col|major|maj|captain|capt|commander|admiral|adm|"
    r"mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|king|queen|prince|princess|sheikh|emir|sultan|pope|"
    r"cardinal|bishop|archbishop|rev|reverend|father|imam|ayatollah|comrade|don|dona|former|ex|late)\s+)+"
)


class ActorLexicon:
    """Indexed actor dictionaries; build with :meth:`load`. Lookups are dictionary hits."""

    def __init__(
        self,
        countries: Iterable[CountryEntry] = (),
        international: Iterable[NamedEntry] = (),
        agents: Iterable[AgentEntry] = (),
        people: Iterable[NamedEntry] = (),
        *,
        user: Iterable[tuple[str, str]] = (),
        words: Mapping[str, Iterable[str]] | None = None,
        abbreviations: Mapping[str, str] | None = None,
    ) -> None:
        user_ids = set(user)
        given = words or {}
        # the mention rules' word lists (:data:`WORD_LISTS`), each a frozenset
        self.words: dict[str, frozenset[str]] = {name: frozenset(given.get(name, ())) for name in WORD_LISTS}
        # "vowed it would ...": verbs whose reported clause's subject pronoun is the speaker
        self.reporting_verbs: frozenset[str] = self.words["speech"] | self.words["commitment"]
        self.abbreviations: dict[str, str] = dict(abbreviations or {})  # "gen" -> "general"
        self._countries: _Index[ActorMatch] = _Index()
        self._demonyms: _Index[ActorMatch] = _Index()
        self._intl: _Index[NamedEntry] = _Index()
        self._agents: dict[str, AgentEntry] = {}
        self._heads: dict[str, list[AgentEntry]] = {}
        self._named: dict[str, list[NamedEntry]] = {}
        self._surnames: dict[str, list[NamedEntry]] = {}
        self.counts: dict[str, int] = {}
        self._agent_memo: dict[str, ActorMatch | None] = {}  # agent() by phrase: ~450 calls per article
        self._build_countries(list(countries), user_ids)
        self._build_international(list(international), user_ids)
        self._build_agents(list(agents))
        self._build_people(list(people))

    # ----------------------------------------------------------------- loading
    @classmethod
    def load(
        cls, extra: Sequence[str | Path] = (), *, cache_dir: str | Path | None = None, cache: bool = True
    ) -> ActorLexicon:
        """Packaged dictionaries plus user files (later files override earlier ones).

        Parsed YAML is cached as JSON under ``cache_dir`` (default ``$XDG_CACHE_HOME/killdeer`` or
        ``~/.cache/killdeer``), keyed by a hash of every file's text, so a stale cache is never read.
        An unwritable cache directory is ignored.
        """
        docs: list[tuple[str, str, str | None, bool]] = []  # (text, source, default section, user)
        root = resources.files("killdeer") / "data" / "actors"
        for section in ("countries", "international", "agents", "words"):
            res = root / f"{section}.yaml"
            if res.is_file():
                default = section if section in SECTIONS else None
                docs.append((res.read_text("utf-8"), f"killdeer/data/actors/{section}.yaml", default, False))
        people_dir = root / "people"
        if people_dir.is_dir():
            for res in sorted(_yaml_files(people_dir), key=lambda r: r.name):
                docs.append(
                    (res.read_text("utf-8"), f"killdeer/data/actors/people/{res.name}", "people", False)
                )
        for path in extra:
            p = Path(path)
            try:
                docs.append((p.read_text("utf-8"), str(p), None, True))
            except OSError as exc:
                raise LexiconError(f"{p}: cannot read actor file ({exc})") from exc
        entries = _Entries()
        parsed = _parse_cached(docs, _cache_path(docs, cache_dir) if cache else None)
        for data, (_, source, default, user) in zip(parsed, docs, strict=True):
            _ingest(data, source, entries, default, user=user)
        return cls(
            entries.countries.values(),
            entries.international.values(),
            entries.agents.values(),
            entries.people.values(),
            user=entries.user_ids,
            words=entries.words,
            abbreviations=entries.abbreviations,
        )

    def _build_countries(self, entries: list[CountryEntry], user: set[tuple[str, str]]) -> None:
        # rank = (from a user file, kind priority, order): names > demonyms > capitals > metonyms
        iso3s = {e.iso3 for e in entries if e.iso3}
        for order, e in enumerate(entries):
            u = int(("countries", e.identity) in user)
            sector = e.sectors[0] if e.sectors else None

            def match(name: str, kind: str, e: CountryEntry = e, sector: str | None = sector) -> ActorMatch:
                return ActorMatch(name, e.code, sector, e.sectors, kind, "dictionary", e.source, e.wikidata)

            country = match(e.name, "country")
            for name in (e.name, *e.aliases):
                self._countries.add(name, country, (u, 3, order))
            code = e.iso3 or (e.code if e.code not in iso3s else None)
            if code:  # ISO3 / PLOVER codes match in upper case only
                self._countries.add(code, country, (u, 4, order), cased=True)
            demonym = match(e.name, "demonym")
            for d in e.demonyms:
                for form in (d, _demonym_plural(d)):
                    if form:
                        self._countries.add(form, demonym, (u, 2, order))
                        self._demonyms.add(form, demonym, (u, 2, order))
            capital = match(e.name, "capital")
            for c in e.capitals:
                self._countries.add(c, capital, (u, 1, order))
            for text, sec in e.metonyms:
                secs = _dedupe([s for s in (sec, *e.sectors) if s])
                metonym = ActorMatch(
                    text, e.code, secs[0] if secs else None, secs, "metonym", "dictionary", e.source, None
                )
                self._countries.add(text, metonym, (u, 0, order))
        self.counts["countries"] = len(entries)

    def _build_international(self, entries: list[NamedEntry], user: set[tuple[str, str]]) -> None:
        for order, e in enumerate(entries):
            u = int(("international", e.identity) in user)
            for name in (e.name, *e.aliases):
                self._intl.add(name, e, (u, order), cased=e.cased)
        self.counts["international"] = len(entries)

    def _build_agents(self, entries: list[AgentEntry]) -> None:
        for e in entries:
            self._agents[normalize(e.phrase)] = e
        for e in entries:  # plurals never shadow a singular phrase
            self._agents.setdefault(normalize(e.plural or pluralize(e.phrase)), e)
            self._heads.setdefault(e.head, []).append(e)
        for group in self._heads.values():
            group.sort(key=lambda a: -len(a.modifiers))
        self.counts["agents"] = len(entries)

    def _build_people(self, entries: list[NamedEntry]) -> None:
        for e in entries:
            keys = {normalize(n) for n in (e.name, *e.aliases)} - {""}
            for k in keys:
                self._named.setdefault(k, []).append(e)
            if e.kind == "person":
                for surname in _surnames(e.name) - keys:
                    self._surnames.setdefault(surname, []).append(e)
        self.counts["people"] = len(entries)

    # ----------------------------------------------------------------- lookups
    def country(self, text: str) -> ActorMatch | None:
        """Country by name, alias, ISO3 code (upper case), demonym, capital or metonym.

        A metonym may carry its country in front ("the United States Southern Command").
        """
        hit = self._countries.get(text)
        if hit is None:
            words = normalize(text, cased=True).split(" ")
            for i in range(1, min(4, len(words))):
                rest = self._countries.get(" ".join(words[i:]))
                if rest is not None and rest.kind == "metonym":
                    owner = self._countries.get(" ".join(words[:i]))
                    if owner is not None and owner.country == rest.country:
                        return rest
        return hit

    def demonym(self, word: str) -> str | None:
        """Country code of a demonym or adjective ("Venezuelan" -> "VEN")."""
        hit = self._demonyms.get(word)
        return hit.country if hit else None

    def international(self, text: str, date: dt.date | None = None) -> ActorMatch | None:
        """International body, NGO, armed group or company; dated roles apply when ``date`` is given."""
        entry = self._intl.get(text)
        return entry.resolve(date) if entry is not None else None

    def agent(self, phrase: str) -> ActorMatch | None:
        """Role noun phrase -> sectors ("armed men" -> UAF, "former president" -> ELI), plurals included."""
        memo = self._agent_memo
        if phrase in memo:
            return memo[phrase]
        if len(memo) >= 1 << 16:
            memo.clear()
        found = memo[phrase] = self._agent(phrase)
        return found

    def _agent(self, phrase: str) -> ActorMatch | None:
        text = normalize(phrase)
        while (t := _QUANTIFIER.sub("", text)) != text:
            text = _ARTICLE.sub("", t)
        words = text.split(" ")
        cuts = [i for i, w in enumerate(words) if i and w in _PREPOSITIONS]
        for end in (len(words), *reversed(cuts)):  # "minister of foreign affairs of X", then shorter
            head_zone = min([c for c in cuts if c < end], default=end)
            eli = False
            for i in range(head_zone):  # drop leading modifiers, never across a preposition
                if i and words[i - 1] in ELI_MODIFIERS:
                    eli = True
                entry = self._agents.get(" ".join(words[i:end]))
                if entry is not None:
                    return entry.match(eli=eli and "ELI" not in entry.sectors)
        return None

    def agent_by_head(self, head: str, modifiers: Iterable[str] = ()) -> ActorMatch | None:
        """Match a noun chunk by its head lemma plus modifier words (for spaCy chunks)."""
        mods = {normalize(m) for m in modifiers}
        for entry in self._heads.get(normalize(head), ()):
            if entry.modifiers <= mods:
                return entry.match(eli=bool(mods & ELI_MODIFIERS) and "ELI" not in entry.sectors)
        return None

    def named(self, text: str, date: dt.date) -> ActorMatch | None:
        """Person or organisation by full name or unambiguous alias; surname alone only when unique."""
        if _acronym(text):  # "UN", "WHO": acronyms are never people
            return None
        key = normalize(text)
        found = self._find_named(key, date)
        if found is None and (bare := _TITLES.sub("", key)) != key and bare:
            found = self._find_named(bare, date)
        return found.resolve(date) if found else None

    def _find_named(self, key: str, date: dt.date) -> NamedEntry | None:
        """Unique holder of ``key``; ties go to the exact canonical name, then to the one in office."""
        if key in self._named:
            shared = self._named[key]
            return (
                _unique(shared)
                or _unique([e for e in shared if normalize(e.name) == key])
                or _unique([e for e in shared if any(r.active(date) for r in e.roles)])
            )
        shared = self._surnames.get(key, [])
        return _unique(shared) or _unique([e for e in shared if any(r.active(date) for r in e.roles)])

    def lookup(self, text: str, date: dt.date) -> ActorMatch | None:
        """Named actor, then international actor, then country, then role noun."""
        return (
            self.named(text, date) or self.international(text, date) or self.country(text) or self.agent(text)
        )


# --------------------------------------------------------------------- file reading
def _yaml_files(folder: Traversable) -> Iterator[Traversable]:
    for res in folder.iterdir():
        if res.is_file() and res.name.endswith((".yaml", ".yml")):
            yield res


_CACHE_FORMAT = "killdeer-actors-2"  # 2: YAML 1.2 booleans (killdeer.yamlio)


def _cache_path(docs: Sequence[tuple[str, str, str | None, bool]], cache_dir: str | Path | None) -> Path:
    digest = hashlib.sha256(_CACHE_FORMAT.encode())
    for text, source, default, user in docs:
        digest.update(f"\0{source}\0{default}\0{user}\0".encode())
        digest.update(text.encode("utf-8"))
    if cache_dir is None:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        cache_dir = Path(base) / "killdeer"
    return Path(cache_dir) / f"actors-{digest.hexdigest()[:32]}.json"


def _parse_cached(docs: Sequence[tuple[str, str, str | None, bool]], path: Path | None) -> list[Any]:
    """YAML documents as plain data, from the JSON cache when its hash matches."""
    if path is not None:
        try:
            cached = json.loads(path.read_text("utf-8"))
            if isinstance(cached, list) and len(cached) == len(docs):
                return cached
        except (OSError, ValueError):
            pass
    parsed = []
    for text, source, _, _ in docs:
        try:
            parsed.append(yaml.load(text, Loader=_YamlLoader))
        except yaml.YAMLError as exc:
            raise LexiconError(f"{source}: invalid YAML ({exc})") from exc
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(parsed, default=_json_default, ensure_ascii=False), "utf-8")
            tmp.replace(path)
        except (OSError, TypeError, ValueError):
            pass
    return parsed


def _json_default(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot cache {type(value).__name__}")


def _ingest(data: Any, source: str, into: _Entries, default: str | None, *, user: bool = False) -> None:
    """Add the entries of one parsed document (a list, or a mapping of sections)."""
    if data is None:
        return
    if isinstance(data, Mapping):
        unknown = set(data) - set(SECTIONS) - set(_WORD_SECTIONS)
        if unknown:
            raise LexiconError(
                f"{source}: unknown top-level keys {sorted(unknown)}; expected {SECTIONS + _WORD_SECTIONS}"
            )
        _ingest_words(data, source, into)
        parts = [(s, data[s] or []) for s in SECTIONS if s in data]
    elif isinstance(data, list):
        parts = [(default, data)]
    else:
        raise LexiconError(f"{source}: expected a list of entries or a mapping of sections")
    sectors = frozenset(load_ontology().sectors)
    for section, items in parts:
        if not isinstance(items, list):
            raise LexiconError(f"{source}: section {section!r} must be a list")
        for n, raw in enumerate(items, 1):
            where = f"{source}: entry {n}"
            if not isinstance(raw, Mapping):
                raise LexiconError(f"{where}: expected a mapping, got {type(raw).__name__}")
            kind = section or _shape(raw, where)
            try:
                _add(kind, raw, source, into, sectors, user=user)
            except (KeyError, TypeError, ValueError) as exc:
                raise LexiconError(f"{where} ({raw.get('name') or raw.get('phrase')!r}): {exc}") from exc


def _ingest_words(data: Mapping[str, Any], source: str, into: _Entries) -> None:
    """Add a document's ``words:`` lists (to the lists of the same name) and ``abbreviations:``."""
    words = data.get("words") or {}
    if not isinstance(words, Mapping):
        raise LexiconError(f"{source}: 'words' must be a mapping of list name -> words")
    for name, values in words.items():
        if name not in WORD_LISTS:
            raise LexiconError(f"{source}: unknown word list {name!r}; expected one of {WORD_LISTS}")
        if not isinstance(values, list):
            raise LexiconError(f"{source}: word list {name!r} must be a list")
        into.words[name] = into.words.get(name, frozenset()) | frozenset(str(v).lower() for v in values)
    abbreviations = data.get("abbreviations") or {}
    if not isinstance(abbreviations, Mapping):
        raise LexiconError(f"{source}: 'abbreviations' must be a mapping of abbreviation -> word")
    into.abbreviations.update({str(k).lower(): str(v) for k, v in abbreviations.items()})


def _shape(raw: Mapping[str, Any], where: str) -> str:
    if "phrase" in raw:
        return "agents"
    if "roles" in raw or raw.get("kind") in ("person", "org"):
        return "people"
    if any(k in raw for k in ("iso3", "demonyms", "capitals", "metonyms")):
        return "countries"
    if "name" in raw and "code" in raw:
        return "international"
    raise LexiconError(f"{where}: cannot tell what kind of entry this is")


def _add(
    kind: str, raw: Mapping[str, Any], source: str, into: _Entries, valid: frozenset[str], *, user: bool
) -> None:
    if kind == "countries":
        c = CountryEntry(
            code=_code(raw["code"]),
            name=str(raw["name"]),
            source=source,
            iso3=str(raw["iso3"]) if raw.get("iso3") else None,
            sectors=_sectors(raw.get("sectors"), valid),
            aliases=_strs(raw.get("aliases")),
            demonyms=_strs(raw.get("demonyms")),
            capitals=_strs(raw.get("capitals")),
            metonyms=tuple(_metonym(m, valid) for m in raw.get("metonyms") or ()),
            wikidata=raw.get("wikidata"),
        )
        into.countries[c.identity] = c
        ident = c.identity
    elif kind in ("international", "people"):
        default_kind = "international" if kind == "international" else "person"
        entry_kind = str(raw.get("kind") or default_kind)
        if entry_kind not in ("international", "person", "org"):
            raise ValueError(f"kind must be person or org, not {entry_kind!r}")
        country = raw.get("code", raw.get("country"))
        sectors = _sectors(raw.get("sectors") or raw.get("sector"), valid)
        e = NamedEntry(
            name=str(raw["name"]),
            kind=entry_kind,
            country=_code(country) if country else None,
            source=source,
            sectors=sectors,
            aliases=_strs(raw.get("aliases")),
            wikidata=raw.get("wikidata"),
            roles=tuple(_role(r, valid) for r in raw.get("roles") or ()),
            cased=bool(raw.get("cased", False)),
        )
        table = into.international if kind == "international" else into.people
        table[e.identity] = e
        ident = e.identity
    elif kind == "agents":
        phrase = str(raw["phrase"])
        head = normalize(str(raw.get("head") or _default_head(phrase)))
        words = normalize(phrase).split(" ")
        del words[_head_position(words)]
        a = AgentEntry(
            phrase=phrase,
            head=head,
            sectors=_sectors(raw["sectors"], valid) or _sectors(raw.get("sector"), valid),
            source=source,
            plural=raw.get("plural"),
            modifiers=frozenset(words) - {head, "of", "the", "and", "s"},
            code=raw.get("code"),
        )
        if not a.sectors:
            raise ValueError("an agent needs at least one sector")
        if a.code is not None and a.code not in INTERNATIONAL_CODES:
            raise ValueError(f"an agent's code must be an international code, not {a.code!r}")
        into.agents[a.identity] = a
        ident = a.identity
    else:
        raise ValueError(f"unknown section {kind!r}")
    if user:
        into.user_ids.add((kind, ident))


def _head_position(words: Sequence[str]) -> int:
    return words.index("of") - 1 if "of" in words[1:] else len(words) - 1


def _default_head(phrase: str) -> str:
    words = normalize(phrase).split(" ")
    return words[_head_position(words)]


def _code(value: Any) -> str:
    code = _CODE_ALIASES.get(str(value), str(value))
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise ValueError(f"bad country code {code!r}")
    return code


def _sectors(value: Any, valid: frozenset[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else list(value)
    for s in items:
        if s not in valid:
            raise ValueError(f"unknown sector {s!r}")
    return _dedupe(items)


def _strs(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _metonym(value: Any, valid: frozenset[str]) -> tuple[str, str | None]:
    if isinstance(value, str):
        return (value, None)
    text, sector = value
    if sector is not None and sector not in valid:
        raise ValueError(f"unknown sector {sector!r}")
    return (str(text), sector)


def _date(value: Any, *, end: bool = False) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value)
    if re.fullmatch(r"\d{4}", s):
        return dt.date(int(s), 12, 31) if end else dt.date(int(s), 1, 1)
    if re.fullmatch(r"\d{4}-\d{2}", s):
        y, m = int(s[:4]), int(s[5:])
        if not end:
            return dt.date(y, m, 1)
        return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date.fromisoformat(s)


def _role(raw: Mapping[str, Any], valid: frozenset[str]) -> Role:
    sector = raw.get("sector")
    if sector is not None and sector not in valid:
        raise ValueError(f"unknown sector {sector!r}")
    country = raw.get("country")
    return Role(
        office=str(raw.get("office") or ""),
        country=_code(country) if country else None,
        sector=sector,
        start=_date(raw.get("start")),
        end=_date(raw.get("end"), end=True),
    )


_PARTICLES = frozenset(
    {
        "da",
        "de",
        "del",
        "della",
        "der",
        "di",
        "do",
        "dos",
        "du",
        "la",
        "le",
        "van",
        "von",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "jr",
        "sr",
        "ii",
        "iii",
    }
)


def _surnames(name: str) -> set[str]:
    """Weak keys for a person: last name and, for three or more names, the Iberian paternal surname.

    Names split on spaces only, so "Kim Jong-un" gives "jong un", never "un".
    """
    words = [w for w in (normalize(w) for w in name.split()) if w]
    if len(words) < 2:
        return set()
    out = {words[-1]} if words[-1] not in _PARTICLES else set()
    if len(words) >= 3:
        out.add(f"{words[-2]} {words[-1]}")
        if words[-2] not in _PARTICLES:
            out.add(words[-2])
    return {w for w in out if len(w) >= 3}


def _dedupe(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _unique(entries: Sequence[NamedEntry]) -> NamedEntry | None:
    distinct = {id(e): e for e in entries}
    return next(iter(distinct.values())) if len(distinct) == 1 else None
