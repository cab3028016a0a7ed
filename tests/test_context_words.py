"""ContextLexicon.hits/contexts equal their plain definitions (they only search and score faster)."""

from __future__ import annotations

import random
from collections import Counter

from killdeer.pipeline import ContextLexicon
from tests.conftest import SAMPLE


def _hits(cl: ContextLexicon, text: str) -> frozenset[str]:
    t = f" {text.lower()} "
    return frozenset(w for words in cl.words.values() for w in words if f" {w}" in t)


def _contexts(cl: ContextLexicon, sentence: frozenset[str], paragraph: frozenset[str]) -> list[str]:
    return [ctx for ctx, words in cl.words.items()
            if sum(2 if w in sentence else 1 if w in paragraph else 0 for w in words) >= cl.min_score]


def test_hits_and_contexts_match_definitions() -> None:
    cl = ContextLexicon.load()
    words = [w for ws in cl.words.values() for w in ws]
    rnd = random.Random(7)
    texts = [p for p in SAMPLE.read_text("utf-8").split("\n") if p.strip()]
    texts += [" ".join(rnd.choice(words) + rnd.choice(["", "s", "ed", " ", "\n", ",", "-x"]) for _ in range(10))
              for _ in range(1500)]
    assert any(_hits(cl, t) for t in texts)
    for a, b in zip(texts, texts[1:], strict=False):
        sent, para = cl.hits(a), cl.hits(a + " " + b)
        assert sent == _hits(cl, a) and para == _hits(cl, a + " " + b)
        assert cl.contexts(sent, para) == _contexts(cl, sent, para)


def test_contexts_count_a_word_listed_twice_twice() -> None:
    cl = ContextLexicon({"a": ("riot", "riot"), "b": ("riot", "vote")}, 4)
    assert Counter(cl.contexts(frozenset({"riot"}), frozenset({"riot"}))) == Counter(["a"])
    assert cl.hits("Riots broke out; a vote-buying scheme") == frozenset({"riot", "vote"})
