"""Typed records passed between killdeer's stages.

read -> :class:`Document`; actors -> :class:`Entity`; when -> :class:`DateResolution`;
where -> :class:`Location`; events -> :class:`Event` (the output record).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Document:
    """One article: an id, its publication date and its text."""

    id: str
    date: dt.date
    text: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    origin: str | None = None  # "path:line" the document was read from
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Entity:
    """An actor or recipient: the words in the article and what they resolve to."""

    text: str
    start: int  # character offsets into the document text
    end: int
    name: str | None = None  # canonical name
    country: str | None = None  # ISO 3166 alpha-3 or UNO/EUR/IGO/NGO/IMG/ISM/MNC/KOS
    sector: str | None = None  # primary PLOVER sector
    sectors: list[str] = field(default_factory=list)
    resolved_by: str = "unresolved"  # dictionary, agent-lexicon, in-document, pronoun, ...
    wikidata: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "sectors": list(self.sectors),
            "start": self.start,
            "end": self.end,
            "resolved_by": self.resolved_by,
            "wikidata": self.wikidata,
        }


@dataclass(slots=True)
class Location:
    """Where an event happened."""

    name: str
    country: str | None  # ISO 3166 alpha-3
    lat: float | None = None
    lon: float | None = None
    precision: str = "none"  # city / admin1 / country / none
    admin1: str | None = None
    geonameid: int | None = None
    text: str | None = None  # the words in the article
    start: int | None = None
    end: int | None = None
    resolved_by: str | None = None  # predicate, sentence, paragraph, dateline, document

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "precision": self.precision,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "resolved_by": self.resolved_by,
        }


@dataclass(slots=True)
class DateResolution:
    """An event date: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` and how precise it is."""

    date: str
    precision: str  # day / month / year / pub (no expression: publication date)
    text: str | None = None  # the expression it came from
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Event:
    """One PLOVER event record with its provenance."""

    id: str
    doc_id: str
    pub_date: str
    date: str
    date_precision: str
    event: str
    mode: list[str]
    context: list[str]
    actor: list[Entity]
    recipient: list[Entity]
    event_text: str
    event_start: int
    event_end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    sentence_index: int
    quad_code: int
    event_scale: float | None
    confidence: float
    coder: dict[str, str]
    event_loc: Location | None = None
    date_text: str | None = None
    date_text_start: int | None = None  # offsets of the date expression in the document text
    date_text_end: int | None = None
    historical: bool = False
    why: dict[str, Any] = field(default_factory=dict)  # trigger rule, classifier score, ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON record (see ``killdeer/data/event.schema.json``)."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "pub_date": self.pub_date,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "date_text_start": self.date_text_start,
            "date_text_end": self.date_text_end,
            "event": self.event,
            "mode": list(self.mode),
            "context": list(self.context),
            "actor": [e.to_dict() for e in self.actor],
            "recipient": [e.to_dict() for e in self.recipient],
            "event_text": self.event_text,
            "event_start": self.event_start,
            "event_end": self.event_end,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "sentence_index": self.sentence_index,
            "event_loc": self.event_loc.to_dict() if self.event_loc else None,
            "quad_code": self.quad_code,
            "event_scale": self.event_scale,
            "confidence": round(self.confidence, 4),
            "historical": self.historical,
            "why": self.why,
            "coder": dict(self.coder),
        }
