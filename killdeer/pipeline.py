"""The coder: read -> nlp -> actors -> events -> when/where -> records.

:class:`Coder` is the one core object that the CLI, the web API and Spark drive.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import itertools
import multiprocessing as mp
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Doc, Span

from killdeer.actors.lexicon import ActorLexicon
from killdeer.actors.mentions import DocumentActors
from killdeer.config import CODER_NAME, Config, coder_version
from killdeer.errors import InputError, KilldeerError
from killdeer.events import Candidate, apply_plover_rules, find_candidates_all
from killdeer.nlp import doc_text, ent_index, release, sent_ents
from killdeer.ontology import Ontology, load_ontology
from killdeer.read import check_text, parse_date
from killdeer.triggers import TriggerLexicon
from killdeer.types import DateResolution, Document, Entity, Event
from killdeer.when import resolve_event_date
from killdeer.where import Gazetteer, Place, parse_dateline, resolve_location
from killdeer.yamlio import Loader

_Loader = Loader
PLACE_LABELS = ("GPE", "LOC", "FAC")
_PARA_RE = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class ModeCues:
    """Words in a sentence that state an event's mode (package data ``lexicon/modes.yaml``)."""

    cues: dict[str, list[tuple[str, re.Pattern[str]]]]

    @classmethod
    def load(cls) -> ModeCues:
        raw = yaml.load(resources.files("killdeer").joinpath("data/lexicon/modes.yaml").read_text("utf-8"), Loader=_Loader)
        cues = {
            cat: [(mode, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I))
                  for mode, words in modes.items()]
            for cat, modes in raw.items()
        }
        return cls(cues)

    def modes(self, category: str, text: str, have: list[str]) -> list[str]:
        """Modes the text states for this category, added to those the trigger gave."""
        table = self.cues.get(category)
        if not table or (have and category != "ASSAULT"):
            return have
        out = list(have)
        for mode, pattern in table:
            if mode not in out and pattern.search(text):
                out.append(mode)
                if category != "ASSAULT":
                    break
        return out


@dataclass(frozen=True, slots=True)
class ContextLexicon:
    """Context words (package data ``lexicon/contexts.yaml``)."""

    words: dict[str, tuple[str, ...]]
    min_score: int
    # derived, for speed: (word, " word") once each; word -> [(context, times the context lists it)]
    # (word, " word") by the first (up to 3) letters of the word's first word: hits() searches only for
    # words whose first letters begin a word of the text
    _patterns: dict[str, list[tuple[str, str]]] = field(init=False, repr=False, compare=False)
    _contexts_of: dict[str, list[tuple[str, int]]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        patterns: dict[str, list[tuple[str, str]]] = {}
        for w in dict.fromkeys(w for words in self.words.values() for w in words):
            patterns.setdefault(w.split(" ")[0][:3], []).append((w, f" {w}"))
        object.__setattr__(self, "_patterns", patterns)
        contexts_of: dict[str, list[tuple[str, int]]] = {}
        for ctx, words in self.words.items():
            for w, n in Counter(words).items():
                contexts_of.setdefault(w, []).append((ctx, n))
        object.__setattr__(self, "_contexts_of", contexts_of)

    @classmethod
    def load(cls) -> ContextLexicon:
        raw = yaml.load(resources.files("killdeer").joinpath("data/lexicon/contexts.yaml").read_text("utf-8"), Loader=_Loader)
        return cls({k: tuple(v) for k, v in raw["contexts"].items()}, int(raw.get("min_score", 2)))

    def hits(self, text: str) -> frozenset[str]:
        """The context words that occur in a text (computed once per sentence or paragraph)."""
        t = f" {text.lower()} "
        starts = set()
        for word in t.split(" "):
            starts.update((word[:1], word[:2], word[:3]))
        patterns = self._patterns
        return frozenset(w for key in starts if key in patterns for w, pattern in patterns[key] if pattern in t)

    def contexts(self, sentence: frozenset[str], paragraph: frozenset[str]) -> list[str]:
        """Contexts whose words score enough: 2 per word in the sentence, 1 per word only in the paragraph."""
        scores: Counter[str] = Counter()
        for w in sentence | paragraph:
            points = 2 if w in sentence else 1
            for ctx, n in self._contexts_of.get(w, ()):
                scores[ctx] += points * n
        return [ctx for ctx in self.words if scores[ctx] >= self.min_score]


@dataclass(slots=True)
class Analysis:
    """A coded document: its events and (on request) its direct quotations with speakers."""

    document: Document
    events: list[Event]
    quotations: list[dict[str, Any]]

    def quotation_records(self) -> list[dict[str, Any]]:
        """JSON records for ``killdeer code --quotes``: one per quotation, with the document id."""
        return [{"doc_id": self.document.id, "pub_date": self.document.date.isoformat(), **q} for q in self.quotations]


def _warm_chunk(config: Config) -> int:
    """Documents per memory-zone chunk; the first chunk of a process is parsed outside a zone."""
    return max(config.batch_size * 16, 256)


# The state of one worker process of Coder._analyze_forked (set by _worker_start in that process only).
_WORKER: dict[str, Any] = {}


def _worker_start(coder: Coder, quotations: bool) -> None:
    _WORKER.update(coder=coder, quotations=quotations, coded=0)


def _worker_code(batch: list[tuple[str, Document]]) -> list[Analysis | InputError]:
    """In a worker: parse and code one batch; per document its analysis or the error it raised, in order.

    As in one process, the first chunk of documents is parsed outside a spaCy memory zone (its words fill
    the tokenizer cache), later batches inside one (their strings are freed).
    """
    coder: Coder = _WORKER["coder"]
    out: list[Analysis | InputError] = []
    first = _WORKER["coded"] < _warm_chunk(coder.config)
    _WORKER["coded"] += len(batch)
    with coder.nlp.memory_zone() if not first else contextlib.nullcontext():
        parsed = coder.nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
        for analysis in coder._analyze(parsed, out.append, _WORKER["quotations"]):  # noqa: SLF001 - our own worker
            out.append(analysis)
    return out


def _results(results: list[Analysis | InputError], on_error: Callable[[InputError], None] | None) -> Iterator[Analysis]:
    for r in results:
        if isinstance(r, InputError):
            if on_error is None:
                raise r
            on_error(r)
        else:
            yield r


def event_id(doc_id: str, sentence_index: int, start: int, category: str) -> str:
    """Stable id: the same document coded twice gives the same ids."""
    h = hashlib.sha1(f"{doc_id}\x1f{sentence_index}\x1f{start}\x1f{category}".encode()).hexdigest()
    return f"kd-{h[:20]}"


class Coder:
    """Codes dated news text into PLOVER events.

    >>> coder = Coder()
    >>> events = coder.code("Rebels attacked a police post in Kidal on Monday.", date="2024-01-25")
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.coder = {"name": CODER_NAME, "version": _configured_version(self.config)}

    # heavy resources load on first use, so `Coder()` is cheap to construct
    @cached_property
    def nlp(self):  # noqa: ANN201 - spacy.Language
        from killdeer.nlp import load_nlp

        return load_nlp(self.config.spacy_model)

    @cached_property
    def actors(self) -> ActorLexicon:
        return ActorLexicon.load(self.config.actors)

    @cached_property
    def triggers(self) -> TriggerLexicon:
        return TriggerLexicon.load(self.config.lexicon)

    @cached_property
    def ontology(self) -> Ontology:
        return load_ontology()

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer.load()

    @cached_property
    def context_lexicon(self) -> ContextLexicon:
        return ContextLexicon.load()

    @cached_property
    def mode_cues(self) -> ModeCues:
        return ModeCues.load()

    @cached_property
    def classifier(self) -> Any:
        if not self.config.use_classifier:
            return None
        from killdeer.classifier import load_classifier

        clf = load_classifier()
        if clf is not None:
            clf.lexicon = self.triggers  # the model's lexicon features follow user-extended lexicons
        return clf

    def preload(self) -> Coder:
        """Load every resource now (each loads on first use otherwise)."""
        for name in ("nlp", "actors", "triggers", "ontology", "gazetteer", "context_lexicon", "mode_cues", "classifier"):
            getattr(self, name)
        self.gazetteer.build_index()
        return self

    # ------------------------------------------------------------------ public API
    def code(self, text: str, date: str | dt.date, doc_id: str = "doc") -> list[Event]:
        """Code one article published on ``date``."""
        try:
            pub = parse_date(date)
        except ValueError as exc:
            raise InputError(str(exc)) from None
        document = Document(id=doc_id, date=pub, text=text)
        return self.code_document(document)

    def code_document(self, document: Document) -> list[Event]:
        """Code one :class:`Document`."""
        check_text(document.text, "text", document.origin or document.id)
        text = self._prepare(document)
        doc = self.nlp(text)
        try:
            return self._code_doc(doc, document)
        finally:
            release(doc)

    def code_many(
        self,
        documents: Iterable[Document],
        *,
        on_error: Callable[[InputError], None] | None = None,
        n_process: int = 1,
    ) -> Iterator[tuple[Document, list[Event]]]:
        """Stream (document, events) pairs in input order, batching through ``nlp.pipe``."""
        for result in self.analyze_many(documents, on_error=on_error, n_process=n_process):
            yield result.document, result.events

    def analyze_many(
        self,
        documents: Iterable[Document],
        *,
        on_error: Callable[[InputError], None] | None = None,
        n_process: int = 1,
        quotations: bool = False,
    ) -> Iterator[Analysis]:
        """Like :meth:`code_many`, with the document's direct quotations and their speakers."""

        def tuples() -> Iterator[tuple[str, Document]]:
            for d in documents:
                try:
                    check_text(d.text, "text", d.origin or d.id)
                except InputError as err:
                    if on_error is None:
                        raise
                    on_error(err)
                    continue
                yield self._prepare(d, on_error), d

        stream = tuples()
        if n_process > 1 and "fork" in mp.get_all_start_methods():
            yield from self._analyze_forked(stream, on_error, n_process, quotations)
            return
        if n_process > 1:  # no fork (Windows, macOS' default): spaCy parses in processes, this one codes
            yield from self._analyze(self.nlp.pipe(stream, as_tuples=True, batch_size=self.config.batch_size,
                                                   n_process=n_process), on_error, quotations)
            return
        # One process: parse in chunks inside spaCy memory zones, so the strings of words seen in
        # one chunk are freed after it and memory stays flat over millions of documents. The first
        # chunk is parsed outside a zone: spaCy's tokenizer caches nothing inside one (every word
        # is split by the affix rules again, ~3 ms per article), so that chunk's words — most of a
        # corpus's everyday vocabulary — become permanent and fill the cache the later chunks use.
        chunk = _warm_chunk(self.config)
        first = True
        while True:
            block = list(itertools.islice(stream, chunk))
            if not block:
                return
            with self.nlp.memory_zone() if not first else contextlib.nullcontext():
                yield from self._analyze(self.nlp.pipe(block, as_tuples=True, batch_size=self.config.batch_size),
                                         on_error, quotations)
            first = False

    def _analyze_forked(
        self, stream: Iterator[tuple[str, Document]], on_error: Callable[[InputError], None] | None, n_process: int,
        quotations: bool,
    ) -> Iterator[Analysis]:
        """Worker processes, forked with every resource loaded (shared copy-on-write), that parse *and*
        code whole batches; the results come back in input order, at most four batches per worker in flight."""
        self.preload()
        size = self.config.batch_size
        pending: collections.deque = collections.deque()
        with cf.ProcessPoolExecutor(n_process, mp_context=mp.get_context("fork"), initializer=_worker_start,
                                    initargs=(self, quotations)) as pool:
            try:
                while batch := list(itertools.islice(stream, size)):
                    pending.append(pool.submit(_worker_code, batch))
                    if len(pending) >= 4 * n_process:
                        yield from _results(pending.popleft().result(), on_error)
                while pending:
                    yield from _results(pending.popleft().result(), on_error)
            except cf.process.BrokenProcessPool as exc:
                raise KilldeerError(f"a worker process died ({exc}); was it out of memory?") from None

    def _analyze(
        self, parsed: Iterable[tuple[Doc, Document]], on_error: Callable[[InputError], None] | None, quotations: bool
    ) -> Iterator[Analysis]:
        for sdoc, document in parsed:
            try:
                events, actors = self._code_doc(sdoc, document, with_actors=True)
                quotes = actors.quotations() if quotations else []
            except Exception as exc:  # one bad document must not stop a long run
                if on_error is None:
                    raise
                on_error(InputError(f"coding failed: {type(exc).__name__}: {exc}", document.origin or document.id))
                continue
            finally:
                release(sdoc)
            yield Analysis(document, events, quotes)

    def _prepare(self, document: Document, on_error: Callable[[InputError], None] | None = None) -> str:
        text = document.text
        if len(text) > self.config.max_chars:
            msg = f"document is {len(text):,} characters; coded only the first {self.config.max_chars:,}"
            if on_error is not None:
                on_error(InputError(msg, document.origin or document.id))
            text = text[: self.config.max_chars]
        return text

    # ------------------------------------------------------------------ coding
    def _code_doc(self, doc: Doc, document: Document, with_actors: bool = False):  # noqa: ANN201
        """The events of one parsed document (and its actor state when ``with_actors``)."""
        pub = document.date
        text = doc_text(doc)
        parsed_dateline = parse_dateline(text[:200])
        doc.user_data["kd_dateline_end"] = parsed_dateline[1] if parsed_dateline else 0  # read by _place_entity
        actors = DocumentActors.build(
            doc, self.actors, pub, place_country=self._place_country,
            dateline_end=doc.user_data["kd_dateline_end"],
        )
        paragraphs = [(m.start(), m.end()) for m in _paragraph_bounds(text)]
        dateline = self._dateline(parsed_dateline, actors)
        prefer = [c for c, _ in actors.country_counts.most_common(5)]
        events: list[Event] = []
        seen: dict[tuple, list[int]] = {}
        narrative: dict[str, Any] = {}
        sents = list(doc.sents)
        found = find_candidates_all(sents, self.triggers, proposer=self.classifier)
        scored = self.classifier.score_candidates(
            (c, sent) for sent, cands in zip(sents, found, strict=True) for c in cands
        ) if self.classifier is not None else None
        for s_index, (sent, cands) in enumerate(zip(sents, found, strict=True)):
            if not cands:
                continue
            para_start, para_end = _enclosing(paragraphs, sent.start_char)
            paragraph = text[para_start:para_end]
            for cand in cands:
                ev = self._event(cand, sent, s_index, doc, document, actors, paragraph, para_start, prefer, dateline,
                                 narrative, scored)
                if ev is None:
                    continue
                if events and ev.event in _ANSWERS:
                    self._refer_back(ev, cand, events)
                # the same event twice in one sentence ("attacked the camp, killing 156"; "killed one
                # soldier and injured four more"): one record, the one that names a recipient, else the surer
                key = (s_index, ev.event)
                recips = _named_recipients(ev)
                acts = {e.country for e in ev.actor}
                j = next((j for j in seen.get(key, []) if acts & {e.country for e in events[j].actor} and (
                    not recips or not _named_recipients(events[j]) or recips & _named_recipients(events[j])) and not (
                    _distinct_acts(ev, events[j]))), None)
                if j is not None:
                    if (bool(recips), bool(ev.recipient), ev.confidence) > (
                            bool(_named_recipients(events[j])), bool(events[j].recipient), events[j].confidence):
                        events[j] = ev
                    continue
                seen.setdefault(key, []).append(len(events))
                events.append(ev)
        events = [e for e in events if e.confidence >= self.config.min_confidence]
        return (events, actors) if with_actors else events

    def _refer_back(self, ev: Event, cand: Candidate, events: list[Event]) -> None:
        """'denied the allegations', 'denounced the embargo', 'turned down the offer': a noun that refers
        back to an earlier event of the story makes that event's actor the recipient (when the text names none)."""
        if any(r.resolved_by != "document-country" for r in ev.recipient):
            return
        noun = cand.recipients[0] if cand.recipients else None
        if noun is None and cand.clause.dep_ == "relcl" and cand.clause.i == cand.trigger.i:
            noun = cand.clause.head  # "an offer (that) the unions turned down"
        if noun is None or noun.pos_ != "NOUN" or any(c.dep_ == "poss" for c in noun.children):
            return
        lemma = noun.lemma_.lower()
        words = self.triggers.words
        cats = next((c for name, c in _REFERENTS if lemma in words.get(name, ())), None)
        if cats is None:
            return
        mine = {(a.country, a.sector) for a in ev.actor}
        here = {a.country for a in ev.actor}
        found = None
        for prior in reversed(events):
            if prior.event not in cats or {(a.country, a.sector) for a in prior.actor} & mine:
                continue
            if {r.country for r in prior.recipient} & here:
                found = prior  # the allegation made against this actor
                break
            if found is None:
                found = prior
        if found is not None:
            ev.recipient = [dataclasses.replace(a, resolved_by="event-reference") for a in found.actor]

    def _entities(self, heads: list, actors: DocumentActors) -> list[Entity]:
        out: list[Entity] = []
        for h in heads:
            e = actors.entity(h)
            if e is None:
                e = self._place_entity(h)
            if e is None:
                continue
            if any(o.start == e.start and o.end == e.end for o in out):
                continue
            out.append(e)
        return out

    def _event(
        self, cand: Candidate, sent: Span, s_index: int, doc: Doc, document: Document, actors: DocumentActors,
        paragraph: str, para_start: int, prefer: list[str], dateline: Place | None,
        narrative: dict[str, Any] | None = None, scored: dict | None = None,
    ) -> Event | None:
        unreal = cand.negated or cand.hypothetical or bool(cand.background)
        if unreal and not self.config.historical:
            return None
        actor = [e for e in self._entities(cand.actors, actors) if e.country and e.resolved_by not in ("place", "gazetteer")]
        if cand.event == "MOBILIZE" and len({a.country for a in actor}) > 1:
            cand.event, cand.mode = "COOPERATE", []  # joint exercises and operations of several states
        apply_plover_rules(cand)  # (after the joint rule: "will hold joint drills next week" is AGREE)
        if not actor and not cand.actors and cand.rule.startswith("pejorative:"):
            quote = actors.quote_at(cand.trigger.idx)  # '"What X does is colonialism," Maduro said'
            if quote is not None and quote.speaker is not None and quote.speaker.country:
                actor = [quote.speaker]
        if not actor:
            actor = self._unidentified_attacker(cand, actors)
        if not actor:
            return None
        recipient = [
            e for e in self._entities(cand.recipients, actors)
            if e.country and not any(a.start == e.start for a in actor) and not (
                # "put its army on alert": the forces mobilised are the actor's own, not a recipient
                cand.event == "MOBILIZE" and e.sector in ("MIL", "COP") and any(a.country == e.country for a in actor))
        ]
        if not recipient and cand.fallbacks(self.triggers):
            for e in self._entities(cand.fallbacks(self.triggers), actors):
                if e.country and not any(a.start <= e.start < a.end or e.start <= a.start < e.end for a in actor) and not (
                    any(a.country == e.country and a.sector == e.sector for a in actor)
                ):
                    recipient = [e]
                    break
        # a recipient identical to the actor (same country and sector) adds nothing
        if recipient and all(
            any(r.country == a.country and r.sector == a.sector and r.name == a.name for a in actor) for r in recipient
        ):
            recipient = []
        if (cand.sense.reciprocal or cand.event in _JOINT) and not recipient and len({a.country for a in actor}) > 1:
            # "X met with Y": every party acts; the partners are also what the meeting was with
            recipient = [a for a in actor[1:] if a.country != actor[0].country]
        if actor[0].sector and actor[0].resolved_by.startswith("agent-lexicon"):
            actors.note_subject(actor[0], cand.clause, plural=len(actor) > 1 or cand.actors[0].tag_ == "NNS")
        trig_rel = cand.trigger.idx - sent.start_char
        sent_text = sent.text
        # dates in clauses that modify other nouns ("nationals suspected of bombing a plane in 1988")
        # do not date this event: mask them (same length, offsets kept)
        verbal = self.ontology.quad_code(cand.event) in (1, 3) and not (cand.event == "CONSULT" and "visit" in cand.mode)
        # ... nor, for a verbal event, do dates inside what was said ("invited her to come in May")
        promise = _promised_in_past(cand)
        # a promise made in the past ("said late on Tuesday that she would step down on June 2") is dated when
        # it was made: the promised act's own dates are masked
        own = _mask_foreign_clauses(sent, cand.clause, complements=verbal, promise=promise)
        date_source = "sentence"
        # a sentence without a date takes the story's running date (below), not a paragraph guess
        dres = resolve_event_date(own, trig_rel, document.date, future=cand.future and promise is None,
                                  cache=doc.user_data.setdefault("kd_date_exprs", {}))
        if dres.precision == "pub" and narrative and narrative.get("date"):
            # no date in the sentence: the story's running date (the last day a sentence named)
            dres = DateResolution(date=narrative["date"], precision=narrative["precision"], text=None)
            date_source = "narrative"
        elif dres.precision in ("day",) and dres.text is not None and narrative is not None and (
                dres.date <= document.date.isoformat() and not cand.future):
            # (a day still to come, "would step down on June 2", does not move the story's clock)
            narrative.update(para=para_start, date=dres.date, precision=dres.precision)
        date_text = dres.text
        historical = unreal
        if dres.precision != "pub" and dres.date[:4].isdigit() and int(dres.date[:4]) < document.date.year - 1:
            historical = True
            if not self.config.historical:
                return None
        place_spans = [
            (ent.start_char - sent.start_char, ent.end_char - sent.start_char)
            for ent in sent_ents(sent)
            if ent.label_ in PLACE_LABELS and _locative(ent) and not _overlaps(ent, actor + recipient)
            and _place_of(ent, cand.clause, strict=verbal)
        ]
        # no place named: a visit happens at the host's, aid where it is delivered, anything else
        # where the actor is
        if ("visit" in cand.mode or cand.sense.event == "AID") and recipient:
            fallback = recipient[0].country
        else:
            fallback = actor[0].country
        if fallback in self.ontology.international:
            fallback = recipient[0].country if recipient else None
        loc = resolve_location(
            sent_text, trig_rel, place_spans, self.gazetteer, prefer=prefer, dateline=dateline,
            fallback_country=fallback, offset=sent.start_char,
        )
        cache = doc.user_data.setdefault("kd_context_hits", {})
        if sent.start_char not in cache:
            cache[sent.start_char] = self.context_lexicon.hits(sent_text)
        if ("p", para_start) not in cache:
            cache[("p", para_start)] = self.context_lexicon.hits(paragraph)
        contexts = self.context_lexicon.contexts(cache[sent.start_char], cache[("p", para_start)])
        conf = cand.conf
        if all(e.resolved_by.startswith("agent-lexicon+") for e in actor):
            conf *= 0.85
        if not recipient and (target := self._unresolved_target(cand, actor)) is not None:
            # "ordered the expulsion of the detainees", "refused to leave the building": a target the
            # dictionaries do not place is taken to be in the country the sentence is about
            here = actors.local_country(target)
            if here:
                left = min(t.idx for t in target.subtree if t.i <= target.i)
                recipient = [_guessed(doc_text(doc), left, target.idx + len(target.text), here)]
        if not recipient and cand.event == "PROTEST":
            # a protest that names no target is against the authorities where it happens
            here = actors.local_country(cand.trigger)
            if here:
                recipient = [_guessed("", cand.trigger.idx, cand.trigger.idx, here, sector="GOV")]
        if self.ontology.categories[cand.event].get("recipient_required") and not recipient:
            # aid, cooperation and sanctions need a recipient: the country the article is about
            here = actors.local_country(cand.trigger)
            if here and here not in {a.country for a in actor}:
                recipient = [_guessed("", cand.trigger.idx, cand.trigger.idx, here)]
                conf *= 0.85
            else:
                conf *= 0.7
        if cand.future and cand.event not in ("AGREE", "CONCEDE", "THREATEN", "REQUEST"):
            conf *= 0.8
        why: dict[str, Any] = {
            "trigger": cand.trigger.text,
            "trigger_start": cand.trigger.idx,
            "rule": cand.rule,
            "prior": round(cand.sense.conf, 3),
            "folded": cand.folded,
            "future": cand.future,
            "date_source": date_source if dres.precision != "pub" else "publication",
        }
        if unreal:
            why["aux"] = ["negation"] if cand.negated else ["hypothetical"] if cand.hypothetical else [cand.background]
        clf = self.classifier
        event, mode = cand.event, list(cand.mode)
        if clf is not None:
            event, mode, conf, extra = clf.rescore(cand, sent, event, mode, conf, scored)
            why.update(extra)
            if event is None:
                return None
        mode = self.mode_cues.modes(event, _clause_text(sent, cand.clause), mode)
        if not mode:
            mode = self.mode_cues.modes(event, sent.text, mode)
        ev_start = cand.start
        ev_end = cand.end
        return Event(
            id=event_id(document.id, s_index, cand.trigger.idx, event),
            doc_id=document.id,
            pub_date=document.date.isoformat(),
            date=dres.date,
            date_precision=dres.precision,
            date_text=date_text,
            date_text_start=sent.start_char + dres.start if date_text is not None and dres.start is not None else None,
            date_text_end=sent.start_char + dres.end if date_text is not None and dres.end is not None else None,
            event=event,
            mode=mode,
            context=contexts,
            actor=actor,
            recipient=recipient,
            event_text=doc_text(doc)[ev_start:ev_end],
            event_start=ev_start,
            event_end=ev_end,
            sentence=sent_text,
            sentence_start=sent.start_char,
            sentence_end=sent.end_char,
            sentence_index=s_index,
            quad_code=self.ontology.quad_code(event),
            event_scale=self.ontology.score(event, mode),
            confidence=min(1.0, conf),
            coder=self.coder,
            event_loc=loc,
            historical=historical,
            why=why,
        )

    def _unidentified_attacker(self, cand: Candidate, actors: DocumentActors) -> list[Entity]:
        """'A roadside bomb killed ...', 'was killed in an explosion': unidentified armed forces (UAF).

        Only for violence with no agent or an agent that is a weapon or blast; the country is the
        place's where the sentence names one, else the article's.
        """
        if cand.event != "ASSAULT" or not cand.recipients:
            return []
        means = self.triggers.classes.get("attack_means", frozenset())
        if cand.actors and not all(h.lemma_.lower() in means for h in cand.actors):
            return []
        if not cand.actors and not cand.trigger.morph.get("Voice") == ["Pass"] and not any(
            c.dep_ in ("nsubjpass", "auxpass") for c in cand.clause.children
        ):
            return []
        here = actors.local_country(cand.trigger, places_only=True)
        if not here:
            return []
        head = cand.actors[0] if cand.actors else next(
            (o for p in cand.clause.children if p.dep_ == "prep" and p.lower_ in ("in", "by")
             for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in means), None)
        if head is not None:
            left = min(t.idx for t in head.subtree if t.i <= head.i and t.dep_ != "det" or t.i == head.i)
            start, end = left, head.idx + len(head.text)
        else:
            start = end = cand.trigger.idx
        text = doc_text(cand.trigger.doc)[start:end]
        return [Entity(text=text, start=start, end=end, name=None, country=here, sector="UAF", sectors=["UAF"],
                       resolved_by="unidentified-attacker")]

    def _unresolved_target(self, cand: Candidate, actor: list[Entity]):  # noqa: ANN201 - spaCy Token | None
        """The first object or prepositional target of the trigger that may stand for a participant
        ("the prisoners", "the airplane", "the accusation"): not a name the dictionaries failed on, and
        not aid or help, which is what is given or asked for."""
        things = self._thing_words
        for h in [*cand.recipients, *cand.fallbacks(self.triggers)[:1]]:
            if h.pos_ in ("NOUN", "PROPN") and not h.ent_type_ and h.lemma_.lower() not in things and not any(
                    a.start <= h.idx < a.end for a in actor):
                return h
        return None

    @functools.cached_property
    def _thing_words(self) -> frozenset[str]:
        lex = self.triggers
        words: set[str] = set()
        for name in ("aid", "weapons"):
            words |= lex.classes.get(name, frozenset())
        words |= lex.words["projectiles"]  # thrown or fired
        return frozenset(words)

    def _place_entity(self, tok) -> Entity | None:  # noqa: ANN001 - spaCy Token
        """A named place as a recipient ("lifted the curfew in West Darfur"): its country, via the gazetteer."""
        if tok.ent_type_ not in ("GPE", "LOC", "FAC") or tok.ent_iob_ == "":
            return None
        if tok.idx < self._dateline_end(tok.doc):
            return None  # "DAKAR, May 3 -" is where the story was filed, not a party to it
        ent = ent_index(tok.doc).get(tok.i)
        if ent is None:
            return None
        place = self.gazetteer.lookup(ent.text.removeprefix("the ").strip())
        if place is None:
            return None
        return Entity(text=ent.text, start=ent.start_char, end=ent.end_char, name=place.name, country=place.country,
                      sector=None, sectors=[], resolved_by="gazetteer")

    @staticmethod
    def _dateline_end(doc: Doc) -> int:
        end = doc.user_data.get("kd_dateline_end")
        if end is None:
            parsed = parse_dateline(doc_text(doc)[:200])
            end = doc.user_data["kd_dateline_end"] = parsed[1] if parsed else 0
        return end

    def _place_country(self, name: str, regional: bool = False) -> str | None:
        place = self.gazetteer.lookup(name)
        if place is None:
            return None
        if regional and place.kind not in ("admin1", "country") and (place.population or 0) < 100_000:
            return None  # a regional adjective names a region or a large city ("Tigrayan", not "Andean" -> Andé)
        return place.country

    def _dateline(self, parsed: tuple[str, int] | None, actors: DocumentActors) -> Place | None:
        if parsed is None:
            return None
        return self.gazetteer.lookup(parsed[0], prefer=[c for c, _ in actors.country_counts.most_common(3)])


def _guessed(text: str, start: int, end: int, country: str, sector: str | None = None) -> Entity:
    """A participant the text implies but does not name: in the country the sentence is about."""
    return Entity(text=text[start:end], start=start, end=end, name=None, country=country, sector=sector,
                  sectors=[sector] if sector else [], resolved_by="document-country")


def _configured_version(config: Config) -> str:
    """The package version, plus a digest of the settings that change what is coded when they are not
    the defaults (user dictionaries and their content, classifier, historical events, confidence floor,
    spaCy pipeline): records then say how they were made, and a store recodes its documents when it changes."""
    base = coder_version()
    default = Config()
    parts = [f"{k}={getattr(config, k)!r}" for k in ("use_classifier", "historical", "min_confidence", "spacy_model")
             if getattr(config, k) != getattr(default, k)]
    for kind, paths in (("actors", config.actors), ("lexicon", config.lexicon)):
        for path in paths:
            try:
                content = hashlib.sha256(Path(path).read_bytes()).hexdigest()
            except OSError:
                content = "unreadable"  # loading it reports the error
            parts.append(f"{kind}:{Path(path).name}:{content}")
    if not parts:
        return base
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:10]
    return f"{base}{'.' if '+' in base else '+'}cfg.{digest}"


# answers to an earlier event ("denied the allegations") and the nouns that name what they answer
_ANSWERS = frozenset({"REJECT", "ACCUSE", "AGREE", "SUPPORT", "CONCEDE"})
_REFERENTS = (("accusations", frozenset({"ACCUSE"})), ("penalties", frozenset({"SANCTION", "COERCE"})),
              ("demands", frozenset({"REQUEST", "THREATEN"})), ("offers", frozenset({"AGREE", "CONCEDE"})))
_JOINT = {"CONSULT", "COOPERATE", "AGREE", "SUPPORT"}  # "X and Y agreed/held drills": each is the other's partner


def _distinct_acts(a: Event, b: Event) -> bool:
    """Two acts of one kind in one sentence that are not one event told twice: "expelled the attaché and
    suspended all flights" (different modes of a non-violent category; violence told twice stays one)."""
    return a.event != "ASSAULT" and bool(a.mode) and bool(b.mode) and not set(a.mode) & set(b.mode)


def _named_recipients(ev: Event) -> set[str | None]:
    """Recipient countries the text names (not the document-country guess)."""
    return {e.country for e in ev.recipient if e.resolved_by != "document-country"}


def _paragraph_bounds(text: str) -> Iterator[re.Match[str]]:
    return re.finditer(r"(?:(?!\n\s*\n).)+", text, flags=re.S)


def _enclosing(paragraphs: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in paragraphs:
        if s <= pos < e:
            return s, e
    return pos, pos


def _promised_in_past(cand: Candidate):  # noqa: ANN202 - spaCy Token | None
    """When the event's future comes from a past-tense governor ('agreed to disband', 'said it would
    withdraw'), the complement that holds the promised act (else None)."""
    if not cand.future:
        return None
    t = cand.clause
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in t.children):
        return None
    for _ in range(4):
        if t.dep_ not in ("xcomp", "ccomp", "conj") or t.head.i == t.i:
            return None
        comp, t = t, t.head
        if t.tag_ in ("VBD", "VBN"):
            return comp if comp.dep_ in ("xcomp", "ccomp") else None
    return None


_CLAUSE_DEPS = {"relcl", "acl", "advcl", "xcomp", "ccomp"}
_TEMPORAL_MARKS = {"after", "before", "since", "when", "while", "until", "as", "once"}


def _mask_foreign_clauses(sent: Span, clause, complements: bool = False, promise=None) -> str:  # noqa: ANN001
    """The sentence with the words that cannot date this event blanked out (same length, offsets kept):
    relative/participial clauses not containing the trigger; the complements of other verbs ("spoke with X
    and invited her to come in May": not the call's date); a temporal clause around or beside the
    event ("will step down on Monday, after crowds stormed the palace": each its own date).

    With ``complements`` the trigger's own complement clauses go too (what was said, asked, offered); with
    ``promise`` (a complement token) that complement goes, so a past promise takes its governor's date.
    """
    chars = list(sent.text)
    base = sent.start_char

    def blank(lo_tok, hi_tok) -> None:  # noqa: ANN001
        lo = lo_tok.idx - base
        hi = hi_tok.idx + len(hi_tok.text) - base
        chars[lo:hi] = " " * (hi - lo)

    for tok in sent:
        if tok.dep_ not in _CLAUSE_DEPS and (promise is None or tok.i != promise.i):
            continue
        inside = tok.left_edge.i <= clause.i <= tok.right_edge.i
        temporal = tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _TEMPORAL_MARKS for m in tok.children)
        foreign = not inside and (tok.dep_ in ("relcl", "acl") or temporal or (
            tok.dep_ in ("xcomp", "ccomp") and tok.head.i != clause.i and tok.head.dep_ in ("conj",)))
        said = complements and tok.head.i == clause.i and tok.dep_ in ("xcomp", "ccomp") and tok.i != clause.i
        if foreign or said or (promise is not None and tok.i == promise.i):
            blank(tok.left_edge, tok.right_edge)
        elif inside and temporal and tok.i != sent.root.i:
            # the event is inside "after ...": the rest of the sentence dates something else
            if tok.left_edge.i > sent.start:
                blank(sent[0], sent.doc[tok.left_edge.i - 1])
            if tok.right_edge.i < sent.end - 1:
                blank(sent.doc[tok.right_edge.i + 1], sent[-1])
    return "".join(chars)


def _clause_text(sent: Span, clause) -> str:  # noqa: ANN001 - spaCy Token
    """The words of the event's own clause (its subtree), for mode cues."""
    lo, hi = clause.left_edge.i, clause.right_edge.i
    if clause.dep_ in ("ROOT",) or hi - lo < 3:
        return sent.text
    return sent.doc[lo : hi + 1].text


LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "within", "into", "on"}


def _place_of(ent: Span, clause, strict: bool) -> bool:  # noqa: ANN001 - spaCy Token
    """Whether a place phrase belongs to the event's clause.

    Verbal events (statements, requests, rejections) happen where they are made: only a place
    attached to their own verb counts ("said in Madrid"), not one inside what was said.
    """
    tok = ent.root
    for _ in range(8):
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            break
    if strict:
        return tok.i == clause.i
    return clause.left_edge.i <= tok.i <= clause.right_edge.i


def _locative(ent: Span) -> bool:
    """A place introduced by a locative preposition ("in Manta", "near the border of Chad")."""
    head = ent.root.head
    for _ in range(3):
        if head.dep_ == "prep" or head.pos_ == "ADP":
            return head.lower_ in LOCATIVE
        if head.dep_ in ("pobj", "compound", "conj", "appos") or head.pos_ in ("NOUN", "PROPN"):
            head = head.head
            continue
        break
    return False


def _overlaps(ent: Span, entities: list[Entity]) -> bool:
    return any(ent.start_char < e.end and e.start < ent.end_char for e in entities)
