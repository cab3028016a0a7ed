"""Regression floors on the dev gold sets: accuracy may rise, it must not silently fall.

The floors sit just under what `killdeer evaluate` measured when they were last raised
(see docs/accuracy.md). The dev files are never used for training.
"""

from __future__ import annotations

import datetime as dt

import pytest

from killdeer import evaluate as ev
from killdeer.types import Document
from tests.conftest import shared_file

pytestmark = pytest.mark.slow

FLOORS = {
    # file: (event F1, category-only F1, extra accuracy floors on matched pairs); measured 2026-11-29:
    # gsr 0.558 / 0.667 (sector 0.94, recipient 0.88); articles 0.778 / 0.778 (date 1.0, place 0.86);
    # news 0.549 / 0.795 (date 0.80, place 0.92)
    "gsr_dev.jsonl": (0.56, 0.65, {"actor_sector": 0.90, "recipient_country": 0.89}),
    "articles_dev.jsonl": (0.75, 0.75, {"event_date": 0.95, "location_country": 0.9}),
    "news_dev.jsonl": (0.52, 0.77, {"event_date": 0.75, "location_country": 0.88}),
}


def score(coder, name: str) -> dict:
    gold = ev.load_gold(shared_file("eval", name))
    docs = [Document(id=str(d["id"]), date=dt.date.fromisoformat(d["date"]), text=d["text"]) for d in gold]
    preds = {doc.id: [e.to_dict() for e in events] for doc, events in coder.code_many(docs)}
    return ev.score(gold, preds).to_dict()


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dev_scores_do_not_fall(coder, name):
    report = score(coder, name)
    event_floor, category_floor, extra = FLOORS[name]
    assert report["event"]["f1"] >= event_floor, report["event"]
    assert report["category"]["f1"] >= category_floor, report["category"]
    for key, floor in extra.items():
        assert report["accuracy"][key]["accuracy"] >= floor, (key, report["accuracy"][key])


def test_sample_article_meets_the_core_bar(coder):
    report = score(coder, "articles_dev.jsonl")
    assert report["event"]["tp"] >= 7  # of its 11 non-optional events
    spurious = sum(len(d["spurious"]) for d in report["details"])
    assert spurious <= 5
