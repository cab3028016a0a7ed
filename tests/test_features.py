"""The classifier's features read from a :class:`killdeer.train.TokenTable` equal the Token-based definition.

``_reference_features`` is the original implementation of :func:`killdeer.train.token_features`
(spaCy ``Token`` objects throughout); the shipped model was trained on exactly these features,
so the table-based version must give the same keys, values and key order (the order fixes the
summation order of the model's scores).
"""

from __future__ import annotations

import json

import pytest
from spacy.tokens import Span, Token

from killdeer import train as T
from killdeer.events import Candidate, find_candidates
from killdeer.triggers import TriggerLexicon
from tests.conftest import SAMPLE, SHARED

pytestmark = pytest.mark.slow

TEXTS = [
    "Army troops shelled the rebel town of Kidal on Monday, residents said.",
    "“We will not negotiate with terrorists,” the minister told reporters in Quito. Police never arrested "
    "the suspects, who had been accused by prosecutors of bombing a bus.",
    "The French president met his Kenyan counterpart in Paris; they signed a security pact and agreed to "
    "hold talks on debt relief. \"It was a good meeting,\" he said.",
    "Protesters were dispersed with tear gas after a state of emergency was declared, and the opposition "
    "leader's party could boycott the vote, sources said.",
]


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _reference_table_events(tok: Token, lex: TriggerLexicon) -> list[str]:
    lemma = _lemma(tok)
    senses = []
    if tok.pos_ in ("VERB", "AUX"):
        senses = lex.verbs.get(lemma, [])
    elif tok.pos_ in ("NOUN", "PROPN"):
        senses = list(lex.nouns.get(lemma, []))
        for c in tok.children:
            if c.dep_ in ("compound", "amod") and c.i == tok.i - 1:
                senses = lex.nouns.get(f"{_lemma(c)} {lemma}", []) + senses
    else:
        senses = lex.verbs.get(lemma, []) or lex.nouns.get(lemma, [])
    seen: list[str] = []
    for s in senses:
        ev = s.event or "null"
        if ev not in seen:
            seen.append(ev)
    return seen


def _reference_features(tok: Token, sent: Span, lex: TriggerLexicon, cand: Candidate | None) -> dict[str, float]:
    lemma = _lemma(tok)
    f: dict[str, float] = {
        f"l={lemma}": 1.0,
        f"w={tok.lower_}": 1.0,
        f"pos={tok.pos_}": 1.0,
        f"tag={tok.tag_}": 1.0,
        f"dep={tok.dep_}": 1.0,
        f"l|pos={lemma}|{tok.pos_}": 1.0,
        f"suf={tok.lower_[-3:]}": 1.0,
        "bias": 1.0,
    }
    head = tok.head
    if head is tok:
        f["root"] = 1.0
    else:
        f[f"hl={_lemma(head)}"] = 1.0
        f[f"hdep={head.dep_}"] = 1.0
        f[f"hl|dep={_lemma(head)}|{tok.dep_}"] = 1.0
        if _lemma(head) in lex.words["speech"]:
            f["under_speech"] = 1.0
    for c in tok.children:
        cl = _lemma(c)
        if c.dep_ in T._ARG_DEPS:
            f[f"{c.dep_}={cl}"] = 1.0
            f[f"l+{c.dep_}={lemma}|{cl}"] = 1.0
            if c.ent_type_:
                f[f"{c.dep_}_ent={c.ent_type_}"] = 1.0
            f[f"{c.dep_}_pos={c.pos_}"] = 1.0
        elif c.dep_ in T._PREP_DEPS:
            f[f"prep={c.lower_}"] = 1.0
            f[f"l+prep={lemma}|{c.lower_}"] = 1.0
            for o in c.children:
                if o.dep_ == "pobj":
                    f[f"pobj:{c.lower_}={_lemma(o)}"] = 1.0
                    f[f"pobj={_lemma(o)}"] = 1.0
                    if o.ent_type_:
                        f[f"pobj_ent={o.ent_type_}"] = 1.0
        elif c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in ("never", "no")):
            f["neg"] = 1.0
        elif c.dep_ in ("aux", "auxpass"):
            if c.lower_ in T._MODALS:
                f[f"modal={c.lower_}"] = 1.0
                f["modal"] = 1.0
            if c.dep_ == "auxpass":
                f["passive"] = 1.0
        elif c.dep_ == "poss":
            f["poss"] = 1.0
            if c.ent_type_:
                f[f"poss_ent={c.ent_type_}"] = 1.0
        elif c.dep_ in ("compound", "amod"):
            f[f"{c.dep_}={_lemma(c)}"] = 1.0
        elif c.dep_ in ("xcomp", "ccomp"):
            f[f"{c.dep_}_l={_lemma(c)}"] = 1.0
    for off in (-2, -1, 1, 2):
        j = tok.i + off
        if sent.start <= j < sent.end:
            f[f"w{off:+d}={_lemma(tok.doc[j])}"] = 1.0
    quotes = sum(1 for t in tok.doc[sent.start : tok.i] if t.is_quote)
    if quotes % 2 == 1:
        f["in_quote"] = 1.0
    for ev in _reference_table_events(tok, lex):
        f[f"lex_table={ev}"] = 1.0
    T.candidate_features(f, cand)  # (not token-derived: shared, not under test here)
    return f


def _texts() -> list[str]:
    texts = list(TEXTS)
    texts.append(SAMPLE.read_text("utf-8"))
    news = SHARED / "eval" / "news_dev.jsonl"
    if news.exists():
        texts += [json.loads(line)["text"] for line in news.read_text("utf-8").splitlines()[:4] if line.strip()]
    return texts


def test_table_features_equal_token_features(coder) -> None:
    lex = coder.triggers
    checked = 0
    for doc in coder.nlp.pipe(_texts()):
        table = T.TokenTable.of(doc)
        assert T.TokenTable.of(doc) is table  # built once per Doc
        for sent in doc.sents:
            cands = {c.trigger.i: c for c in find_candidates(sent, lex)}
            for tok in sent:
                assert table.candidate[tok.i] == T.candidate_token(tok)
                assert [c.i for c in tok.children] == table.children[tok.i]
                for cand in (None, cands.get(tok.i)):
                    ref = _reference_features(tok, sent, lex, cand)
                    got = T.token_features(tok, sent, lex, cand)
                    assert list(got.items()) == list(ref.items()), tok.text
                    checked += 1
                assert T.table_events(tok, lex) == _reference_table_events(tok, lex)
    assert checked > 1000
