"""The rules' word lists are package data a user file extends (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from killdeer.actors.lexicon import WORD_LISTS, ActorLexicon
from killdeer.actors.mentions import DocumentActors
from killdeer.config import Config
from killdeer.errors import LexiconError
from killdeer.events import find_candidates
from killdeer.pipeline import Coder
from killdeer.triggers import TriggerLexicon

DATE = dt.date(2024, 3, 14)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


def _events(coder, text: str, lex: TriggerLexicon) -> list[tuple[str, str]]:
    doc = coder.nlp(text)
    return [(c.event, c.rule) for s in doc.sents for c in find_candidates(s, lex)]


def test_trigger_word_lists_are_frozensets_from_data() -> None:
    lex = TriggerLexicon.load()
    assert {"speech", "statements", "partitive", "quantity", "naming", "projectiles"} <= set(lex.words)
    assert all(isinstance(v, frozenset) and v for v in lex.words.values())
    assert "say" in lex.words["speech"] and "package" in lex.words["quantity"]


def test_trigger_user_file_extends_a_word_list(coder, tmp_path: Path) -> None:
    # "a flood of attacks" is a quantity of attacks only once the user lists "flood" with "wave", "barrage", ...
    extra = _write(tmp_path / "mine.yaml", "words:\n  quantity: [flood]\n")
    base = TriggerLexicon.load()
    mine = TriggerLexicon.load([extra])
    assert mine.words["quantity"] == base.words["quantity"] | {"flood"}  # added to, not replaced
    text = "The rebels launched a flood of attacks on the town."
    assert not [e for e in _events(coder, text, base) if e[0] == "ASSAULT"]
    assert ("ASSAULT", "light:launch+attack") in _events(coder, text, mine)


def test_trigger_user_file_unknown_word_list(tmp_path: Path) -> None:
    extra = _write(tmp_path / "typo.yaml", "words:\n  quantitiy: [flood]\n")
    with pytest.raises(LexiconError, match="unknown word list 'quantitiy'"):
        TriggerLexicon.load([extra])


def test_actor_word_lists_are_frozensets_from_data() -> None:
    lex = ActorLexicon.load(cache=False)
    assert set(lex.words) == set(WORD_LISTS)
    assert all(isinstance(v, frozenset) and v for v in lex.words.values())
    assert "bloc" in lex.words["org_anaphora"] and lex.abbreviations["gen"] == "general"
    assert lex.reporting_verbs == lex.words["speech"] | lex.words["commitment"]
    assert ActorLexicon().words["org_anaphora"] == frozenset()  # an empty lexicon has empty lists


def test_actor_user_file_extends_org_anaphora(coder, tmp_path: Path) -> None:
    """`--actors` file: "the body" refers back to the organisation named before, like "the bloc"."""
    extra = _write(tmp_path / "mine.yaml", "words:\n  org_anaphora: [body]\nabbreviations:\n  cdr: commander\n")
    mine = ActorLexicon.load([extra], cache_dir=tmp_path / "cache")
    assert mine.words["org_anaphora"] == coder.actors.words["org_anaphora"] | {"body"}
    assert mine.abbreviations["cdr"] == "commander" and mine.abbreviations["gen"] == "general"
    doc = coder.nlp("The African Union met in Addis Ababa on Monday. The body said it would send troops to Somalia.")
    (body,) = [t for t in doc if t.lower_ == "body"]
    plain = DocumentActors.build(doc, coder.actors, DATE, place_country=coder._place_country).entity(body)
    assert plain is None
    e = DocumentActors.build(doc, mine, DATE, place_country=coder._place_country).entity(body)
    assert e is not None and (e.name, e.country, e.resolved_by) == ("African Union", "IGO", "in-document")
    # the CLI's --actors goes through Config(actors=...): the same file reaches the coder's lexicon
    assert "body" in Coder(Config(actors=(extra,))).actors.words["org_anaphora"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("words:\n  org_anaphoras: [body]\n", "unknown word list 'org_anaphoras'"),
        ("words: [body]\n", "'words' must be a mapping"),
        ("words:\n  foreign: body\n", "must be a list"),
        ("abbreviations: [cdr]\n", "'abbreviations' must be a mapping"),
    ],
)
def test_actor_user_file_bad_word_lists(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        ActorLexicon.load([_write(tmp_path / "bad.yaml", text)], cache=False)


def test_word_lists_read_yaml_1_2(tmp_path: Path) -> None:
    """'no', 'on', 'off' stay words (YAML 1.1 would make them booleans)."""
    actors = ActorLexicon.load([_write(tmp_path / "a.yaml", "words:\n  foreign: [no, on, off]\n")], cache=False)
    assert {"no", "on", "off"} <= actors.words["foreign"]
    triggers = TriggerLexicon.load([_write(tmp_path / "t.yaml", "words:\n  stance: [no, on, off]\n")])
    assert {"no", "on", "off"} <= triggers.words["stance"]
