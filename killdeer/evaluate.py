"""Score predicted PLOVER events against gold files (rules of ``shared/eval/FORMAT.md``).

Pure functions over dicts: :func:`load_gold`, :func:`load_predictions`, :func:`score`,
:func:`pr_curve` and :func:`render` (rich tables).

Choices made where FORMAT.md leaves room:

* **Country equivalence.** Codes are compared upper-cased. Two codes agree when they are equal,
  or when one is ``IGO`` and the other is *intergovernmental*: any code that is not an ISO 3166
  alpha-3 country (pycountry, plus ``KOS``), and not one of the non-governmental international
  codes ``NGO``, ``ISM``, ``IMG``, ``MNC``. So ``IGO`` agrees with ``UNO``, ``EUR``, ``NATO``,
  ``OAS``, ``AFU``... in both directions, but ``UNO`` does not agree with ``EUR``.
  Entities without a country are ignored.
* **Match.** A prediction matches a gold event when its category is the gold ``event`` or in
  ``alt_events``, the actor country sets overlap, and the recipient country sets overlap or the
  gold recipient is empty. *Category-only* matching keeps only the first condition.
* **One-to-one.** Per document, an optimal assignment (``scipy.optimize.linear_sum_assignment``)
  maximises first the number of matched pairs, then field agreement, lexicographically:
  exact category > actor overlap > recipient agreement > actor sector > date > location.
  Predictions are matched against non-optional gold first; the rest may then match optional gold.
* **Counts.** Predictions matched to optional gold are left out of precision and recall.
  An unmatched prediction that would match a gold event already matched (optional or not) is a
  *repeat*: left out of precision, not spurious. Predictions for documents absent from the gold
  are not scored (counted in ``unscored_predictions``). Missing ``confidence`` counts as 1.0;
  predictions below ``min_confidence`` are dropped before matching.
* **Accuracies on matched pairs.** Over event-matched pairs: exact category (pred == gold
  ``event``); actor sector (pairs where some gold actor has a sector; correct if some predicted
  actor agreeing in country with such a gold actor has the same primary ``sector``); event date
  (pairs where gold has a date: same day, same month where gold is ``YYYY-MM``, same year where
  gold is ``YYYY``; a less precise prediction is wrong); location country (pairs where gold has a
  ``location``: predicted ``event_loc.country`` equals it). Recipient country (overlap, pairs
  where gold recipient is non-empty) and actor country (overlap) are measured over
  *category-only* pairs, because the event match already requires both, which would make them
  trivially 1.0.
* **Per category** (event matching): precision of ``c`` counts predictions labelled ``c``,
  recall of ``c`` counts non-optional gold events of category ``c`` (an ``alt_events`` match is
  correct for both sides).
* **Confusion** (gold rows, predicted columns): event-matched pairs; then missed gold and spurious
  predictions of a document are paired one-to-one where actors and recipients agree (true
  category confusions); what is left goes against ``-``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pycountry
from rich.console import Console
from rich.table import Table
from scipy.optimize import linear_sum_assignment

NONE = "-"
"""Confusion-table label for a missing side (missed gold / spurious prediction)."""

IGO = "IGO"
NON_GOVERNMENTAL = frozenset({"NGO", "ISM", "IMG", "MNC"})
COUNTRY_CODES = frozenset({c.alpha_3 for c in pycountry.countries} | {"KOS", "PSE", "HKG"})

Record = Mapping[str, Any]
Condition = Callable[[Record, Record], bool]


# --------------------------------------------------------------------------- loading


def _read_jsonl(path: str | Path) -> Iterable[tuple[int, dict[str, Any]]]:
    with Path(path).open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: invalid JSON: {exc}") from exc
            if not isinstance(obj, dict):
                raise ValueError(f"{path}:{lineno}: expected a JSON object")
            yield lineno, obj


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file: one document (``id``, ``date``, ``text``, ``events``) a line."""
    docs = []
    for lineno, doc in _read_jsonl(path):
        if "id" not in doc or not isinstance(doc.get("events"), list):
            raise ValueError(f"{path}:{lineno}: a gold document needs 'id' and 'events'")
        docs.append(doc)
    return docs


def load_predictions(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Read predictions grouped by document id.

    Lines are killdeer event records (with ``doc_id``) or gold-format documents (with ``id`` and
    ``events``; their events get ``doc_id`` added). A document line with no events still
    registers its id with an empty list.
    """
    grouped: dict[str, list[dict[str, Any]]] = {}
    for lineno, obj in _read_jsonl(path):
        if isinstance(obj.get("events"), list) and "id" in obj:
            doc_id = str(obj["id"])
            events = grouped.setdefault(doc_id, [])
            events.extend({**ev, "doc_id": doc_id} for ev in obj["events"])
        elif "doc_id" in obj:
            grouped.setdefault(str(obj["doc_id"]), []).append(obj)
        else:
            raise ValueError(f"{path}:{lineno}: neither an event (doc_id) nor a document (id, events)")
    return grouped


# --------------------------------------------------------------------------- field comparisons


def _code(value: Any) -> str | None:
    return (str(value).strip().upper() or None) if value else None


def is_intergovernmental(code: str) -> bool:
    """True for ``IGO``/``UNO``/``EUR``/``NATO``...: neither a country nor NGO/ISM/IMG/MNC."""
    code = code.upper()
    return code not in COUNTRY_CODES and code not in NON_GOVERNMENTAL


def countries_agree(a: str | None, b: str | None) -> bool:
    """Equal codes, or ``IGO`` against any intergovernmental code (either side)."""
    a, b = _code(a), _code(b)
    if a is None or b is None:
        return False
    if a == b:
        return True
    return (a == IGO and is_intergovernmental(b)) or (b == IGO and is_intergovernmental(a))


def _countries(entities: Any) -> list[str]:
    return [c for e in entities or [] if isinstance(e, Mapping) and (c := _code(e.get("country")))]


def _overlap(pred_entities: Any, gold_entities: Any) -> bool:
    gold = _countries(gold_entities)
    return any(countries_agree(p, g) for p in _countries(pred_entities) for g in gold)


def _categories(gold: Record) -> set[str]:
    return {str(gold.get("event"))} | {str(c) for c in gold.get("alt_events") or []}


def category_match(pred: Record, gold: Record) -> bool:
    """Condition 1: predicted category is the gold ``event`` or one of ``alt_events``."""
    return str(pred.get("event")) in _categories(gold)


def _actor_ok(pred: Record, gold: Record) -> bool:
    return _overlap(pred.get("actor"), gold.get("actor"))


def _recipient_ok(pred: Record, gold: Record) -> bool:
    return not gold.get("recipient") or _overlap(pred.get("recipient"), gold.get("recipient"))


def event_match(pred: Record, gold: Record) -> bool:
    """All three FORMAT.md conditions: category, actor overlap, recipient overlap or empty."""
    return category_match(pred, gold) and _actor_ok(pred, gold) and _recipient_ok(pred, gold)


def _arguments_match(pred: Record, gold: Record) -> bool:
    return _actor_ok(pred, gold) and _recipient_ok(pred, gold)


def sector_correct(pred: Record, gold: Record) -> bool | None:
    """Actor sector check; ``None`` when no gold actor has a sector (pair not scored)."""
    gold_actors = [g for g in gold.get("actor") or [] if g.get("sector")]
    if not gold_actors:
        return None
    return any(
        p.get("sector") == g["sector"] and countries_agree(p.get("country"), g.get("country"))
        for g in gold_actors
        for p in pred.get("actor") or []
    )


def date_correct(pred: Record, gold: Record) -> bool | None:
    """Date check at gold precision; ``None`` when gold has no date."""
    gold_date = str(gold.get("date") or "").strip()
    if not gold_date:
        return None
    pred_date = str(pred.get("date") or "").strip()[:10]
    return len(pred_date) >= len(gold_date) and pred_date[: len(gold_date)] == gold_date


def _location(record: Record) -> Mapping[str, Any] | None:
    loc = record["event_loc"] if "event_loc" in record else record.get("location")
    return loc if isinstance(loc, Mapping) else None


def location_correct(pred: Record, gold: Record) -> bool | None:
    """Location-country check; ``None`` when gold has no location (or no location country)."""
    gold_loc = _location(gold)
    gold_country = _code(gold_loc.get("country")) if gold_loc else None
    if gold_country is None:
        return None
    pred_loc = _location(pred)
    return pred_loc is not None and _code(pred_loc.get("country")) == gold_country


def _agreement(pred: Record, gold: Record) -> float:
    """Tie-break score in [0, 1), lexicographic over the fields (exact category first)."""
    checks = (
        pred.get("event") == gold.get("event"),
        _actor_ok(pred, gold),
        bool(gold.get("recipient")) and _recipient_ok(pred, gold),
        bool(sector_correct(pred, gold)),
        bool(date_correct(pred, gold)),
        bool(location_correct(pred, gold)),
    )
    return sum(0.5 ** (i + 1) for i, ok in enumerate(checks) if ok)


def _assign(preds: Sequence[Record], golds: Sequence[Record], condition: Condition) -> list[tuple[int, int]]:
    """Maximum-cardinality, then maximum-agreement one-to-one matching: (pred, gold) indices."""
    if not preds or not golds:
        return []
    base = float(len(preds) + len(golds) + 1)  # one extra pair always outweighs all tie-breaks
    weights = np.zeros((len(preds), len(golds)))
    valid = np.zeros((len(preds), len(golds)), dtype=bool)
    for i, pred in enumerate(preds):
        for j, gold in enumerate(golds):
            if condition(pred, gold):
                valid[i, j] = True
                weights[i, j] = base + _agreement(pred, gold)
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return [(int(i), int(j)) for i, j in zip(rows, cols, strict=True) if valid[i, j]]


# --------------------------------------------------------------------------- per-document matching


@dataclass(slots=True)
class _DocMatch:
    """Outcome of matching one document under one condition (indices into its lists)."""

    matched: list[tuple[int, int]] = field(default_factory=list)  # (pred, non-optional gold)
    optional: list[tuple[int, int]] = field(default_factory=list)  # (pred, optional gold)
    repeats: list[int] = field(default_factory=list)
    spurious: list[int] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)  # non-optional gold


def _match_document(preds: Sequence[Record], golds: Sequence[Record], condition: Condition) -> _DocMatch:
    required = [j for j, g in enumerate(golds) if not g.get("optional")]
    optional = [j for j, g in enumerate(golds) if g.get("optional")]
    out = _DocMatch()
    first = _assign(preds, [golds[j] for j in required], condition)
    out.matched = [(i, required[j]) for i, j in first]
    first_preds = {i for i, _ in first}
    left = [i for i in range(len(preds)) if i not in first_preds]
    second = _assign([preds[i] for i in left], [golds[j] for j in optional], condition)
    out.optional = [(left[i], optional[j]) for i, j in second]
    taken_gold = {j for _, j in out.matched} | {j for _, j in out.optional}
    taken_pred = {i for i, _ in out.matched} | {i for i, _ in out.optional}
    for i in range(len(preds)):
        if i in taken_pred:
            continue
        if any(condition(preds[i], golds[j]) for j in taken_gold):
            out.repeats.append(i)
        else:
            out.spurious.append(i)
    matched_gold = {j for _, j in out.matched}
    out.missed = [j for j in required if j not in matched_gold]
    return out


# --------------------------------------------------------------------------- report


@dataclass(slots=True)
class PRF:
    """Precision / recall / F1 from counts."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    tp_gold: int | None = None  # gold-side true positives when they differ (per category)

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        tp = self.tp if self.tp_gold is None else self.tp_gold
        return tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"tp": self.tp, "n_pred": self.n_pred, "n_gold": self.n_gold}
        if self.tp_gold is not None:
            out["tp_gold"] = self.tp_gold
        out |= {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        return out


@dataclass(slots=True)
class Accuracy:
    """Share of scored pairs that are correct; ``value`` is ``None`` when nothing was scored."""

    correct: int = 0
    n: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.n if self.n else None

    def add(self, ok: bool | None) -> None:
        if ok is not None:
            self.n += 1
            self.correct += int(ok)

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "n": self.n, "accuracy": self.value}


ACCURACY_BASIS = {
    "exact_category": "event",
    "actor_sector": "event",
    "event_date": "event",
    "location_country": "event",
    "recipient_country": "category",
    "actor_country": "category",
}
"""Which matching each pair accuracy is computed over (``event`` or ``category``-only)."""


@dataclass(slots=True)
class Report:
    """Scores of one run; :meth:`to_dict` gives a JSON-serialisable view."""

    event: PRF
    category: PRF
    accuracy: dict[str, Accuracy]
    per_category: dict[str, PRF]
    confusion: dict[str, dict[str, int]]
    details: list[dict[str, Any]]
    n_docs: int = 0
    min_confidence: float = 0.0
    repeats: int = 0
    optional_matched: int = 0
    below_confidence: int = 0
    unscored_predictions: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_docs": self.n_docs,
            "min_confidence": self.min_confidence,
            "event": self.event.to_dict(),
            "category": self.category.to_dict(),
            "accuracy": {k: {**v.to_dict(), "basis": ACCURACY_BASIS[k]} for k, v in self.accuracy.items()},
            "per_category": {k: v.to_dict() for k, v in self.per_category.items()},
            "confusion": {g: dict(row) for g, row in self.confusion.items()},
            "repeats": self.repeats,
            "optional_matched": self.optional_matched,
            "below_confidence": self.below_confidence,
            "unscored_predictions": self.unscored_predictions,
            "details": self.details,
        }


def _summary(record: Record, index: int) -> dict[str, Any]:
    loc = _location(record)
    return {
        "i": index,
        "event": record.get("event"),
        "actor": _countries(record.get("actor")),
        "recipient": _countries(record.get("recipient")),
        "date": record.get("date"),
        "location": _code(loc.get("country")) if loc else None,
        "text": record.get("evidence") or record.get("event_text"),
        "confidence": record.get("confidence"),
    }


def _confidence(record: Record) -> float:
    value = record.get("confidence")
    return 1.0 if value is None else float(value)


def score(
    gold_docs: Sequence[Mapping[str, Any]],
    predictions: Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    min_confidence: float = 0.0,
) -> Report:
    """Score ``predictions`` (events grouped by doc id) against ``gold_docs`` (see module doc)."""
    event, category = PRF(), PRF()
    accuracy = {name: Accuracy() for name in ACCURACY_BASIS}
    per_category: dict[str, PRF] = {}
    confusion: dict[str, dict[str, int]] = {}
    details: list[dict[str, Any]] = []
    repeats = optional_matched = below = 0

    def cat(name: Any) -> PRF:
        return per_category.setdefault(str(name), PRF(tp_gold=0))

    def confuse(gold_cat: Any, pred_cat: Any) -> None:
        row = confusion.setdefault(str(gold_cat), {})
        row[str(pred_cat)] = row.get(str(pred_cat), 0) + 1

    gold_ids = {str(doc["id"]) for doc in gold_docs}
    unscored = sum(len(v) for k, v in predictions.items() if k not in gold_ids)

    for doc in gold_docs:
        golds = list(doc.get("events") or [])
        all_preds = list(predictions.get(str(doc["id"]), []))
        kept = [i for i, p in enumerate(all_preds) if _confidence(p) >= min_confidence]
        below += len(all_preds) - len(kept)
        preds = [all_preds[i] for i in kept]

        ev = _match_document(preds, golds, event_match)
        co = _match_document(preds, golds, category_match)

        for m, prf in ((ev, event), (co, category)):
            prf.tp += len(m.matched)
            prf.n_pred += len(m.matched) + len(m.spurious)
            prf.n_gold += len(m.matched) + len(m.missed)
        repeats += len(ev.repeats)
        optional_matched += len(ev.optional)

        for i, j in ev.matched:
            pred, gold = preds[i], golds[j]
            accuracy["exact_category"].add(pred.get("event") == gold.get("event"))
            accuracy["actor_sector"].add(sector_correct(pred, gold))
            accuracy["event_date"].add(date_correct(pred, gold))
            accuracy["location_country"].add(location_correct(pred, gold))
            p, g = cat(pred.get("event")), cat(gold.get("event"))
            p.tp += 1
            p.n_pred += 1
            g.n_gold += 1
            g.tp_gold = (g.tp_gold or 0) + 1  # always set by cat()
            confuse(gold.get("event"), pred.get("event"))
        for i, j in co.matched:
            pred, gold = preds[i], golds[j]
            accuracy["actor_country"].add(_actor_ok(pred, gold))
            accuracy["recipient_country"].add(
                _overlap(pred.get("recipient"), gold.get("recipient")) if gold.get("recipient") else None
            )
        for i in ev.spurious:
            cat(preds[i].get("event")).n_pred += 1
        for j in ev.missed:
            cat(golds[j].get("event")).n_gold += 1

        # Category confusions: missed gold vs spurious predictions whose arguments agree.
        spurious = [preds[i] for i in ev.spurious]
        missed = [golds[j] for j in ev.missed]
        pairs = _assign(spurious, missed, _arguments_match)
        for i, j in pairs:
            confuse(missed[j].get("event"), spurious[i].get("event"))
        for j in set(range(len(missed))) - {j for _, j in pairs}:
            confuse(missed[j].get("event"), NONE)
        for i in set(range(len(spurious))) - {i for i, _ in pairs}:
            confuse(NONE, spurious[i].get("event"))

        details.append(
            {
                "id": doc["id"],
                "matched": [
                    {"gold": _summary(golds[j], j), "pred": _summary(preds[i], kept[i])}
                    for i, j in ev.matched
                ],
                "optional_matched": [
                    {"gold": _summary(golds[j], j), "pred": _summary(preds[i], kept[i])}
                    for i, j in ev.optional
                ],
                "missed": [_summary(golds[j], j) for j in ev.missed],
                "spurious": [_summary(preds[i], kept[i]) for i in ev.spurious],
                "repeats": [_summary(preds[i], kept[i]) for i in ev.repeats],
            }
        )

    return Report(
        event=event,
        category=category,
        accuracy=accuracy,
        per_category=dict(sorted(per_category.items())),
        confusion=confusion,
        details=details,
        n_docs=len(gold_docs),
        min_confidence=min_confidence,
        repeats=repeats,
        optional_matched=optional_matched,
        below_confidence=below,
        unscored_predictions=unscored,
    )


def pr_curve(
    gold_docs: Sequence[Mapping[str, Any]],
    predictions: Mapping[str, Sequence[Mapping[str, Any]]],
    thresholds: Iterable[float],
) -> list[dict[str, Any]]:
    """Event and category-only P/R/F1 (with counts) at each minimum confidence."""
    points = []
    for t in thresholds:
        report = score(gold_docs, predictions, min_confidence=t)
        points.append(
            {"threshold": t, "event": report.event.to_dict(), "category": report.category.to_dict()}
        )
    return points


# --------------------------------------------------------------------------- rendering


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}"


def render(report: Report, console: Console) -> None:
    """Print headline scores, pair accuracies, per-category scores and the confusion table."""
    head = Table(title=f"Events ({report.n_docs} documents, min confidence {report.min_confidence})")
    for col in ("", "P", "R", "F1", "tp", "pred", "gold"):
        head.add_column(col, justify="left" if not col else "right")
    for name, prf in (("event", report.event), ("category only", report.category)):
        head.add_row(
            name,
            _pct(prf.precision),
            _pct(prf.recall),
            _pct(prf.f1),
            str(prf.tp),
            str(prf.n_pred),
            str(prf.n_gold),
        )
    head.caption = (
        f"repeats {report.repeats} · optional matched {report.optional_matched} · "
        f"below confidence {report.below_confidence} · unscored {report.unscored_predictions}"
    )
    console.print(head)

    acc = Table(title="On matched pairs")
    for col in ("", "accuracy", "correct", "n", "over"):
        acc.add_column(col, justify="left" if col in ("", "over") else "right")
    for name, a in report.accuracy.items():
        acc.add_row(name, _pct(a.value), str(a.correct), str(a.n), ACCURACY_BASIS[name])
    console.print(acc)

    per = Table(title="Per category (event matching)")
    for col in ("category", "P", "R", "F1", "tp pred", "pred", "tp gold", "gold"):
        per.add_column(col, justify="left" if col == "category" else "right")
    for name, prf in report.per_category.items():
        per.add_row(
            name,
            _pct(prf.precision),
            _pct(prf.recall),
            _pct(prf.f1),
            str(prf.tp),
            str(prf.n_pred),
            str(prf.tp_gold or 0),
            str(prf.n_gold),
        )
    console.print(per)

    labels = sorted({g for g in report.confusion} | {p for r in report.confusion.values() for p in r})
    labels = [x for x in labels if x != NONE] + [NONE]
    conf = Table(title="Confusion (rows gold, columns predicted)")
    conf.add_column("gold \\ pred")
    for label in labels:
        conf.add_column(label[:4], justify="right")
    for g in labels:
        row = report.confusion.get(g, {})
        if row:
            conf.add_row(g, *(str(row.get(p, "")) for p in labels))
    console.print(conf)
