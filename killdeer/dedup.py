"""Cross-report deduplication: link events from different articles that describe one happening.

Two events are the same happening (:func:`same_happening`) when they come from different
documents and have

* the same PLOVER category,
* compatible actors and recipients: their country sets overlap (and, when both sides know
  the sectors of those countries' entities, the sectors overlap too, counting GOV, MIL,
  COP and SPY as one "state" sector); a side without countries falls back to names;
  a side missing from one report is allowed if neither report names a country the other
  lacks, but then the evidence must be more similar (``min_similarity_unknown``);
  CONSULT, AGREE and COOPERATE may swap actor and recipient,
* event dates no more than ``window_days`` apart (partial dates are intervals),
* compatible locations: same country, and two city-level places within ``max_km``
  (places the coder only guessed, ``resolved_by`` ``*fallback``, are ignored),
* similar evidence: overlap coefficient (or Jaccard) of the sentences' content-word
  stems of at least ``min_similarity``.

:func:`cluster_events` links every such pair (blocked by category and date) and returns
connected components as :class:`Cluster` records with mention, source and article counts.
Raw per-report events are never dropped: clusters only group them. The functions take
plain event dicts (:meth:`Event.to_dict` plus optional ``source``) and need no model.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from killdeer.store import date_bounds

_STOP = frozenset(
    """a an the and or but of to in on at for from by with as into onto over under about after before
    during since than that this these those there here it its it's he she they them their his her we
    our you your i me my was were is are be been being has have had do does did not no nor so such
    said says say told tell according also which who whom whose what when where while would could
    should will shall may might must can just only very more most other another some any all each
    both one two three first last new news reported report reports monday tuesday wednesday
    thursday friday saturday sunday today yesterday week weeks day days year years month months
    mr mrs ms s t""".split()
)
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class DedupRule:
    """Thresholds of :func:`same_happening`.

    window_days: largest gap between the two event dates (default 2).
    min_similarity: least similarity of the two sentences (default 0.3).
    min_similarity_unknown: the same when an actor or recipient side is unknown (default 0.3).
    max_km: largest distance between two city-level locations (default 60).
    symmetric: categories whose actor and recipient may be swapped between reports.
    similarity: ``overlap`` (|A∩B| / min(|A|,|B|), default) or ``jaccard`` of sentence tokens.
    country_places_veto: two places in different countries veto a link even when one is
        only country-level (off: only city/admin1 places in different countries veto).
    """

    window_days: int = 2
    min_similarity: float = 0.3
    min_similarity_unknown: float = 0.3
    max_km: float = 60.0
    symmetric: tuple[str, ...] = ("CONSULT", "AGREE", "COOPERATE")
    similarity: str = "overlap"
    country_places_veto: bool = True


@dataclass(frozen=True, slots=True)
class Cluster:
    """Events from one or more reports of a single happening."""

    cluster_id: str
    event: str
    actor_country: str | None
    recipient_country: str | None
    date_first: str | None
    date_last: str | None
    first_report: str | None
    last_report: str | None
    mentions: int  # events (reports of the happening; an article may mention it twice)
    sources: int  # distinct outlets (``source``; the document id when unknown)
    articles: int  # distinct documents
    representative: str  # event id of the earliest report
    members: tuple[tuple[str, str], ...]  # (event_id, doc_id)


def tokens(text: str | None) -> frozenset[str]:
    """Content-word stems (first 5 letters) of ``text``."""
    if not text:
        return frozenset()
    return frozenset(w[:5] for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a ∩ b| / |a ∪ b| (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """|a ∩ b| / min(|a|, |b|): a short report inside a long one scores high (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


SIMILARITY = {"jaccard": jaccard, "overlap": overlap}
_STATE = frozenset({"GOV", "MIL", "COP", "SPY"})


def _interval(ev: Mapping[str, Any]) -> tuple[dt.date | None, dt.date | None]:
    start, end = date_bounds(ev.get("date"))
    if start is None:
        start, end = date_bounds(ev.get("pub_date"))
    return start, end


def _norm(name: str | None) -> str | None:
    return " ".join(_WORD.findall(name.lower())) if name else None


def _side(a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]]) -> str:
    """``match``, ``unknown`` or ``conflict`` for two actor (or recipient) lists."""
    if not a and not b:
        return "match"
    if not a or not b:
        return "unknown"
    ca = {e.get("country") for e in a if e.get("country")}
    cb = {e.get("country") for e in b if e.get("country")}
    if ca and cb:
        shared = ca & cb
        if not shared:
            return "conflict"
        sa = {s for e in a if e.get("country") in shared for s in _sectors(e)}
        sb = {s for e in b if e.get("country") in shared for s in _sectors(e)}
        if sa and sb and not sa & sb:
            return "conflict"
        return "match"
    na = {_norm(e.get("name")) for e in a if e.get("name")}
    nb = {_norm(e.get("name")) for e in b if e.get("name")}
    if na and nb:
        return "match" if na & nb else "conflict"
    return "unknown"


def _sides(a: Mapping[str, Any], b: Mapping[str, Any], *, swap: bool) -> tuple[str, str]:
    actor_b, recipient_b = ("recipient", "actor") if swap else ("actor", "recipient")
    return (
        _side(a.get("actor") or [], b.get(actor_b) or []),
        _side(a.get("recipient") or [], b.get(recipient_b) or []),
    )


def _participants_nested(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """A report that leaves a side out may not bring in a country the other report lacks."""
    pa_ = {e.get("country") for e in (a.get("actor") or []) + (a.get("recipient") or []) if e.get("country")}
    pb = {e.get("country") for e in (b.get("actor") or []) + (b.get("recipient") or []) if e.get("country")}
    return pa_ <= pb or pb <= pa_


def _sectors(ent: Mapping[str, Any]) -> set[str]:
    """The entity's sectors; executive, military, police and intelligence count as one (state)."""
    out = set(ent.get("sectors") or [])
    if ent.get("sector"):
        out.add(ent["sector"])
    return {"STATE" if s in _STATE else s for s in out}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _guessed(loc: Mapping[str, Any]) -> bool:
    """A place the coder fell back to (e.g. the actor's country), not one the text states."""
    return "fallback" in str(loc.get("resolved_by") or "")


def _places_ok(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None, rule: DedupRule) -> bool:
    if not a or not b or _guessed(a) or _guessed(b):
        return True
    if a.get("country") and b.get("country") and a["country"] != b["country"]:
        # a country-level place is often inferred from an actor's nationality: weak evidence
        weak = "country" in (a.get("precision"), b.get("precision"))
        return weak and not rule.country_places_veto
    city_a, city_b = a.get("precision") == "city", b.get("precision") == "city"
    if city_a and city_b:
        if None not in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
            return _km(a["lat"], a["lon"], b["lat"], b["lon"]) <= rule.max_km
        return _norm(a.get("name")) == _norm(b.get("name"))
    if a.get("admin1") and b.get("admin1") and a.get("precision") != "country" != b.get("precision"):
        return a["admin1"] == b["admin1"]
    return True


def _evidence(ev: Mapping[str, Any]) -> frozenset[str]:
    return tokens(ev.get("sentence") or ev.get("event_text"))


def _guessed_country(e: Mapping[str, Any]) -> bool:
    """A participant whose country is the coder's guess from the article's country: a guessed
    recipient (``document-country``) or a role word placed there (``agent-lexicon+document-country``)."""
    rb = str(e.get("resolved_by") or "")
    return rb == "document-country" or rb.endswith("+document-country")


def _stated(ev: Mapping[str, Any]) -> Mapping[str, Any]:
    """The event with only the participants its text places: one whose country the coder guessed
    from the article's country is unknown, not evidence."""
    sides = {role: [e for e in ev.get(role) or [] if not _guessed_country(e)] for role in ("actor", "recipient")}
    if all(len(sides[r]) == len(ev.get(r) or []) for r in sides):
        return ev
    return {**ev, **sides}


def explain(a: Mapping[str, Any], b: Mapping[str, Any], rule: DedupRule = DedupRule()) -> tuple[bool, str]:
    """Whether two events are one happening, and the first reason they are not."""
    a, b = _stated(a), _stated(b)
    return _explain(a, b, rule, _interval(a), _interval(b), _evidence(a), _evidence(b))


def _explain(
    a: Mapping[str, Any],
    b: Mapping[str, Any],
    rule: DedupRule,
    interval_a: tuple[dt.date | None, dt.date | None],
    interval_b: tuple[dt.date | None, dt.date | None],
    tokens_a: frozenset[str],
    tokens_b: frozenset[str],
) -> tuple[bool, str]:
    if a.get("doc_id") == b.get("doc_id"):
        return False, "same document"
    if a.get("event") != b.get("event"):
        return False, "category"
    (sa, ea), (sb, eb) = interval_a, interval_b
    if None in (sa, ea, sb, eb):
        return False, "no date"
    gap = max((sb - ea).days, (sa - eb).days, 0)  # type: ignore[operator]
    if gap > rule.window_days:
        return False, f"dates {gap} days apart"
    sides = _sides(a, b, swap=False)
    if "conflict" in sides and a.get("event") in rule.symmetric:
        swapped = _sides(a, b, swap=True)
        if "conflict" not in swapped:
            sides = swapped
    if "conflict" in sides:
        return False, "actor" if sides[0] == "conflict" else "recipient"
    if "unknown" in sides and not _participants_nested(a, b):
        return False, "participants"
    if not _places_ok(a.get("event_loc"), b.get("event_loc"), rule):
        return False, "place"
    need = rule.min_similarity_unknown if "unknown" in sides else rule.min_similarity
    measure = SIMILARITY[rule.similarity]
    sim = measure(tokens_a, tokens_b)
    if sim < need:
        return False, f"similarity {sim:.2f} < {need:.2f}"
    return True, f"similarity {sim:.2f}"


def same_happening(a: Mapping[str, Any], b: Mapping[str, Any], rule: DedupRule = DedupRule()) -> bool:
    """True when ``a`` and ``b`` (event dicts from different documents) report one happening."""
    return explain(a, b, rule)[0]


def cluster_events(records: Iterable[Mapping[str, Any]], rule: DedupRule = DedupRule()) -> list[Cluster]:
    """Group events into clusters (singletons included), linking pairs that pass :func:`same_happening`."""
    originals = list(records)
    recs = [_stated(r) for r in originals]
    parent = list(range(len(recs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    intervals = [_interval(r) for r in recs]
    evidence = [_evidence(r) for r in recs]
    # blocking, lossless for the rule: events can only link inside a category when their actor
    # countries overlap (either way round for symmetric categories); events without actor
    # countries ("wild") are compared with every block of their category
    blocks: dict[tuple[str, str], list[tuple[dt.date, dt.date, int]]] = {}
    wild: dict[str, list[tuple[dt.date, dt.date, int]]] = {}
    for i, r in enumerate(recs):
        start, end = intervals[i]
        if start is None or end is None:
            continue
        cat = str(r.get("event") or "")
        roles = ("actor", "recipient") if cat in rule.symmetric else ("actor",)
        keys = {str(e["country"]) for role in roles for e in r.get(role) or [] if e.get("country")}
        if not {e.get("country") for e in r.get("actor") or []} - {None}:
            wild.setdefault(cat, []).append((start, end, i))
            continue
        for key in keys:
            blocks.setdefault((cat, key), []).append((start, end, i))
    countries = [
        (
            frozenset(e["country"] for e in r.get("actor") or [] if e.get("country")),
            frozenset(e["country"] for e in r.get("recipient") or [] if e.get("country")),
        )
        for r in recs
    ]

    def may_link(i: int, j: int) -> bool:
        """Cheap pre-check with the rule's country conflicts (exact check in :func:`_explain`)."""
        (ai, ri), (aj, rj) = countries[i], countries[j]
        straight = not (ai and aj and not ai & aj) and not (ri and rj and not ri & rj)
        if straight or recs[i].get("event") not in rule.symmetric:
            return straight
        return not (ai and rj and not ai & rj) and not (ri and aj and not ri & aj)

    window = dt.timedelta(days=rule.window_days)
    groups_to_sweep = [items + wild.get(cat, []) for (cat, _), items in blocks.items()]
    groups_to_sweep += list(wild.values())
    for items in groups_to_sweep:
        items.sort()
        # sorted by start: stop once j starts more than a window after i ends
        for x, (_, end_i, i) in enumerate(items):
            for start_j, _, j in items[x + 1 :]:
                if start_j - end_i > window:
                    break
                if may_link(i, j) and find(i) != find(j) and _explain(
                    recs[i], recs[j], rule, intervals[i], intervals[j], evidence[i], evidence[j]
                )[0]:
                    parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(recs)):
        groups.setdefault(find(i), []).append(i)
    return [_make_cluster([originals[i] for i in members]) for members in groups.values()]


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _make_cluster(members: list[Mapping[str, Any]]) -> Cluster:
    members = sorted(members, key=lambda r: (_iso(r.get("pub_date")) or "", r.get("doc_id") or "", r["id"]))
    ids = sorted(str(r["id"]) for r in members)
    starts = [s for s in (_interval(r)[0] for r in members) if s]
    ends = [e for e in (_interval(r)[1] for r in members) if e]
    reports = sorted(p for p in (_iso(r.get("pub_date")) for r in members) if p)
    first = members[0]

    def country(role: str) -> str | None:
        for r in members:
            for ent in r.get(role) or []:
                if ent.get("country"):
                    return str(ent["country"])
        return None

    return Cluster(
        cluster_id="c-" + hashlib.sha1("\n".join(ids).encode()).hexdigest()[:16],
        event=str(first.get("event")),
        actor_country=country("actor"),
        recipient_country=country("recipient"),
        date_first=min(starts).isoformat() if starts else None,
        date_last=max(ends).isoformat() if ends else None,
        first_report=reports[0] if reports else None,
        last_report=reports[-1] if reports else None,
        mentions=len(members),
        sources=len({r.get("source") or r.get("doc_id") for r in members}),
        articles=len({r.get("doc_id") for r in members}),
        representative=str(first["id"]),
        members=tuple((str(r["id"]), str(r.get("doc_id"))) for r in members),
    )


@dataclass(frozen=True, slots=True)
class Scores:
    """Pairwise precision and recall of the rule against labels."""

    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_pairs(
    pairs: Iterable[tuple[Mapping[str, Any], Mapping[str, Any], bool]], rule: DedupRule = DedupRule()
) -> Scores:
    """Score :func:`same_happening` on labelled ``(a, b, is_duplicate)`` pairs."""
    tp = fp = fn = tn = 0
    for a, b, gold in pairs:
        pred = same_happening(a, b, rule)
        tp += pred and gold
        fp += pred and not gold
        fn += gold and not pred
        tn += not gold and not pred
    return Scores(tp, fp, fn, tn)


def score_clusters(
    records: Sequence[Mapping[str, Any]], gold: Mapping[str, str], rule: DedupRule = DedupRule()
) -> Scores:
    """Pairwise scores of :func:`cluster_events` over cross-document pairs of labelled events.

    ``gold`` maps event id to happening id; events without a label are clustered but not scored.
    """
    cluster_of = {e: c.cluster_id for c in cluster_events(records, rule) for e, _ in c.members}
    labelled = [r for r in records if r["id"] in gold]
    tp = fp = fn = tn = 0
    for x, a in enumerate(labelled):
        for b in labelled[x + 1 :]:
            if a.get("doc_id") == b.get("doc_id"):
                continue
            g = gold[a["id"]] == gold[b["id"]]
            p = cluster_of[a["id"]] == cluster_of[b["id"]]
            tp += p and g
            fp += p and not g
            fn += g and not p
            tn += not g and not p
    return Scores(tp, fp, fn, tn)
