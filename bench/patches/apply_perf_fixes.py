"""Re-apply the performance fixes of docs/performance.md to a COPY of killdeer, by pattern.

    python bench/patches/apply_perf_fixes.py COPY_DIR A,B,C,F[,D]     # edits COPY_DIR/killdeer/...

The killdeer tree moves fast; the .diff files next to this script are the same edits against one
snapshot. Each fix asserts that the code it edits is still there, and stops otherwise.
"""
import sys
from pathlib import Path

root = Path(sys.argv[1]) / "killdeer"
fixes = set(sys.argv[2].split(","))


def sub(path, old, new, count=1):
    p = root / path
    s = p.read_text()
    n = s.count(old)
    if n != count:
        raise SystemExit(f"{path}: expected {count} x {old[:60]!r}, found {n}")
    p.write_text(s.replace(old, new))


if "A" in fixes:
    import re as _re
    p = root / "actors/mentions.py"
    s = p.read_text()
    # 1. DocumentActors keeps doc.ents / doc.text, read once per document
    old = "    _cache: dict[int, Entity | None] = field(default_factory=dict)\n"
    assert s.count(old) == 1
    s = s.replace(old, old
        + "    # Doc.ents and Doc.text rebuild a tuple / a string from every token on each access: read them once\n"
        + "    ents: tuple[Span, ...] = ()\n"
        + "    text: str = \"\"\n")
    m = _re.search(r"\n        self = cls\(doc=doc,[^\n]*\)\n", s)
    assert m, "build() not found"
    s = s[: m.end()] + "        self.ents = tuple(doc.ents)\n        self.text = doc.text\n" + s[m.end():]
    s = s.replace("self.doc.ents", "self.ents").replace("self.doc.text", "self.text")
    s = s.replace("len(doc.text)", "len(self.text)")
    # 2. _ent_of: walk the token's IOB tags instead of scanning a rebuilt doc.ents
    old_fn = _re.search(r"def _ent_of\(tok: Token\) -> Span \| None:\n(?:    .*\n|\n(?=    ))+", s)
    assert old_fn, "_ent_of not found"
    s = s[: old_fn.start()] + '''def _ent_of(tok: Token) -> Span | None:
    """The entity span a token is in: found from the token's IOB tags (O(entity length), not O(document))."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type)
''' + s[old_fn.end():]
    assert "doc.ents" not in s.replace("tuple(doc.ents)", ""), [ln for ln in s.splitlines() if "doc.ents" in ln]
    p.write_text(s)
    p = root / "pipeline.py"
    s = p.read_text()
    m = _re.search(r"\n        parsed_dateline = parse_dateline\(doc.text\[:200\]\)\n", s)
    assert m
    s = s[: m.start()] + "\n        text = doc.text  # Doc.text joins every token: once per document, not per sentence/event" \
        + s[m.start():].replace("parse_dateline(doc.text[:200])", "parse_dateline(text[:200])", 1)
    s = s.replace("_paragraph_bounds(doc.text)", "_paragraph_bounds(text)")
    s = s.replace("paragraph = doc.text[para_start:para_end]", "paragraph = text[para_start:para_end]")
    s = s.replace("event_text=doc.text[ev_start:ev_end],", "event_text=actors.text[ev_start:ev_end],")
    # sent.ents rebuilds doc.ents; the entities of a sentence from the document's tuple
    s = s.replace("            for ent in sent.ents\n            if ent.label_ in PLACE_LABELS",
                  "            for ent in actors.ents  # sent.ents would rebuild the document's entity list\n"
                  "            if sent.start <= ent.start and ent.end <= sent.end\n            and ent.label_ in PLACE_LABELS")
    s = s.replace("ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)",
                  "ent = _ent_of(tok)  # tok.sent's entity list would rebuild the whole document's")
    if "_ent_of(tok)" in s and "import _ent_of" not in s:
        s = s.replace("from killdeer.actors.mentions import DocumentActors\n",
                      "from killdeer.actors.mentions import DocumentActors, _ent_of\n", 1)
    bad = [ln for ln in s.splitlines() if ("doc.text" in ln and "text = doc.text" not in ln and "parse_dateline(doc.text[:200])" not in ln) or ".ents" in ln and "actors.ents" not in ln]
    assert not bad, bad
    p.write_text(s)

if "B" in fixes:
    sub("actors/lexicon.py", "def normalize(text: str, *, cased: bool = False) -> str:\n",
        "@functools.lru_cache(maxsize=1 << 16)  # pure, and called ~1,000 times per article on a few hundred strings\n"
        "def normalize(text: str, *, cased: bool = False) -> str:\n")
    sub("actors/lexicon.py", "import datetime as dt\n", "import datetime as dt\nimport functools\n")

if "C" in fixes:
    p = root / "pipeline.py"
    s = p.read_text()
    start = s.index("    def contexts(self, sentence: str, paragraph: str) -> list[str]:\n")
    end = s.index("        return out\n", start) + len("        return out\n")
    s = s[:start] + '''    def _paragraph_hits(self, paragraph: str) -> frozenset[str]:
        """The context words a paragraph contains: scanned once per paragraph, not once per event."""
        hits = self._para_hits.get(paragraph)
        if hits is None:
            if len(self._para_hits) > 256:
                self._para_hits.clear()
            p = f" {paragraph.lower()} "
            hits = frozenset(w for words in self.words.values() for w in words if f" {w}" in p)
            self._para_hits[paragraph] = hits
        return hits

    def contexts(self, sentence: str, paragraph: str) -> list[str]:
        s = f" {sentence.lower()} "
        p_hits = self._paragraph_hits(paragraph)
        out = []
        for ctx, words in self.words.items():
            score = 0
            for w in words:
                if f" {w}" in s:
                    score += 2
                elif w in p_hits:
                    score += 1
            if score >= self.min_score:
                out.append(ctx)
        return out
''' + s[end:]
    old = "    words: dict[str, tuple[str, ...]]\n    min_score: int\n"
    assert s.count(old) == 1
    s = s.replace(old, old + "    _para_hits: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)\n")
    if "from dataclasses import dataclass, field" not in s:
        s = s.replace("from dataclasses import dataclass\n", "from dataclasses import dataclass, field\n", 1)
    p.write_text(s)
print("applied", sorted(fixes), "to", root)

if "D" in fixes:
    p = root / "pipeline.py"
    s = p.read_text()
    old = '''        """Like :meth:`code_many`, with the document's direct quotations and their speakers."""

        def tuples()'''
    assert s.count(old) == 1
    s = s.replace(old, '''        """Like :meth:`code_many`, with the document's direct quotations and their speakers.

        ``n_process > 1`` forks that many workers that each parse *and code* whole batches and send
        back only the results (spaCy's own ``n_process`` ships every parsed Doc back to this process,
        which then deserialises and codes them all on one core).
        """
        if n_process > 1:
            yield from self._analyze_parallel(documents, on_error, n_process, quotations)
            return

        def tuples()''')
    old = '''    def _prepare(self, document: Document'''
    assert s.count(old) == 1
    s = s.replace(old, '''    def _analyze_parallel(
        self, documents: Iterable[Document], on_error: Callable[[InputError], None] | None, n_process: int,
        quotations: bool,
    ) -> Iterator[Analysis]:
        import multiprocessing as mp
        from collections import deque

        global _WORKER
        # load everything before forking: the workers share these pages copy-on-write
        for name in ("nlp", "actors", "triggers", "ontology", "gazetteer", "context_lexicon", "classifier"):
            getattr(self, name)
        _WORKER = self

        def batches() -> Iterator[list[tuple[str, Document]]]:
            batch: list[tuple[str, Document]] = []
            for d in documents:
                batch.append((self._prepare(d, on_error), d))
                if len(batch) >= self.config.batch_size:
                    yield batch
                    batch = []
            if batch:
                yield batch

        def emit(batch: list[tuple[str, Document]], result: Any) -> Iterator[Analysis]:
            for (_, document), (events, quotes, exc) in zip(batch, result.get(), strict=True):
                if exc is not None:
                    if on_error is None:
                        raise exc
                    on_error(InputError(f"coding failed: {type(exc).__name__}: {exc}", document.origin or document.id))
                    continue
                yield Analysis(document, events, quotes)

        pending: deque = deque()
        with mp.get_context("fork").Pool(n_process) as pool:
            for batch in batches():  # at most 2 batches in flight per worker: memory stays flat
                pending.append((batch, pool.apply_async(_code_batch, (batch, quotations))))
                if len(pending) >= 2 * n_process:
                    yield from emit(*pending.popleft())
            while pending:
                yield from emit(*pending.popleft())

    def _prepare(self, document: Document''', 1)
    old = '''def event_id('''
    assert s.count(old) == 1
    s = s.replace(old, '''_WORKER: Coder | None = None  # set in the parent before forking workers (Coder._analyze_parallel)


def _code_batch(batch: list[tuple[str, Document]], quotations: bool) -> list[tuple[Any, Any, Exception | None]]:
    """In a worker: parse and code one batch; per document (events, quotations) or the exception it raised."""
    coder = _WORKER
    assert coder is not None
    out: list[tuple[Any, Any, Exception | None]] = []
    for sdoc, document in coder.nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
        try:
            events, actors = coder._code_doc(sdoc, document, with_actors=True)
            out.append((events, actors.quotations() if quotations else [], None))
        except Exception as exc:  # noqa: BLE001 - reported per document by the parent
            out.append((None, None, exc))
    return out


def event_id(''', 1)
    p.write_text(s)
print("done")

if "F" in fixes:
    p = root / "train.py"
    s = p.read_text()
    old = '''    def probabilities(self, feats: list[dict[str, float]]) -> np.ndarray:
        """Class probabilities (columns: :attr:`classes`)."""
        return self.model.predict_proba(self.vectorizer.transform(feats))
'''
    assert s.count(old) == 1
    s = s.replace(old, '''    def probabilities(self, feats: list[dict[str, float]]) -> np.ndarray:
        """Class probabilities (columns: :attr:`classes`).

        The same numbers as ``model.predict_proba(vectorizer.transform(feats))`` (checked once per
        process), computed directly: sklearn's per-call input validation costs ~4 ms, and the
        pipeline calls this once per sentence and once per candidate.
        """
        fast = self.__dict__.get("_fast")
        if fast is None:
            fast = self.__dict__["_fast"] = self._fast_weights(self.model)
            if fast:  # verify once against sklearn; fall back for good if they ever differ
                ref = self.model.predict_proba(self.vectorizer.transform(feats))
                if not np.allclose(self._fast_proba(fast, feats), ref, rtol=1e-9, atol=1e-12):
                    fast = self.__dict__["_fast"] = ()
                return ref
        if not fast:
            return self.model.predict_proba(self.vectorizer.transform(feats))
        return self._fast_proba(fast, feats)

    def _fast_weights(self, model: Any) -> tuple:
        """(vocabulary, weights (n_features x n_classes), intercepts) of a multinomial LogisticRegression, or ()."""
        coef = getattr(model, "coef_", None)
        if coef is None or coef.shape[0] != len(model.classes_) or len(model.classes_) < 3:
            return ()  # binary / one-vs-rest models keep sklearn's code path
        return (self.vectorizer.vocabulary_, self.vectorizer.separator, np.ascontiguousarray(coef.T), model.intercept_)

    @staticmethod
    def _fast_proba(fast: tuple, feats: list[dict[str, float]]) -> np.ndarray:
        vocab, sep, w, b = fast
        scores = np.tile(b, (len(feats), 1))
        for row, f in enumerate(feats):
            cols: list[int] = []
            vals: list[float] = []
            for k, v in f.items():
                if isinstance(v, str):  # DictVectorizer one-hot: "key=value" -> 1
                    j = vocab.get(f"{k}{sep}{v}")
                    v = 1.0
                elif isinstance(v, (list, tuple, set, frozenset)):  # iterable of strings: one-hot each
                    for item in v:
                        if (j := vocab.get(f"{k}{sep}{item}")) is not None:
                            cols.append(j)
                            vals.append(1.0)
                    continue
                else:
                    j = vocab.get(k)
                if j is not None and v:
                    cols.append(j)
                    vals.append(float(v))
            if cols:
                scores[row] += np.asarray(vals) @ w[cols]
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores
''')
    p.write_text(s)
    print("F applied")
