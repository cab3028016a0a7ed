"""Train the learned trigger classifier on the project's own labeled corpus (``killdeer train``).

One example per candidate token of every corpus sentence (verbs, nouns, and every token the
trigger lexicon proposes); the label is the PLOVER category of the annotated trigger, ``NONE``
otherwise. Negated/hypothetical events keep their category: ``killdeer.events`` already flags
and suppresses them, so the model only answers "which category, if any, does this word
express". Lexicon hits that are not the annotated trigger of a sentence with events are left
out (the corpus codes a sentence's main event; a secondary one may be unannotated), so
"lexicon hit but no event" is learned from the hard negatives. A :class:`sklearn.linear_model.LogisticRegression` over sparse
(:class:`~sklearn.feature_extraction.DictVectorizer`) features does the labelling and one small
logistic model per category picks the mode. Thresholds for dropping, relabelling and proposing
triggers are tuned on out-of-fold (grouped K-fold) predictions over the corpus, by simulating
``events.find_candidates`` with and without the model; they ship inside the artifact.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import json
import os
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_ALPHA, IS_QUOTE, LEMMA, LENGTH, LOWER, POS, TAG
from spacy.tokens import Doc, Span, Token

from killdeer.config import cache_dir as default_cache_dir
from killdeer.events import Candidate, apply_plover_rules, find_candidates
from killdeer.triggers import TriggerLexicon

if TYPE_CHECKING:  # imported where used: coding with a cached model never imports sklearn
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

NONE = "NONE"
FORMAT_VERSION = 1
MODEL_FILE = "event_classifier.joblib"
META_FILE = "event_classifier.json"
ARRAYS_FORMAT = "killdeer-classifier-arrays-1"  # the array cache (EventClassifier.load)
UNREAL = frozenset({"negation", "hypothetical"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "can", "must", "shall", "'ll", "wo"})
_ARG_DEPS = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "attr", "dative", "oprd", "acomp"})
_PREP_DEPS = frozenset({"prep", "agent", "prt"})


def default_model_path() -> Path:
    """Where the package's artifact lives (``killdeer/data/model/event_classifier.joblib``)."""
    return Path(str(resources.files("killdeer").joinpath("data/model", MODEL_FILE)))


# --------------------------------------------------------------------------- corpus


def corpus_files(corpus_dir: str | Path) -> list[Path]:
    """The corpus files (``*.jsonl``), in name order."""
    files = sorted(Path(corpus_dir).glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"no *.jsonl files in {corpus_dir}")
    return files


def corpus_hash(files: Sequence[Path]) -> str:
    """sha256 of the files' bytes concatenated in the given order."""
    h = hashlib.sha256()
    for f in files:
        h.update(Path(f).read_bytes())
    return h.hexdigest()


def load_corpus(files: Sequence[Path]) -> list[dict[str, Any]]:
    """All records, each tagged with its file name (``_file``)."""
    out: list[dict[str, Any]] = []
    for f in files:
        for line in Path(f).read_text("utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                rec["_file"] = Path(f).name
                out.append(rec)
    return out


def record_group(rec: dict[str, Any]) -> str:
    """CV group: generated sentences sharing a category and trigger word stay in one fold."""
    if "gen" in rec.get("_file", "") and rec.get("events"):
        e = rec["events"][0]
        return f"{rec['_file']}|{e['event']}|{str(e.get('trigger', '')).lower()}"
    return f"{rec.get('_file', '')}|{rec['id']}"


# --------------------------------------------------------------------------- features


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


_TABLE_ATTRS = (LEMMA, LOWER, POS, TAG, DEP, ENT_TYPE, HEAD, IS_QUOTE, IS_ALPHA, LENGTH)


@dataclass(frozen=True, slots=True)
class TokenTable:
    """The token attributes the features read, for a whole Doc, as plain lists.

    Read once per Doc with ``Doc.to_array``: every ``doc[i]``/``tok.children``/``tok.head`` creates
    a new spaCy ``Token`` object, and the features look at each candidate's head, children and
    neighbours (~200 candidate tokens per article).
    """

    lemma: list[str]  # lower-cased lemma
    lower: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    ent: list[str]  # entity type, "" outside entities
    head: list[int]
    children: list[list[int]]  # in document order, like Token.children
    quotes: list[int]  # number of quote marks before token i (len(doc) + 1 entries)
    candidate: list[bool]  # candidate_token()

    @classmethod
    def of(cls, doc: Doc) -> TokenTable:
        """The Doc's table, built on first use and kept in ``doc.user_data`` (lives as long as the Doc)."""
        table = doc.user_data.get("kd_token_table")
        if table is None:
            table = doc.user_data["kd_token_table"] = cls._build(doc)
        return table

    @classmethod
    def _build(cls, doc: Doc) -> TokenTable:
        arr = doc.to_array(_TABLE_ATTRS)
        n = len(doc)
        # the string columns (lemma, lower, pos, tag, dep, entity type): each distinct hash looked up once
        keys, inverse = np.unique(arr[:, :6], return_inverse=True)
        strings = doc.vocab.strings
        names = np.array([strings[k] for k in keys.tolist()], dtype=object)[inverse.reshape(n, 6)]
        lemma, lower, pos, tag, dep, ent = (names[:, col].tolist() for col in range(6))
        lemma = [s.lower() for s in lemma]
        head = (np.arange(n, dtype=np.int64) + arr[:, 6].view(np.int64)).tolist()
        children: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(head):
            if h != i:
                children[h].append(i)
        quotes = [0]
        for q in arr[:, 7].tolist():
            quotes.append(quotes[-1] + q)
        candidate = [
            p in ("VERB", "NOUN") and alpha == 1 and length > 1
            for p, alpha, length in zip(pos, arr[:, 8].tolist(), arr[:, 9].tolist(), strict=True)
        ]
        return cls(lemma, lower, pos, tag, dep, ent, head, children, quotes, candidate)

    def table_events(self, i: int, lex: TriggerLexicon) -> list[str]:
        """:func:`table_events` of token ``i``."""
        lemma = self.lemma[i]
        pos = self.pos[i]
        if pos in ("VERB", "AUX"):
            senses = lex.verbs.get(lemma, [])
        elif pos in ("NOUN", "PROPN"):
            senses = list(lex.nouns.get(lemma, []))
            for c in self.children[i]:
                if c == i - 1 and self.dep[c] in ("compound", "amod"):
                    senses = lex.nouns.get(f"{self.lemma[c]} {lemma}", []) + senses
        else:
            senses = lex.verbs.get(lemma, []) or lex.nouns.get(lemma, [])
        seen: list[str] = []
        for s in senses:
            ev = s.event or "null"
            if ev not in seen:
                seen.append(ev)
        return seen

    def features(self, i: int, start: int, end: int, lex: TriggerLexicon, cand: Candidate | None) -> dict[str, float]:
        """:func:`token_features` of token ``i`` in the sentence of tokens ``start``..``end - 1``."""
        lemmas, lowers, deps, ents = self.lemma, self.lower, self.dep, self.ent
        lemma = lemmas[i]
        low = lowers[i]
        pos = self.pos[i]
        dep = deps[i]
        f: dict[str, float] = {
            f"l={lemma}": 1.0,
            f"w={low}": 1.0,
            f"pos={pos}": 1.0,
            f"tag={self.tag[i]}": 1.0,
            f"dep={dep}": 1.0,
            f"l|pos={lemma}|{pos}": 1.0,
            f"suf={low[-3:]}": 1.0,
            "bias": 1.0,
        }
        # the root is its own head and gets these too (the model was trained so: spaCy makes a new
        # Token object on every access, so the original ``tok.head is tok`` test never held)
        h = self.head[i]
        hl = lemmas[h]
        f[f"hl={hl}"] = 1.0
        f[f"hdep={deps[h]}"] = 1.0
        f[f"hl|dep={hl}|{dep}"] = 1.0
        if hl in lex.words["speech"]:
            f["under_speech"] = 1.0
        for c in self.children[i]:
            cd = deps[c]
            if cd in _ARG_DEPS:
                cl = lemmas[c]
                f[f"{cd}={cl}"] = 1.0
                f[f"l+{cd}={lemma}|{cl}"] = 1.0
                if ents[c]:
                    f[f"{cd}_ent={ents[c]}"] = 1.0
                f[f"{cd}_pos={self.pos[c]}"] = 1.0
            elif cd in _PREP_DEPS:
                cl = lowers[c]
                f[f"prep={cl}"] = 1.0
                f[f"l+prep={lemma}|{cl}"] = 1.0
                for o in self.children[c]:
                    if deps[o] == "pobj":
                        f[f"pobj:{cl}={lemmas[o]}"] = 1.0
                        f[f"pobj={lemmas[o]}"] = 1.0
                        if ents[o]:
                            f[f"pobj_ent={ents[o]}"] = 1.0
            elif cd == "neg" or (cd in ("advmod", "det") and lowers[c] in ("never", "no")):
                f["neg"] = 1.0
            elif cd in ("aux", "auxpass"):
                if lowers[c] in _MODALS:
                    f[f"modal={lowers[c]}"] = 1.0
                    f["modal"] = 1.0
                if cd == "auxpass":
                    f["passive"] = 1.0
            elif cd == "poss":
                f["poss"] = 1.0
                if ents[c]:
                    f[f"poss_ent={ents[c]}"] = 1.0
            elif cd in ("compound", "amod"):
                f[f"{cd}={lemmas[c]}"] = 1.0
            elif cd in ("xcomp", "ccomp"):
                f[f"{cd}_l={lemmas[c]}"] = 1.0
        for off, name in _NEIGHBOURS:
            j = i + off
            if start <= j < end:
                f[f"{name}={lemmas[j]}"] = 1.0
        if (self.quotes[i] - self.quotes[start]) % 2 == 1:
            f["in_quote"] = 1.0
        for ev in self.table_events(i, lex):
            f[f"lex_table={ev}"] = 1.0
        candidate_features(f, cand)
        return f


def candidate_features(f: dict[str, float], cand: Candidate | None) -> None:
    """What the lexicon made of the token, if anything: its category, rule kind and prior."""
    if cand is not None:
        kind = cand.rule.split(":", 1)[0]
        f[f"lex_cand={cand.sense.event}"] = 1.0
        f[f"lex_rule={kind}"] = 1.0
        f[f"lex_cand|rule={cand.sense.event}|{kind}"] = 1.0
        f["lex_prior"] = float(cand.sense.conf)
    else:
        f["lex_nocand"] = 1.0


_NEIGHBOURS = tuple((off, f"w{off:+d}") for off in (-2, -1, 1, 2))


def table_events(tok: Token, lex: TriggerLexicon) -> list[str]:
    """Categories the lexicon tables list for this word (verb senses, or noun senses incl. compounds)."""
    return TokenTable.of(tok.doc).table_events(tok.i, lex)


def token_features(tok: Token, sent: Span, lex: TriggerLexicon, cand: Candidate | None) -> dict[str, float]:
    """Sparse features of one candidate trigger token (``cand``: the lexicon's candidate on it).

    Lemma, word, tags and dependency; the head and the arguments (objects, prepositions and
    their objects, negation, modals, possessor, modifiers, complements); the lemmas of the two
    words either side within the sentence; inside a quotation; the lexicon's categories for the
    word and, for a lexicon candidate, its sense, rule kind and prior.
    """
    return TokenTable.of(tok.doc).features(tok.i, sent.start, sent.end, lex, cand)


def candidate_token(tok: Token) -> bool:
    """Tokens the classifier may propose as triggers."""
    return tok.pos_ in ("VERB", "NOUN") and tok.is_alpha and len(tok.text) > 1


# --------------------------------------------------------------------------- examples


@dataclass(slots=True)
class Example:
    """One token of one corpus sentence with its label."""

    features: dict[str, float]
    label: str
    modes: str
    sid: int  # index of the corpus sentence (record)
    token: int
    train: bool = True  # False: only scored out-of-fold (for the threshold simulation), never learned


@dataclass(slots=True)
class SentenceInfo:
    """What the threshold simulation needs about one parsed corpus sentence."""

    rid: str
    gold: list[str]  # categories of the real (not negated/hypothetical) events
    group: str
    strat: str
    aligned: bool


def _trigger_span(text: str, ev: dict[str, Any]) -> tuple[int, int] | None:
    trig = str(ev.get("trigger") or "")
    if not trig:
        return None
    if isinstance(ev.get("trigger_index"), int):
        start = int(ev["trigger_index"])
        return start, start + len(trig)
    m = re.search(r"(?<!\w)" + re.escape(trig) + r"(?!\w)", text)
    if m is None:
        start = text.find(trig)
        return None if start < 0 else (start, start + len(trig))
    return m.start(), m.end()


def _align(doc: Any, span: tuple[int, int], cand_tokens: set[int]) -> tuple[Token, set[int]] | None:
    toks = [t for t in doc if t.idx < span[1] and t.idx + len(t.text) > span[0]]
    if not toks:
        return None
    ids = {t.i for t in toks}
    lexical = [t for t in toks if t.i in cand_tokens]
    if lexical:
        return lexical[0], ids
    roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    content = [t for t in roots if t.pos_ in ("VERB", "NOUN", "AUX", "PROPN", "ADJ")] or roots or toks
    return content[0], ids


def parse(records: Sequence[dict[str, Any]], nlp: Any, batch_size: int = 64) -> list[Any]:
    """The corpus texts through the coder's spaCy pipeline."""
    return list(nlp.pipe((r["text"] for r in records), batch_size=batch_size))


def build_examples(
    records: Sequence[dict[str, Any]], docs: Sequence[Any], lex: TriggerLexicon
) -> tuple[list[Example], list[SentenceInfo], Counter[str]]:
    """The token examples of the parsed corpus; also sentence info for the simulation."""
    examples: list[Example] = []
    infos: list[SentenceInfo] = []
    stats: Counter[str] = Counter()
    for sid, (doc, rec) in enumerate(zip(docs, records, strict=True)):
        gold_real = [e["event"] for e in rec["events"] if not (set(e.get("aux") or ()) & UNREAL)]
        first = rec["events"][0]["event"] if rec["events"] else NONE
        info = SentenceInfo(rec["id"], gold_real, record_group(rec), first, True)
        infos.append(info)
        cands: dict[int, Candidate] = {}
        for sent in doc.sents:
            for c in find_candidates(sent, lex):
                cands.setdefault(c.trigger.i, c)
        labels: dict[int, tuple[str, str]] = {}
        skip: set[int] = set()
        for ev in rec["events"]:
            span = _trigger_span(rec["text"], ev)
            got = _align(doc, span, set(cands)) if span else None
            if got is None:
                info.aligned = False
                break
            tok, ids = got
            labels.setdefault(tok.i, (ev["event"], "|".join(sorted(ev.get("mode") or ())) or "-"))
            skip |= ids
            c = cands.get(tok.i)
            if c is not None and c.clause.i != tok.i:
                skip.add(c.clause.i)
        if not info.aligned:
            stats["unaligned_sentences"] += 1
            continue
        gold_cats = {lab for lab, _ in labels.values()}
        for sent in doc.sents:
            for tok in sent:
                c = cands.get(tok.i)
                if tok.i in labels:
                    label, modes = labels[tok.i]
                else:
                    if tok.i in skip:
                        continue
                    if not (candidate_token(tok) or c is not None or table_events(tok, lex)):
                        continue
                    lexcats = {c.sense.event} if c is not None else set(table_events(tok, lex))
                    label, modes = NONE, "-"
                    if lexcats & gold_cats or (c is not None and rec["events"]):
                        # a second lexicon event in a sentence annotated for its main event may just be
                        # unannotated: only hard negatives (no events) teach that a lexicon hit is no event
                        stats["skipped_ambiguous"] += 1
                        examples.append(Example(token_features(tok, sent, lex, c), label, modes, sid, tok.i, False))
                        continue
                examples.append(Example(token_features(tok, sent, lex, c), label, modes, sid, tok.i))
                stats["examples"] += 1
                stats["positives" if label != NONE else "negatives"] += 1
    return examples, infos, stats


# --------------------------------------------------------------------------- model


@dataclass(slots=True)
class Thresholds:
    """Decision thresholds, tuned on out-of-fold corpus predictions."""

    drop_weak: float = 0.8  # drop a lexicon candidate with a weak prior when P(NONE) >= this
    drop_strong: float = 1.01  # the same for strong priors (> 1: never)
    strong_prior: float = 0.8  # lexicon senses with conf >= this are "strong"
    relabel: float = 0.8  # relabel a weak-prior candidate when the model's top category has P >= this
    propose: float = 0.7  # propose an unknown trigger when its top category has P >= this
    blend: float = 0.5  # confidence = blend * prior + (1 - blend) * model probability
    trusted: tuple[str, ...] = ("verb", "light")  # candidate kinds (rule prefixes) the model may drop/relabel


@dataclass
class EventClassifier:
    """Category (and mode) classifier for trigger tokens, with the pipeline hooks.

    Loaded from the array cache (see :meth:`load`), ``vectorizer`` and ``model`` are None and
    ``mode_models`` is empty: prediction needs only :attr:`weights`.
    """

    vectorizer: DictVectorizer | None
    model: LogisticRegression | None
    mode_models: dict[str, Any]  # category -> LogisticRegression, or a constant mode string
    thresholds: Thresholds = field(default_factory=Thresholds)
    metadata: dict[str, Any] = field(default_factory=dict)
    evidence: frozenset[str] = frozenset()  # "lemma|CATEGORY" annotated often enough in the corpus
    lexicon: TriggerLexicon | None = field(default=None, repr=False, compare=False)
    arrays: Weights | None = field(default=None, repr=False, compare=False)  # given: no sklearn models needed

    # -------------------------------------------------------------- persistence
    def save(self, path: str | Path) -> None:
        """Write the artifact (joblib) and the metadata JSON next to it."""
        import joblib

        if self.model is None:
            raise ValueError("a classifier loaded from the array cache has no sklearn models to save")
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        state = {
            "format": FORMAT_VERSION,
            "vectorizer": self.vectorizer,
            "model": self.model,
            "mode_models": self.mode_models,
            "thresholds": asdict(self.thresholds),
            "metadata": self.metadata,
            "evidence": sorted(self.evidence),
        }
        joblib.dump(state, path, compress=3)
        path.with_suffix(".json").write_text(json.dumps(self.metadata, indent=2, ensure_ascii=False) + "\n", "utf-8")

    @classmethod
    def load(cls, path: Any, lexicon: TriggerLexicon | None = None, *, cache_dir: str | Path | None = None,
             cache: bool = True) -> EventClassifier:
        """Read an artifact written by :meth:`save` (a path or an importlib.resources reference).

        The models are also cached as plain arrays (``.npz``, no pickle) under ``cache_dir``
        (default :func:`killdeer.config.cache_dir`), keyed by a hash of the artifact's bytes: a
        cached artifact loads without importing sklearn (~1 s of start-up). The cache is written
        only when the arrays reproduce sklearn's predictions (:meth:`Weights.agrees`); an
        unreadable or unwritable cache is ignored.
        """
        with (path.open("rb") if hasattr(path, "open") and not isinstance(path, str) else open(path, "rb")) as fh:
            raw = fh.read()
        arrays_path = None
        if cache:
            digest = hashlib.sha256(f"{ARRAYS_FORMAT}\0".encode() + raw).hexdigest()[:32]
            arrays_path = Path(cache_dir or default_cache_dir()) / f"classifier-{digest}.npz"
            try:
                return cls._from_arrays(arrays_path, lexicon)
            except Exception:  # noqa: BLE001 - absent, stale or damaged: rebuilt below
                pass
        import joblib

        state = joblib.load(io.BytesIO(raw))
        if state.get("format") != FORMAT_VERSION:
            raise ValueError(f"classifier artifact format {state.get('format')!r}, expected {FORMAT_VERSION}")
        clf = cls(state["vectorizer"], state["model"], state["mode_models"], Thresholds(**state["thresholds"]),
                  state["metadata"], frozenset(state.get("evidence", ())), lexicon)
        if arrays_path is not None and clf.weights is not None:
            clf._write_arrays(arrays_path)
        return clf

    def _write_arrays(self, path: Path) -> None:
        w = self.weights
        assert w is not None
        names = [""] * len(w.vocabulary)
        for name, j in w.vocabulary.items():
            names[j] = name
        models = {"category": w.category, **{f"mode:{c}": m for c, m in w.modes.items() if not isinstance(m, str)}}
        meta = {
            "format": ARRAYS_FORMAT,
            "features": names,
            "classes": {k: list(m.classes) for k, m in models.items()},
            "constant_modes": {c: m for c, m in w.modes.items() if isinstance(m, str)},
            "mode_order": list(w.modes),
            "thresholds": asdict(self.thresholds),
            "metadata": self.metadata,
            "evidence": sorted(self.evidence),
        }
        arrays: dict[str, np.ndarray] = {"meta": np.array(json.dumps(meta, ensure_ascii=False))}
        for i, m in enumerate(models.values()):
            arrays[f"w{i}"], arrays[f"b{i}"] = m.weights, m.intercept
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npz")
            np.savez(tmp, **arrays)
            tmp.replace(path)
        except OSError:
            pass

    @classmethod
    def _from_arrays(cls, path: Path, lexicon: TriggerLexicon | None) -> EventClassifier:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            if meta.get("format") != ARRAYS_FORMAT:
                raise ValueError("stale classifier cache")
            models = {k: LinearModel(tuple(classes), data[f"w{i}"], data[f"b{i}"])
                      for i, (k, classes) in enumerate(meta["classes"].items())}
        modes: dict[str, LinearModel | str] = {}
        for c in meta["mode_order"]:
            modes[c] = meta["constant_modes"][c] if c in meta["constant_modes"] else models[f"mode:{c}"]
        weights = Weights({name: j for j, name in enumerate(meta["features"])}, models["category"], modes)
        t = meta["thresholds"]
        thresholds = Thresholds(**{**t, "trusted": tuple(t["trusted"])})
        return cls(None, None, {}, thresholds, meta["metadata"], frozenset(meta["evidence"]), lexicon, weights)

    @property
    def lex(self) -> TriggerLexicon:
        if self.lexicon is None:
            self.lexicon = TriggerLexicon.load()
        return self.lexicon

    # -------------------------------------------------------------- prediction
    @cached_property
    def weights(self) -> Weights | None:
        """The fitted models as arrays (None: a kind of model only sklearn computes)."""
        if self.arrays is not None:
            return self.arrays
        return Weights.of(self.vectorizer, self.model, self.mode_models)

    @cached_property
    def classes(self) -> list[str]:
        w = self.weights
        return list(w.category.classes) if w is not None else [str(c) for c in self.model.classes_]

    def probabilities(self, feats: list[dict[str, float]]) -> np.ndarray:
        """Class probabilities (columns: :attr:`classes`).

        The same numbers as ``model.predict_proba(vectorizer.transform(feats))``, computed from
        :attr:`weights`: sklearn's per-call input validation costs ~4 ms, and the pipeline calls
        this once per sentence and once per candidate.
        """
        w = self.weights
        if w is None:
            return self.model.predict_proba(self.vectorizer.transform(feats))
        return w.category.probabilities(w.encode_many(feats))

    def modes_for(self, category: str, feats: dict[str, float]) -> list[str]:
        """The most likely mode(s) of a trigger of ``category``."""
        w = self.weights
        m = w.modes.get(category) if w is not None else self.mode_models.get(category)
        if m is None:
            return []
        if isinstance(m, str):
            label = m
        elif isinstance(m, LinearModel):
            label = m.predict(w.encode_many([feats]))[0]  # type: ignore[union-attr]
        else:
            label = str(m.predict(self.vectorizer.transform([feats]))[0])
        return [] if label == "-" else label.split("|")

    def label_tokens(self, sent: Span, tokens: Iterable[Token]) -> list[tuple[Token, str, float]]:
        """The model's top label and its probability for tokens (no lexicon candidate assumed)."""
        toks = list(tokens)
        if not toks:
            return []
        probs = self.probabilities([token_features(t, sent, self.lex, None) for t in toks])
        cls = self.classes
        return [(t, cls[int(np.argmax(p))], float(np.max(p))) for t, p in zip(toks, probs, strict=True)]

    def score_candidates(self, cands: Iterable[tuple[Candidate, Span]]) -> dict[int, tuple[dict[str, float], np.ndarray]]:
        """Features and class probabilities of lexicon candidates in one batch, by ``id(candidate)``:
        what :meth:`rescore` computes for each (pass it as ``scored``)."""
        items = [(c, s) for c, s in cands if not c.rule.startswith("classifier:")]
        if not items:
            return {}
        feats = [token_features(c.trigger, s, self.lex, c) for c, s in items]
        probs = self.probabilities(feats)
        return {id(c): (f, row) for (c, _), f, row in zip(items, feats, probs, strict=True)}

    def rescore(
        self, cand: Candidate, sent: Span, event: str, mode: list[str], conf: float,
        scored: dict[int, tuple[dict[str, float], np.ndarray]] | None = None,
    ) -> tuple[str | None, list[str], float, dict]:
        """Keep, relabel or drop a lexicon candidate; blend its confidence with the model's.

        ``scored``: :meth:`score_candidates` of the document's candidates, computed beforehand.
        """
        if cand.rule.startswith("classifier:"):
            return event, mode, conf, {"classifier": {"top": event, "p": round(cand.sense.conf, 3), "proposed": True}}
        if scored is not None and id(cand) in scored:
            feats, row = scored[id(cand)]
        else:
            feats = token_features(cand.trigger, sent, self.lex, cand)
            row = self.probabilities([feats])[0]
        p = dict(zip(self.classes, row.tolist(), strict=True))
        judged = cand.rule.split(":", 1)[0] in self.thresholds.trusted and (
            f"{_lemma(cand.trigger)}|{cand.sense.event}" in self.evidence)
        new, p_ev, action = decide(p, event, cand.sense.event, cand.sense.conf, self.thresholds, judged)
        top = max((c for c in p if c != NONE), key=p.__getitem__)
        extra: dict[str, Any] = {"classifier": {"top": top, "p": round(p[top], 3), "p_none": round(p[NONE], 3),
                                                "action": action}}
        if new is None:
            return None, mode, 0.0, extra
        if new != event:
            mode = self.modes_for(new, feats)
        factor = conf / cand.conf if cand.conf > 0 else 1.0
        t = self.thresholds
        blended = t.blend * cand.sense.conf + (1 - t.blend) * p_ev
        return new, mode, min(1.0, blended * factor), extra

    def propose(self, sent: Span, taken: set[int]) -> list[tuple[Token, str, list[str], float]]:
        """Triggers the lexicon missed: (token, category, modes, probability) above the threshold."""
        return self.propose_many([(sent, taken)])[0]

    def propose_many(self, items: Sequence[tuple[Span, set[int]]]) -> list[list[tuple[Token, str, list[str], float]]]:
        """:meth:`propose` for several sentences of one Doc, scored in one batch."""
        out: list[list[tuple[Token, str, list[str], float]]] = [[] for _ in items]
        if not items:
            return out
        doc = items[0][0].doc
        table = TokenTable.of(doc)
        idx: list[int] = []
        owner: list[int] = []
        feats: list[dict[str, float]] = []
        for k, (sent, taken) in enumerate(items):
            for i in range(sent.start, sent.end):
                if table.candidate[i] and i not in taken:
                    idx.append(i)
                    owner.append(k)
                    feats.append(table.features(i, sent.start, sent.end, self.lex, None))
        if not idx:
            return out
        probs = self.probabilities(feats)
        cls = self.classes
        none_i = cls.index(NONE)
        q = probs.copy()
        q[:, none_i] = -1.0
        best = q.argmax(axis=1)
        top = q[np.arange(len(idx)), best]
        keep = np.flatnonzero((top >= self.thresholds.propose) & (top > probs[:, none_i])).tolist()
        for r in keep:
            label = cls[best[r]]
            out[owner[r]].append((doc[idx[r]], label, self.modes_for(label, feats[r]), float(top[r])))
        return out


@dataclass(frozen=True, slots=True)
class SparseRows:
    """Feature rows as one batch: entry k is ``vals[k]`` in column ``cols[k]`` of row ``rows[k]`` (ascending)."""

    n: int
    cols: np.ndarray
    vals: np.ndarray
    rows: np.ndarray


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A fitted linear classifier as arrays: scores = intercept + x @ weights.

    Rows ``x`` come as one :class:`SparseRows` batch (:meth:`Weights.encode_many`), scored in a few
    array operations (the order of the additions differs from sklearn's in the last bits only).
    """

    classes: tuple[str, ...]
    weights: np.ndarray  # (n_features, n_outputs), C-contiguous
    intercept: np.ndarray  # (n_outputs,)

    @classmethod
    def of(cls, model: Any) -> LinearModel:
        """From a fitted sklearn linear model (``classes_``, ``coef_``, ``intercept_``)."""
        return cls(tuple(str(c) for c in model.classes_), np.ascontiguousarray(model.coef_.T, dtype=np.float64),
                   np.asarray(model.intercept_, dtype=np.float64))

    def scores(self, batch: SparseRows) -> np.ndarray:
        out = np.zeros((batch.n, len(self.intercept)))
        if len(batch.cols):
            contrib = self.weights[batch.cols]
            contrib *= batch.vals[:, None]
            r = batch.rows
            starts = np.flatnonzero(np.concatenate(([True], r[1:] != r[:-1])))
            out[r[starts]] = np.add.reduceat(contrib, starts, axis=0)
        out += self.intercept
        return out

    def probabilities(self, batch: SparseRows) -> np.ndarray:
        """Softmax of the scores: ``predict_proba`` of a multinomial logistic regression."""
        scores = self.scores(batch)
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores

    def predict(self, batch: SparseRows) -> list[str]:
        """``predict`` of a linear classifier: the sign of a binary model's score, else the top score."""
        s = self.scores(batch)
        best = (s[:, 0] > 0).astype(int) if s.shape[1] == 1 else s.argmax(axis=1)
        return [self.classes[int(k)] for k in best]


@dataclass(frozen=True, slots=True)
class Weights:
    """:class:`EventClassifier`'s sklearn models as arrays, for prediction without sklearn."""

    vocabulary: dict[str, int]  # feature name -> column
    category: LinearModel  # multinomial: probabilities are the softmax of its scores
    modes: dict[str, LinearModel | str]  # category -> mode model, or a constant mode string

    @classmethod
    def of(cls, vectorizer: Any, model: Any, mode_models: dict[str, Any]) -> Weights | None:
        """The arrays of fitted models, or None if they are not what :class:`LinearModel` computes
        (a binary or one-vs-rest category model) or if it disagrees with sklearn on test rows."""
        coef = getattr(model, "coef_", None)
        if coef is None or coef.shape[0] != len(model.classes_) or len(model.classes_) < 3:
            return None
        modes = {cat: m if isinstance(m, str) else LinearModel.of(m) for cat, m in mode_models.items()}
        weights = cls(dict(vectorizer.vocabulary_), LinearModel.of(model), modes)
        return weights if weights.agrees(vectorizer, model, mode_models) else None

    def encode_many(self, feats: Sequence[dict[str, float]]) -> SparseRows:
        """Feature dicts as one sparse batch; unknown and zero-valued features drop out (as in DictVectorizer)."""
        get = self.vocabulary.get
        cols: list[int] = []
        vals: list[float] = []
        lens: list[int] = []
        for f in feats:
            cols += map(get, f, itertools.repeat(-1))
            vals += f.values()
            lens.append(len(f))
        c = np.array(cols, dtype=np.int64)
        v = np.array(vals, dtype=np.float64)
        r = np.repeat(np.arange(len(feats)), lens)
        keep = (c >= 0) & (v != 0)
        return SparseRows(len(feats), c[keep], v[keep], r[keep])

    def agrees(self, vectorizer: Any, model: Any, mode_models: dict[str, Any], n: int = 64) -> bool:
        """Whether these arrays give sklearn's probabilities and modes on ``n`` random feature rows."""
        rng = np.random.default_rng(0)
        names = sorted(self.vocabulary)
        rows = []
        for _ in range(n):
            f = {names[j]: 1.0 for j in rng.choice(len(names), size=min(len(names), 25), replace=False)}
            f["lex_prior"] = float(rng.random())
            rows.append(f)
        X = vectorizer.transform(rows)
        encoded = self.encode_many(rows)
        if not np.allclose(self.category.probabilities(encoded), model.predict_proba(X), rtol=1e-9, atol=1e-12):
            return False
        for cat, m in mode_models.items():
            if not isinstance(m, str):
                mine = self.modes[cat].predict(encoded)  # type: ignore[union-attr]
                if mine != [str(x) for x in m.predict(X)]:
                    return False
        return True


def decide(p: dict[str, float], event: str, sense_event: str | None, prior: float,
           t: Thresholds, judged: bool = True) -> tuple[str | None, float, str]:
    """The rescoring rule: (category or None to drop, the probability behind it, action name).

    ``judged`` False (a candidate kind the corpus has too few triggers of, or a lexicon sense the
    corpus never annotates): the model only rescores, it does not drop or relabel.
    """
    if not judged:
        return event, max(p.get(event, 0.0), p.get(sense_event or "", 0.0)), "keep"
    strong = prior >= t.strong_prior
    if p[NONE] >= (t.drop_strong if strong else t.drop_weak):
        return None, 0.0, "drop"
    rule_changed = sense_event is not None and event != sense_event
    p_ev = max(p.get(event, 0.0), p.get(sense_event or "", 0.0)) if rule_changed else p.get(event, 0.0)
    if not strong and not rule_changed:
        top = max((c for c in p if c != NONE), key=p.__getitem__)
        if top != event and p[top] >= t.relabel:
            return top, p[top], "relabel"
    return event, p_ev, "keep"


def _vectorize(feats: Sequence[dict[str, float]], min_count: int) -> tuple[DictVectorizer, Any]:
    """Fit a DictVectorizer on features seen at least ``min_count`` times (rarer ones are ignored)."""
    from sklearn.feature_extraction import DictVectorizer

    counts = Counter(k for f in feats for k in f)
    vec = DictVectorizer()
    vec.fit([{k: 1.0 for k, n in counts.items() if n >= min_count}])
    return vec, vec.transform(feats)


def _fit(X: Any, y: Sequence[str], c: float, class_weight: str | None, seed: int) -> LogisticRegression:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight=class_weight, max_iter=500, tol=1e-3, random_state=seed)
    model.fit(X, y)
    return model


def _fit_modes(X: Any, examples: Sequence[Example], idx: Iterable[int], seed: int) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    by_cat: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        if examples[i].label != NONE:
            by_cat[examples[i].label].append(i)
    out: dict[str, Any] = {}
    for cat, rows in sorted(by_cat.items()):
        ys = [examples[i].modes for i in rows]
        counts = Counter(ys)
        if len(counts) == 1:
            out[cat] = ys[0]
            continue
        m = LogisticRegression(C=1.0, max_iter=500, tol=1e-3, random_state=seed)
        m.fit(X[rows], ys)
        out[cat] = m
    return out


# --------------------------------------------------------------------------- evaluation / tuning


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "n_pred": n_pred, "n_gold": n_gold}


def per_category(gold: Sequence[str], pred: Sequence[str]) -> dict[str, dict[str, float]]:
    """Token-level precision/recall/F1 per category (NONE is not a category), plus the micro average."""
    cats = sorted({g for g in gold if g != NONE} | {p for p in pred if p != NONE})
    out: dict[str, dict[str, float]] = {}
    tps = npred = ngold = 0
    for c in cats:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == c)
        n_p = sum(1 for p in pred if p == c)
        n_g = sum(1 for g in gold if g == c)
        out[c] = _prf(tp, n_p, n_g)
        tps, npred, ngold = tps + tp, npred + n_p, ngold + n_g
    out["micro"] = _prf(tps, npred, ngold)
    return out


@dataclass(slots=True)
class _SimCand:
    event: str
    sense_event: str | None
    prior: float
    p: dict[str, float] | None  # OOF probabilities (lexicon candidates)
    proposed_p: float = 0.0
    judged: bool = True


class _OOFProposer:
    """Stands in for the classifier in ``find_candidates`` during the simulation."""

    def __init__(self, probs: dict[int, dict[str, float]], floor: float) -> None:
        self.probs, self.floor = probs, floor

    def propose(self, sent: Span, taken: set[int]) -> list[tuple[Token, str, list[str], float]]:
        out = []
        for tok in sent:
            p = self.probs.get(tok.i)
            if p is None or tok.i in taken or not candidate_token(tok):
                continue
            top = max((c for c in p if c != NONE), key=p.__getitem__)
            if p[top] >= self.floor and p[top] > p[NONE]:
                out.append((tok, top, [], p[top]))
        return out


def simulate_candidates(
    docs: Sequence[Any], infos: Sequence[SentenceInfo], lex: TriggerLexicon,
    oof: dict[tuple[int, int], dict[str, float]], trusted: tuple[str, ...], evidence: frozenset[str],
    floor: float = 0.3,
) -> list[list[_SimCand]]:
    """Per sentence: the real (unflagged) candidates of events.py, with OOF model probabilities."""
    by_sid: dict[int, dict[int, dict[str, float]]] = defaultdict(dict)
    for (sid, ti), p in oof.items():
        by_sid[sid][ti] = p
    out: list[list[_SimCand]] = []
    for sid, doc in enumerate(docs):
        probs = by_sid.get(sid, {})
        sims: list[_SimCand] = []
        if infos[sid].aligned:
            for sent in doc.sents:
                for c in find_candidates(sent, lex, proposer=_OOFProposer(probs, floor)):
                    if c.negated or c.hypothetical:
                        continue
                    apply_plover_rules(c)
                    if c.rule.startswith("classifier:"):
                        sims.append(_SimCand(c.event, c.sense.event, c.conf, None, c.conf))
                    else:
                        judged = c.rule.split(":", 1)[0] in trusted and f"{_lemma(c.trigger)}|{c.sense.event}" in evidence
                        sims.append(_SimCand(c.event, c.sense.event, c.sense.conf, probs.get(c.trigger.i),
                                             judged=judged))
        out.append(sims)
    return out


def score_simulation(infos: Sequence[SentenceInfo], sims: Sequence[list[_SimCand]], t: Thresholds | None) -> dict[str, Any]:
    """Sentence-level category matching (like ``evaluate``'s category-only F1); ``t=None``: rules only."""
    tp = n_pred = n_gold = 0
    for info, cands in zip(infos, sims, strict=True):
        if not info.aligned:
            continue
        pred: list[str] = []
        for c in cands:
            if c.p is None:  # proposed by the model
                if t is not None and c.proposed_p >= t.propose:
                    pred.append(c.event)
                continue
            if t is None or not c.p:
                pred.append(c.event)
                continue
            new, _, _ = decide(c.p, c.event, c.sense_event, c.prior, t, c.judged)
            if new is not None:
                pred.append(new)
        g, p = Counter(info.gold), Counter(pred)
        tp += sum((g & p).values())
        n_pred += len(pred)
        n_gold += len(info.gold)
    return _prf(tp, n_pred, n_gold)


# The search is confined to a conservative region on purpose: the corpus cross-validation is
# in-domain, so its unconstrained optimum trusts the model too much for other text (it dropped
# any lexicon candidate with P(NONE) >= 0.5 whatever the sense's prior, which removed correct
# events of light-verb and machine-translated constructions). Strong lexicon senses are never
# relabelled, drops and relabels need a confident model, proposals must be more likely than not.
STRONG_PRIORS = (0.7, 0.8)
DROP_WEAK = (0.8, 0.9, 0.95, 1.01)
DROP_STRONG = (0.95, 0.98, 1.01)
RELABEL = (0.7, 0.8, 0.9, 0.95, 1.01)
PROPOSE = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def tune_thresholds(infos: Sequence[SentenceInfo], sims: Sequence[list[_SimCand]],
                    trusted: tuple[str, ...] = ("verb", "light")) -> tuple[Thresholds, dict[str, Any]]:
    """Grid search of the decision thresholds for sentence-level category F1 on OOF predictions."""
    best: tuple[float, Thresholds] | None = None
    # the proposal threshold is nearly independent of the rescoring ones: tune it first
    base = Thresholds(drop_weak=1.01, drop_strong=1.01, relabel=1.01, trusted=trusted)
    prop_best = max(PROPOSE,
                    key=lambda x: (score_simulation(infos, sims, Thresholds(**{**asdict(base), "propose": x}))["f1"], x))
    for strong_prior in STRONG_PRIORS:
        for drop_weak in DROP_WEAK:
            for drop_strong in DROP_STRONG:
                for relabel in RELABEL:
                    t = Thresholds(drop_weak, drop_strong, strong_prior, relabel, prop_best, trusted=trusted)
                    f1 = score_simulation(infos, sims, t)["f1"]
                    key = f1 + 1e-6 * (drop_weak + drop_strong + relabel)  # prefer the more conservative on ties
                    if best is None or key > best[0]:
                        best = (key, t)
    assert best is not None
    t = best[1]
    t.blend = _tune_blend(infos, sims, t)
    report = {"rules_only": score_simulation(infos, sims, None), "with_model": score_simulation(infos, sims, t)}
    return t, report


def _tune_blend(infos: Sequence[SentenceInfo], sims: Sequence[list[_SimCand]], t: Thresholds) -> float:
    """The prior/model mixing weight with the lowest Brier score for kept lexicon candidates."""
    rows: list[tuple[float, float, float]] = []
    for info, cands in zip(infos, sims, strict=True):
        gold = Counter(info.gold)
        for c in cands:
            if c.p is None or not c.p:
                continue
            new, p_ev, _ = decide(c.p, c.event, c.sense_event, c.prior, t, c.judged)
            if new is None:
                continue
            ok = 1.0 if gold[new] > 0 else 0.0
            rows.append((c.prior, p_ev, ok))
    if not rows:
        return t.blend
    arr = np.array(rows)
    scores = {w: float(np.mean((w * arr[:, 0] + (1 - w) * arr[:, 1] - arr[:, 2]) ** 2)) for w in np.arange(0, 1.01, 0.1)}
    return round(float(min(scores, key=scores.__getitem__)), 2)


# --------------------------------------------------------------------------- training


@dataclass(slots=True)
class TrainConfig:
    """Hyperparameters of ``killdeer train``."""

    c: float = 1.0
    class_weight: str | None = None
    min_count: int = 2  # features seen fewer times are dropped
    min_kind_triggers: int = 50  # the model drops/relabels only candidate kinds with this many annotated triggers
    min_sense_triggers: int = 3  # ... and only lexicon senses (lemma, category) annotated this often
    folds: int = 5
    seed: int = 13


def cross_validate(examples: Sequence[Example], infos: Sequence[SentenceInfo], cfg: TrainConfig,
                   log: Any = None) -> tuple[dict[tuple[int, int], dict[str, float]], dict[str, Any]]:
    """Grouped, stratified K-fold: out-of-fold probabilities per (sentence, token) and per-category scores."""
    from sklearn.model_selection import StratifiedGroupKFold

    sids = [i for i, s in enumerate(infos) if s.aligned]
    splitter = StratifiedGroupKFold(n_splits=cfg.folds, shuffle=True, random_state=cfg.seed)
    folds = list(splitter.split(sids, [infos[i].strat for i in sids], [infos[i].group for i in sids]))
    fold_of = {}
    for k, (_, test) in enumerate(folds):
        for j in test:
            fold_of[sids[j]] = k
    oof: dict[tuple[int, int], dict[str, float]] = {}
    gold: list[str] = []
    pred: list[str] = []
    mode_ok = mode_n = 0
    for k in range(cfg.folds):
        tr = [i for i, e in enumerate(examples) if fold_of.get(e.sid) != k and e.train]
        te = [i for i, e in enumerate(examples) if fold_of.get(e.sid) == k]
        vec, Xtr = _vectorize([examples[i].features for i in tr], cfg.min_count)
        model = _fit(Xtr, [examples[i].label for i in tr], cfg.c, cfg.class_weight, cfg.seed)
        modes = _fit_modes(Xtr, [examples[i] for i in tr], range(len(tr)), cfg.seed)
        Xte = vec.transform([examples[i].features for i in te])
        probs = model.predict_proba(Xte)
        cls = [str(c) for c in model.classes_]
        for row, i in enumerate(te):
            e = examples[i]
            p = dict(zip(cls, probs[row].tolist(), strict=True))
            oof[(e.sid, e.token)] = p
            if not e.train:
                continue
            top = cls[int(np.argmax(probs[row]))]
            gold.append(e.label)
            pred.append(top)
            if e.label != NONE:
                m = modes.get(e.label)
                if m is not None:
                    guess = m if isinstance(m, str) else str(m.predict(Xte[row])[0])
                    mode_ok += guess == e.modes
                    mode_n += 1
        if log:
            log(f"fold {k + 1}/{cfg.folds}: {len(tr)} train / {len(te)} scored examples")
    report = {"per_category": per_category(gold, pred), "mode_accuracy": round(mode_ok / mode_n, 4) if mode_n else None,
              "folds": cfg.folds, "grouping": "generated sentences grouped by (file, category, trigger); others by id"}
    return oof, report


def train(corpus_dir: str | Path, out: str | Path | None = None, cfg: TrainConfig | None = None,
          nlp: Any = None, lexicon: TriggerLexicon | None = None, log: Any = None, tune: bool = True) -> EventClassifier:
    """Train on every ``*.jsonl`` of ``corpus_dir``, cross-validate, tune thresholds, save to ``out``."""
    import sklearn

    cfg = cfg or TrainConfig()
    started = time.time()
    if nlp is None:
        from killdeer.nlp import load_nlp

        nlp = load_nlp()
    lex = lexicon or TriggerLexicon.load()
    files = corpus_files(corpus_dir)
    records = load_corpus(files)
    docs = parse(records, nlp)
    examples, infos, stats = build_examples(records, docs, lex)
    if log:
        log(f"{len(records)} sentences, {stats['examples']} examples ({stats['positives']} triggers); "
            f"{stats['unaligned_sentences']} sentences skipped (trigger not found)")
    # candidate kinds (verb / light / nominal) with enough annotated triggers for the model to judge
    kinds = Counter(k.split("=", 1)[1] for e in examples if e.train and e.label != NONE for k in e.features
                    if k.startswith("lex_rule="))
    trusted = tuple(sorted(k for k, n in kinds.items() if n >= cfg.min_kind_triggers))
    # lexicon senses the corpus annotates: only these may be dropped or relabelled by the model
    lemma_cat = Counter(f"{k[2:]}|{e.label}" for e in examples if e.train and e.label != NONE
                        for k in e.features if k.startswith("l="))
    evidence = frozenset(k for k, n in lemma_cat.items() if n >= cfg.min_sense_triggers)
    thresholds = Thresholds(trusted=trusted)
    cv: dict[str, Any] = {"triggers_per_candidate_kind": dict(sorted(kinds.items()))}
    if cfg.folds >= 2:
        oof, cv_scores = cross_validate(examples, infos, cfg, log)
        cv.update(cv_scores)
        if tune:
            sims = simulate_candidates(docs, infos, lex, oof, trusted, evidence)
            thresholds, sim = tune_thresholds(infos, sims, trusted)
            cv["pipeline_simulation"] = sim
    learn = [e for e in examples if e.train]
    vec, X = _vectorize([e.features for e in learn], cfg.min_count)
    model = _fit(X, [e.label for e in learn], cfg.c, cfg.class_weight, cfg.seed)
    modes = _fit_modes(X, learn, range(len(learn)), cfg.seed)
    meta = {
        "format": FORMAT_VERSION,
        "corpus_sha256": corpus_hash(files),
        "corpus_files": [{"name": f.name, "lines": sum(1 for r in records if r["_file"] == f.name)} for f in files],
        "sentences": len(records),
        "examples": stats["examples"],
        "triggers": stats["positives"],
        "unaligned_sentences": stats["unaligned_sentences"],
        "skipped_ambiguous": stats["skipped_ambiguous"],
        "features": len(vec.feature_names_),
        "classes": [str(c) for c in model.classes_],
        "sklearn": sklearn.__version__,
        "hyperparameters": asdict(cfg),
        "thresholds": asdict(thresholds),
        "cv": cv,
        "trained_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "training_seconds": round(time.time() - started, 1),
    }
    meta["evidence_senses"] = len(evidence)
    clf = EventClassifier(vec, model, modes, thresholds, meta, evidence, lex)
    if out is not None:
        clf.save(out)
    return clf


def cv_table(meta: dict[str, Any]) -> str:
    """The per-category CV table as Markdown."""
    rows = ["| category | precision | recall | F1 | gold | predicted |", "|---|---:|---:|---:|---:|---:|"]
    for cat, s in meta.get("cv", {}).get("per_category", {}).items():
        rows.append(f"| {cat} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['n_gold']} | {s['n_pred']} |")
    return "\n".join(rows)


# --------------------------------------------------------------------------- CLI
