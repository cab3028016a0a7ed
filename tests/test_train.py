"""Tests for killdeer.train: the learned trigger classifier and its pipeline hooks."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from killdeer import train as T
from killdeer.events import find_candidates
from killdeer.triggers import TriggerLexicon

ROOT = Path(__file__).resolve().parents[1]
TINY = Path(__file__).parent / "data" / "train_corpus"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from killdeer.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    """The shipped lexicon without "shell": the classifier must learn it from the corpus."""
    lex = TriggerLexicon.load()
    lex.verbs.pop("shell", None)
    return lex


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory, nlp, lexicon) -> tuple[T.EventClassifier, Path]:
    out = tmp_path_factory.mktemp("model") / "event_classifier.joblib"
    clf = T.train(TINY, out, T.TrainConfig(folds=0, min_count=1, min_kind_triggers=1, min_sense_triggers=1), nlp=nlp, lexicon=lexicon)
    return clf, out


def _sent(nlp, text: str):
    return next(iter(nlp(text).sents))


def test_trained_model_labels_held_in_examples(trained, nlp) -> None:
    clf, _ = trained
    sent = _sent(nlp, "Army troops shelled the rebel town of Kidal on Monday, residents said.")
    labels = {t.text: lab for t, lab, _ in clf.label_tokens(sent, sent)}
    assert labels["shelled"] == "ASSAULT"
    assert labels["said"] == T.NONE
    sent = _sent(nlp, "The French president met his Kenyan counterpart in Paris on Tuesday.")
    assert {t.text: lab for t, lab, _ in clf.label_tokens(sent, sent)}["met"] == "CONSULT"


def test_save_load_round_trip(trained, nlp, lexicon) -> None:
    clf, path = trained
    assert path.exists() and path.with_suffix(".json").exists()
    again = T.EventClassifier.load(path, lexicon=lexicon)
    assert again.classes == clf.classes
    assert again.thresholds == clf.thresholds
    sent = _sent(nlp, "Farmers protested against the government in the capital on Sunday.")
    a = clf.probabilities([T.token_features(sent[1], sent, lexicon, None)])
    b = again.probabilities([T.token_features(sent[1], sent, lexicon, None)])
    assert np.allclose(a, b, rtol=1e-9, atol=1e-12)  # direct and sklearn paths may differ in the last bits
    meta = json.loads(path.with_suffix(".json").read_text())
    assert meta["corpus_sha256"] == T.corpus_hash(T.corpus_files(TINY))
    assert meta["features"] > 0 and meta["sklearn"]


def test_rescore_drops_non_event_keeps_event(trained, nlp, lexicon) -> None:
    clf, _ = trained
    sent = _sent(nlp, "A powerful storm hit the eastern coast on Sunday.")
    (cand,) = [c for c in find_candidates(sent, lexicon) if c.trigger.lower_ == "hit"]
    event, _, _, why = clf.rescore(cand, sent, cand.event, list(cand.mode), cand.conf)
    assert event is None, why
    sent = _sent(nlp, "Rebels attacked an army base in the north on Friday.")
    (cand,) = [c for c in find_candidates(sent, lexicon) if c.trigger.lower_ == "attacked"]
    event, _, conf, why = clf.rescore(cand, sent, cand.event, list(cand.mode), cand.conf)
    assert event == "ASSAULT" and 0 < conf <= 1
    assert why["classifier"]["top"] == "ASSAULT"


def test_propose_finds_trigger_missing_from_lexicon(trained, nlp, lexicon) -> None:
    clf, _ = trained
    sent = _sent(nlp, "Government forces shelled the town of Gao on Friday.")
    assert not [c for c in find_candidates(sent, lexicon) if c.trigger.lower_ == "shelled"]
    found = {t.text: (ev, p) for t, ev, _, p in clf.propose(sent, set())}
    assert found.get("shelled", (None,))[0] == "ASSAULT"
    cands = find_candidates(sent, lexicon, proposer=clf)
    assert any(c.rule == "classifier:shell" and c.event == "ASSAULT" for c in cands)
    assert not clf.propose(sent, {t.i for t in sent})


def test_batched_proposals_equal_per_sentence(trained, nlp, lexicon) -> None:
    """The pipeline asks the classifier once per Doc: same proposals, and the same candidates, as sentence by sentence."""
    from killdeer.events import find_candidates_all

    clf, _ = trained
    doc = nlp("Farmers protested in the capital. Rebels shelled a bridge near Kidal and the army shelled their camp. "
              "Government forces shelled the town of Gao on Friday.")
    sents = list(doc.sents)
    assert len(sents) == 3
    taken = [{sents[0].start}, {t.i for t in sents[1] if t.lower_ == "bridge"}, set()]
    one_by_one = [[(t.i, ev, p) for t, ev, _, p in clf.propose(s, k)] for s, k in zip(sents, taken, strict=True)]
    batched = [[(t.i, ev, p) for t, ev, _, p in got] for got in clf.propose_many(list(zip(sents, taken, strict=True)))]
    assert batched == one_by_one
    assert batched[2]  # the last sentence's "shelled": proposals reach their own sentence

    def key(cands):
        return [(c.trigger.i, c.event, c.rule, round(c.conf, 12), c.negated) for c in cands]

    assert [key(c) for c in find_candidates_all(sents, lexicon, proposer=clf)] == [
        key(find_candidates(s, lexicon, proposer=clf)) for s in sents]


def test_batched_rescoring_equals_one_by_one(trained, nlp, lexicon) -> None:
    clf, _ = trained
    doc = nlp("A powerful storm hit the eastern coast on Sunday. Rebels attacked an army base in the north on Friday "
              "and the government condemned the attack.")
    pairs = [(c, s) for s in doc.sents for c in find_candidates(s, lexicon)]
    assert len(pairs) >= 3
    scored = clf.score_candidates(pairs)
    assert len(scored) == len(pairs)
    for c, s in pairs:
        assert clf.rescore(c, s, c.event, list(c.mode), c.conf, scored) == clf.rescore(c, s, c.event, list(c.mode), c.conf)


def test_shipped_artifact_matches_corpus() -> None:
    """Retrain (``make model``) whenever corpus/*.jsonl changes."""
    meta_ref = resources.files("killdeer").joinpath("data/model", T.META_FILE)
    if not meta_ref.is_file():
        pytest.skip("no trained classifier shipped")
    meta = json.loads(meta_ref.read_text("utf-8"))
    assert meta["corpus_sha256"] == T.corpus_hash(T.corpus_files(ROOT / "corpus")), "corpus changed: run `make model`"
    assert resources.files("killdeer").joinpath("data/model", T.MODEL_FILE).is_file()


def test_array_cache_predicts_like_the_artifact(trained, nlp, lexicon, tmp_path: Path) -> None:
    _, path = trained
    cold = T.EventClassifier.load(path, lexicon=lexicon, cache_dir=tmp_path)
    assert cold.model is not None and list(tmp_path.glob("classifier-*.npz"))
    warm = T.EventClassifier.load(path, lexicon=lexicon, cache_dir=tmp_path)
    assert warm.model is None and warm.vectorizer is None  # from the arrays
    assert warm.classes == cold.classes and warm.thresholds == cold.thresholds
    assert warm.evidence == cold.evidence and warm.metadata == json.loads(json.dumps(cold.metadata))
    sent = _sent(nlp, "Army troops shelled the rebel town of Kidal on Monday, residents said.")
    feats = [T.token_features(t, sent, lexicon, None) for t in sent]
    assert (warm.probabilities(feats) == cold.probabilities(feats)).all()  # bit for bit
    for cat in cold.mode_models:
        assert [warm.modes_for(cat, f) for f in feats] == [cold.modes_for(cat, f) for f in feats]
    for f in tmp_path.glob("classifier-*.npz"):
        f.write_bytes(b"damaged")
    assert T.EventClassifier.load(path, lexicon=lexicon, cache_dir=tmp_path).model is not None  # rebuilt
    assert T.EventClassifier.load(path, lexicon=lexicon, cache_dir=tmp_path).model is None


def test_coding_with_a_cached_model_does_not_import_sklearn(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    code = (
        "import sys; from killdeer.classifier import load_classifier; clf = load_classifier(); "
        "print(clf.model is None, 'sklearn' in sys.modules)"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.split()
            for _ in range(2)]
    assert runs == [["False", "True"], ["True", "False"]]
