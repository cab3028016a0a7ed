"""Tests for killdeer.evaluate: one hand-made case per scoring rule of shared/eval/FORMAT.md."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from killdeer.evaluate import (
    NONE,
    countries_agree,
    date_correct,
    load_gold,
    load_predictions,
    pr_curve,
    render,
    score,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"


def ent(country: str | None, sector: str | None = None, text: str = "x") -> dict[str, Any]:
    return {"text": text, "country": country, "sector": sector}


def gold_event(
    event: str,
    actor: list[dict[str, Any]],
    recipient: list[dict[str, Any]] | None = None,
    *,
    alt: list[str] | None = None,
    optional: bool = False,
    date: str | None = None,
    location: str | None = None,
) -> dict[str, Any]:
    return {
        "event": event,
        "mode": [],
        "context": [],
        "actor": actor,
        "recipient": recipient or [],
        "date": date,
        "location": {"name": location, "country": location} if location else None,
        "alt_events": alt or [],
        "optional": optional,
    }


def pred(
    event: str,
    actor: list[dict[str, Any]],
    recipient: list[dict[str, Any]] | None = None,
    *,
    date: str = "2024-01-25",
    location: str | None = None,
    confidence: float | None = 0.9,
    doc_id: str = "d1",
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "doc_id": doc_id,
        "event": event,
        "mode": [],
        "actor": actor,
        "recipient": recipient or [],
        "date": date,
        "event_loc": {"name": location, "country": location} if location else None,
    }
    if confidence is not None:
        out["confidence"] = confidence
    return out


def doc(*events: dict[str, Any], doc_id: str = "d1") -> dict[str, Any]:
    return {"id": doc_id, "date": "2024-01-25", "text": "...", "events": list(events)}


def counts(prf: Any) -> tuple[int, int, int]:
    return prf.tp, prf.n_pred, prf.n_gold


# --------------------------------------------------------------------------- matching rules


def test_perfect_match() -> None:
    g = gold_event("REJECT", [ent("ECU", "GOV")], [ent("VEN", "GOV")], date="2024-01-23", location="ECU")
    p = pred("REJECT", [ent("ECU", "GOV")], [ent("VEN", "GOV")], date="2024-01-23", location="ECU")
    r = score([doc(g)], {"d1": [p]})
    assert counts(r.event) == (1, 1, 1)
    assert counts(r.category) == (1, 1, 1)
    assert r.event.f1 == r.category.f1 == 1.0
    for name in ("exact_category", "actor_sector", "event_date", "location_country"):
        assert (r.accuracy[name].correct, r.accuracy[name].n) == (1, 1), name
    assert (r.accuracy["recipient_country"].correct, r.accuracy["recipient_country"].n) == (1, 1)
    assert r.confusion == {"REJECT": {"REJECT": 1}}
    assert r.details[0]["matched"] and not r.details[0]["missed"] and not r.details[0]["spurious"]


def test_alt_events_match_but_not_exact() -> None:
    g = gold_event("REQUEST", [ent("VEN")], [ent("ECU")], alt=["AGREE"])
    r = score([doc(g)], {"d1": [pred("AGREE", [ent("VEN")], [ent("ECU")])]})
    assert counts(r.event) == (1, 1, 1)
    assert (r.accuracy["exact_category"].correct, r.accuracy["exact_category"].n) == (0, 1)
    # precision side by predicted category, recall side by gold category
    assert r.per_category["AGREE"].precision == 1.0 and r.per_category["AGREE"].n_gold == 0
    assert r.per_category["REQUEST"].recall == 1.0 and r.per_category["REQUEST"].n_pred == 0
    assert r.confusion == {"REQUEST": {"AGREE": 1}}

    other = score([doc(g)], {"d1": [pred("ACCUSE", [ent("VEN")], [ent("ECU")])]})
    assert counts(other.event) == (0, 1, 1)
    assert counts(other.category) == (0, 1, 1)


@pytest.mark.parametrize(
    ("gold_code", "pred_code", "expected"),
    [
        ("IGO", "UNO", True),
        ("IGO", "EUR", True),
        ("IGO", "OAS", True),
        ("IGO", "NATO", True),
        ("UNO", "IGO", True),  # symmetric
        ("OAS", "IGO", True),
        ("IGO", "IGO", True),
        ("UNO", "EUR", False),  # only IGO is a wildcard
        ("IGO", "NGO", False),  # NGO/ISM/IMG/MNC are not intergovernmental
        ("IGO", "MNC", False),
        ("IGO", "FRA", False),  # ISO countries are not
        ("IGO", "KOS", False),
        ("igo", "uno", True),  # case-insensitive
        ("IGO", None, False),
    ],
)
def test_country_equivalence(gold_code: str, pred_code: str | None, expected: bool) -> None:
    assert countries_agree(pred_code, gold_code) is expected
    g = gold_event("AGREE", [ent(gold_code)], [ent("JPN")])
    r = score([doc(g)], {"d1": [pred("AGREE", [ent(pred_code)], [ent("JPN")])]})
    assert r.event.tp == int(expected)


def test_igo_equivalence_in_recipient() -> None:
    g = gold_event("REQUEST", [ent("USA")], [ent("IGO")])
    assert score([doc(g)], {"d1": [pred("REQUEST", [ent("USA")], [ent("UNO")])]}).event.tp == 1
    assert score([doc(g)], {"d1": [pred("REQUEST", [ent("USA")], [ent("NGO")])]}).event.tp == 0


def test_actor_overlap_required() -> None:
    g = gold_event("CONSULT", [ent("ECU"), ent("BRA")])
    assert score([doc(g)], {"d1": [pred("CONSULT", [ent("BRA")])]}).event.tp == 1
    wrong = score([doc(g)], {"d1": [pred("CONSULT", [ent("ARG")])]})
    assert wrong.event.tp == 0 and wrong.category.tp == 1
    assert (wrong.accuracy["actor_country"].correct, wrong.accuracy["actor_country"].n) == (0, 1)


def test_empty_gold_recipient_matches_any_recipient() -> None:
    g = gold_event("AGREE", [ent("HUN"), ent("ROU")])
    r = score([doc(g)], {"d1": [pred("AGREE", [ent("HUN")], [ent("DEU")])]})
    assert counts(r.event) == (1, 1, 1)
    assert r.accuracy["recipient_country"].n == 0  # not scored when gold recipient is empty
    # but a non-empty gold recipient needs a predicted recipient
    g2 = gold_event("AGREE", [ent("HUN")], [ent("ROU")])
    assert score([doc(g2)], {"d1": [pred("AGREE", [ent("HUN")])]}).event.tp == 0


def test_wrong_recipient_country() -> None:
    g = gold_event("ACCUSE", [ent("VEN", "GOV")], [ent("USA", "MIL")])
    r = score([doc(g)], {"d1": [pred("ACCUSE", [ent("VEN", "GOV")], [ent("COL", "MIL")])]})
    assert counts(r.event) == (0, 1, 1)
    assert counts(r.category) == (1, 1, 1)
    rc = r.accuracy["recipient_country"]
    assert (rc.correct, rc.n) == (0, 1)
    assert r.confusion == {"ACCUSE": {NONE: 1}, NONE: {"ACCUSE": 1}}
    assert len(r.details[0]["missed"]) == 1 and len(r.details[0]["spurious"]) == 1


def test_optional_gold_matched_is_excluded_from_both_counts() -> None:
    req = gold_event("REJECT", [ent("ECU")], [ent("VEN")])
    opt = gold_event("AGREE", [ent("VEN")], [ent("ECU")], optional=True)
    preds = [pred("REJECT", [ent("ECU")], [ent("VEN")]), pred("AGREE", [ent("VEN")], [ent("ECU")])]
    r = score([doc(req, opt)], {"d1": preds})
    assert counts(r.event) == (1, 1, 1)
    assert counts(r.category) == (1, 1, 1)
    assert r.optional_matched == 1
    assert len(r.details[0]["optional_matched"]) == 1
    assert "AGREE" not in r.confusion and r.per_category.get("AGREE") is None


def test_optional_gold_missed_is_not_counted() -> None:
    req = gold_event("REJECT", [ent("ECU")], [ent("VEN")])
    opt = gold_event("AGREE", [ent("VEN")], [ent("ECU")], optional=True)
    r = score([doc(req, opt)], {"d1": [pred("REJECT", [ent("ECU")], [ent("VEN")])]})
    assert counts(r.event) == (1, 1, 1)
    assert r.event.recall == 1.0
    assert r.details[0]["missed"] == []


def test_required_gold_takes_precedence_over_optional() -> None:
    req = gold_event("AGREE", [ent("USA")], alt=[])
    opt = gold_event("AGREE", [ent("USA")], optional=True)
    r = score([doc(opt, req)], {"d1": [pred("AGREE", [ent("USA")])]})
    assert counts(r.event) == (1, 1, 1) and r.optional_matched == 0


def test_repeat_predictions_are_not_spurious() -> None:
    g = gold_event("ASSAULT", [ent("ECU", "CRM")], [ent("ECU", "COP")])
    same = pred("ASSAULT", [ent("ECU", "CRM")], [ent("ECU", "COP")])
    r = score([doc(g)], {"d1": [same, dict(same), dict(same)]})
    assert counts(r.event) == (1, 1, 1)
    assert r.event.precision == 1.0
    assert r.repeats == 2 and len(r.details[0]["repeats"]) == 2
    assert r.details[0]["spurious"] == []
    # a same-category prediction with other arguments is spurious, not a repeat
    other = pred("ASSAULT", [ent("COL")], [ent("ECU")])
    r2 = score([doc(g)], {"d1": [same, other]})
    assert counts(r2.event) == (1, 2, 1) and r2.repeats == 0


def test_repeat_of_matched_optional_gold() -> None:
    opt = gold_event("AGREE", [ent("USA")], optional=True)
    p = pred("AGREE", [ent("USA")])
    r = score([doc(opt)], {"d1": [p, dict(p)]})
    assert counts(r.event) == (0, 0, 0)
    assert r.optional_matched == 1 and r.repeats == 1


def test_one_to_one_matching() -> None:
    g1 = gold_event("SANCTION", [ent("USA")], [ent("IRN")])
    g2 = gold_event("SANCTION", [ent("USA")], [ent("IRN")])
    r = score([doc(g1, g2)], {"d1": [pred("SANCTION", [ent("USA")], [ent("IRN")])]})
    assert counts(r.event) == (1, 1, 2)
    assert r.event.precision == 1.0 and r.event.recall == 0.5
    assert len(r.details[0]["missed"]) == 1


def test_assignment_maximises_matches() -> None:
    # p1 fits g1 very well and g2 only through an alt category; p2 fits g1 only.
    # Greedy by agreement (or maximising agreement alone) pairs p1-g1 and leaves p2 and g2 out.
    g1 = gold_event(
        "AGREE", [ent("USA", "GOV")], [ent("FRA")], alt=["CONSULT"], date="2024-01-25", location="USA"
    )
    g2 = gold_event("REQUEST", [ent("USA")], alt=["AGREE"])
    p1 = pred("AGREE", [ent("USA", "GOV")], [ent("FRA")], date="2024-01-25", location="USA")
    p2 = pred("CONSULT", [ent("USA")], [ent("FRA")])
    r = score([doc(g1, g2)], {"d1": [p1, p2]})
    assert counts(r.event) == (2, 2, 2)
    assert r.repeats == 0


def test_tie_break_prefers_field_agreement() -> None:
    g1 = gold_event("AGREE", [ent("USA")], date="2024-01-20", location="USA")
    g2 = gold_event("AGREE", [ent("USA")], date="2024-01-23", location="ECU")
    p = pred("AGREE", [ent("USA")], date="2024-01-23", location="ECU")
    r = score([doc(g1, g2)], {"d1": [p]})
    assert r.accuracy["event_date"].correct == 1 and r.accuracy["location_country"].correct == 1
    assert r.details[0]["matched"][0]["gold"]["i"] == 1


def test_exact_category_preferred_over_alt() -> None:
    g1 = gold_event("REQUEST", [ent("ECU")], alt=["AGREE"])
    g2 = gold_event("AGREE", [ent("ECU")])
    r = score([doc(g1, g2)], {"d1": [pred("AGREE", [ent("ECU")])]})
    assert r.details[0]["matched"][0]["gold"]["event"] == "AGREE"
    assert r.accuracy["exact_category"].correct == 1


# --------------------------------------------------------------------------- pair accuracies


@pytest.mark.parametrize(
    ("gold_date", "pred_date", "expected"),
    [
        ("2024-01-23", "2024-01-23", True),
        ("2024-01-23", "2024-01-22", False),
        ("2024-01-23", "2024-01", False),  # less precise than gold
        ("2024-01", "2024-01-23", True),
        ("2024-01", "2024-01", True),
        ("2024-01", "2024-02-01", False),
        ("2024-01", "2024", False),
        ("2009", "2009-05-01", True),
        ("2009", "2010", False),
        ("2024-01", None, False),
        (None, "2024-01-23", None),
    ],
)
def test_date_precision(gold_date: str | None, pred_date: str | None, expected: bool | None) -> None:
    assert date_correct({"date": pred_date}, {"date": gold_date}) is expected


def test_month_precision_date_in_report() -> None:
    g1 = gold_event("AID", [ent("USA")], date="2024-01")
    g2 = gold_event("COERCE", [ent("ECU")], date="2024-01-09")
    g3 = gold_event("RETREAT", [ent("USA")])  # no date: not scored
    preds = [
        pred("AID", [ent("USA")], date="2024-01-25"),
        pred("COERCE", [ent("ECU")], date="2024-01"),
        pred("RETREAT", [ent("USA")], date="2024-01-25"),
    ]
    r = score([doc(g1, g2, g3)], {"d1": preds})
    assert r.event.tp == 3
    assert (r.accuracy["event_date"].correct, r.accuracy["event_date"].n) == (1, 2)


def test_actor_sector_accuracy() -> None:
    g = gold_event("ASSAULT", [ent("ECU", "CRM"), ent("COL", "REB")], [ent("ECU", "COP")])
    g_none = gold_event("AGREE", [ent("JPN", None)])
    preds = [pred("ASSAULT", [ent("ECU", "CRM")], [ent("ECU", "MIL")]), pred("AGREE", [ent("JPN", "GOV")])]
    r = score([doc(g, g_none)], {"d1": preds})
    assert r.event.tp == 2
    assert (r.accuracy["actor_sector"].correct, r.accuracy["actor_sector"].n) == (1, 1)
    # right sector on the wrong actor's country does not count
    wrong = pred("ASSAULT", [ent("ECU", "REB")], [ent("ECU", "COP")])
    r2 = score([doc(g)], {"d1": [wrong]})
    assert (r2.accuracy["actor_sector"].correct, r2.accuracy["actor_sector"].n) == (0, 1)


def test_location_country_accuracy() -> None:
    g1 = gold_event("CONSULT", [ent("ECU")], [ent("ESP")], location="ESP")
    g2 = gold_event("REJECT", [ent("ECU")], [ent("VEN")], location="ECU")
    g3 = gold_event("AGREE", [ent("VEN")])  # no location: not scored
    preds = [
        pred("CONSULT", [ent("ECU")], [ent("ESP")], location="ESP"),
        pred("REJECT", [ent("ECU")], [ent("VEN")], location=None),
        pred("AGREE", [ent("VEN")], location="VEN"),
    ]
    r = score([doc(g1, g2, g3)], {"d1": preds})
    assert r.event.tp == 3
    assert (r.accuracy["location_country"].correct, r.accuracy["location_country"].n) == (1, 2)


# --------------------------------------------------------------------------- confidence, categories


def test_min_confidence_filtering() -> None:
    g = gold_event("PROTEST", [ent("BLR", "CVL")])
    good = pred("PROTEST", [ent("BLR", "CVL")], confidence=0.9)
    bad = pred("ASSAULT", [ent("RUS")], confidence=0.3)
    unknown = pred("PROTEST", [ent("BLR", "CVL")], confidence=None)  # missing = 1.0
    r0 = score([doc(g)], {"d1": [good, bad]})
    assert counts(r0.event) == (1, 2, 1) and r0.below_confidence == 0
    r5 = score([doc(g)], {"d1": [good, bad]}, min_confidence=0.5)
    assert counts(r5.event) == (1, 1, 1) and r5.below_confidence == 1
    r95 = score([doc(g)], {"d1": [good, bad]}, min_confidence=0.95)
    assert counts(r95.event) == (0, 0, 1)
    assert score([doc(g)], {"d1": [unknown]}, min_confidence=0.99).event.tp == 1

    curve = pr_curve([doc(g)], {"d1": [good, bad]}, [0.0, 0.5, 0.95])
    assert [c["threshold"] for c in curve] == [0.0, 0.5, 0.95]
    assert [c["event"]["precision"] for c in curve] == [0.5, 1.0, 0.0]
    assert [c["event"]["recall"] for c in curve] == [1.0, 1.0, 0.0]
    assert [c["category"]["n_pred"] for c in curve] == [2, 1, 0]


def test_per_category_and_confusion_counts() -> None:
    gold = doc(
        gold_event("ACCUSE", [ent("VEN")], [ent("USA")]),
        gold_event("REQUEST", [ent("VEN")], [ent("ECU")], alt=["AGREE"]),
        gold_event("CONSULT", [ent("ECU"), ent("BRA")]),
        gold_event("ASSAULT", [ent("ECU")], [ent("ECU")]),
    )
    preds = [
        pred("ACCUSE", [ent("VEN")], [ent("USA")]),  # exact
        pred("AGREE", [ent("VEN")], [ent("ECU")]),  # alt match
        pred("REJECT", [ent("ECU")]),  # wrong category, same arguments as CONSULT -> confusion
        pred("THREATEN", [ent("RUS")], [ent("UKR")]),  # spurious
        pred("ACCUSE", [ent("COL")], [ent("PER")]),  # spurious, same category as a matched one
    ]
    r = score([gold], {"d1": preds})
    assert counts(r.event) == (2, 5, 4)
    acc = r.per_category["ACCUSE"]
    assert (acc.tp, acc.n_pred, acc.tp_gold, acc.n_gold) == (1, 2, 1, 1)
    assert acc.precision == 0.5 and acc.recall == 1.0
    assert (r.per_category["AGREE"].tp, r.per_category["AGREE"].n_pred) == (1, 1)
    assert (r.per_category["REQUEST"].tp_gold, r.per_category["REQUEST"].n_gold) == (1, 1)
    assert (r.per_category["CONSULT"].tp_gold, r.per_category["CONSULT"].n_gold) == (0, 1)
    assert (r.per_category["REJECT"].tp, r.per_category["REJECT"].n_pred) == (0, 1)
    assert r.per_category["ASSAULT"].recall == 0.0
    assert r.confusion == {
        "ACCUSE": {"ACCUSE": 1},
        "REQUEST": {"AGREE": 1},
        "CONSULT": {"REJECT": 1},
        "ASSAULT": {NONE: 1},
        NONE: {"THREATEN": 1, "ACCUSE": 1},
    }
    gold_total = sum(v for row, cells in r.confusion.items() if row != NONE for v in cells.values())
    assert gold_total == r.event.n_gold
    pred_total = sum(c.get(p, 0) for c in r.confusion.values() for p in c if p != NONE)
    assert pred_total == r.event.n_pred


def test_documents_are_scored_separately() -> None:
    g = gold_event("AGREE", [ent("USA")])
    r = score(
        [doc(g, doc_id="a"), doc(doc_id="b")],
        {"b": [pred("AGREE", [ent("USA")], doc_id="b")], "zzz": [pred("AGREE", [ent("USA")])]},
    )
    assert counts(r.event) == (0, 1, 1)
    assert r.unscored_predictions == 1
    assert [d["id"] for d in r.details] == ["a", "b"]


# --------------------------------------------------------------------------- I/O and rendering


def test_load_and_report_roundtrip(tmp_path: Path) -> None:
    g = gold_event("REJECT", [ent("ECU", "GOV")], [ent("VEN", "GOV")], date="2024-01-23", location="ECU")
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(doc(g)) + "\n\n", encoding="utf-8")
    pred_path = tmp_path / "pred.jsonl"
    lines = [
        pred("REJECT", [ent("ECU", "GOV")], [ent("VEN", "GOV")], date="2024-01-23", location="ECU"),
        pred("AGREE", [ent("VEN")], doc_id="d2"),
        doc(g, doc_id="d3"),  # gold-format document as predictions
        doc(doc_id="d4"),
    ]
    pred_path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")

    gold = load_gold(gold_path)
    preds = load_predictions(pred_path)
    assert [d["id"] for d in gold] == ["d1"]
    assert sorted(preds) == ["d1", "d2", "d3", "d4"] and preds["d4"] == []
    assert preds["d3"][0]["doc_id"] == "d3" and preds["d3"][0]["location"]["country"] == "ECU"

    report = score(gold, preds)
    assert report.event.f1 == 1.0 and report.unscored_predictions == 2
    data = json.loads(json.dumps(report.to_dict()))
    assert data["event"]["f1"] == 1.0 and data["accuracy"]["event_date"]["accuracy"] == 1.0
    assert data["accuracy"]["recipient_country"]["basis"] == "category"

    # gold-format predictions carry `location` rather than `event_loc`
    self_report = score(gold, {"d1": preds["d3"]})
    assert self_report.accuracy["location_country"].correct == 1

    out = io.StringIO()
    render(report, Console(file=out, width=140))
    text = out.getvalue()
    assert "REJECT" in text and "100.0" in text and "Confusion" in text


def test_load_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        load_gold(bad)
    bad.write_text('{"event": "AGREE"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        load_predictions(bad)
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match="invalid JSON"):
        load_predictions(bad)


@pytest.mark.skipif(not (SHARED / "eval" / "gsr_dev.jsonl").exists(), reason="shared eval data absent")
def test_gsr_dev_scored_against_itself() -> None:
    path = SHARED / "eval" / "gsr_dev.jsonl"
    gold = load_gold(path)
    report = score(gold, load_predictions(path))
    assert report.event.n_gold == 162
    assert report.event.f1 == 1.0 and report.category.f1 == 1.0
    assert report.accuracy["exact_category"].value == 1.0
    assert report.accuracy["actor_sector"].value == 1.0
    assert report.repeats == 0
