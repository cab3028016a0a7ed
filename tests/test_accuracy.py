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
    # file: (event F1, category-only F1, extra accuracy floors on matched pairs)
    "gsr_dev.jsonl": (0.46, 0.62, {"actor_sector": 0.85, "recipient_country": 0.78}),
    "articles_dev.jsonl": (0.74, 0.74, {"event_date": 0.9, "location_country": 0.8}),
    "news_dev.jsonl": (0.36, 0.70, {"event_date": 0.75, "location_country": 0.85}),
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
