"""The trigger lexicon: which words express which PLOVER event (package data, user-extendable)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from killdeer.errors import LexiconError
from killdeer.ontology import load_ontology
from killdeer.yamlio import Loader

_Loader = Loader


@dataclass(frozen=True, slots=True)
class Sense:
    """One meaning of a trigger word and the conditions under which it applies."""

    lemma: str
    event: str | None
    mode: tuple[str, ...] = ()
    conf: float = 0.75
    obj: frozenset[str] | None = None
    not_obj: frozenset[str] | None = None
    subj: frozenset[str] | None = None
    prep: frozenset[str] | None = None
    light: frozenset[str] | None = None
    recipient: tuple[str, ...] = ("dobj",)
    reciprocal: bool = False
    swap: bool = False  # "X hosted Y": the visitor Y is the actor
    context: tuple[str, ...] = ()


@dataclass(slots=True)
class TriggerLexicon:
    """Verb and noun senses plus the word lists the event stage's rules use."""

    verbs: dict[str, list[Sense]] = field(default_factory=dict)
    nouns: dict[str, list[Sense]] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    future_governors: frozenset[str] = frozenset()
    hypothetical_markers: frozenset[str] = frozenset()
    negators: frozenset[str] = frozenset()
    modal_unreal: frozenset[str] = frozenset()
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    # the word lists the event rules consult (``words:``); a user file adds to a list, it never replaces one
    words: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, extra: Sequence[str | Path] = ()) -> TriggerLexicon:
        """The packaged lexicon, extended (and overridden per lemma) by user files."""
        base = resources.files("killdeer").joinpath("data/lexicon/triggers.yaml").read_text("utf-8")
        lex = cls()
        lex._merge(yaml.load(base, Loader=_Loader), "triggers.yaml", packaged=True)
        for path in extra:
            try:
                data = yaml.load(Path(path).read_text("utf-8"), Loader=_Loader)
            except (OSError, yaml.YAMLError) as exc:
                raise LexiconError(f"{path}: cannot read trigger lexicon: {exc}") from None
            lex._merge(data or {}, str(path))
        return lex

    def _merge(self, data: dict[str, Any], origin: str, *, packaged: bool = False) -> None:
        classes = {k: frozenset(v) for k, v in (data.get("classes") or {}).items()}
        self.classes.update(classes)
        for name, values in (data.get("words") or {}).items():
            if not packaged and name not in self.words:
                raise LexiconError(f"{origin}: unknown word list {name!r} (known: {', '.join(sorted(self.words))})")
            self.words[name] = self.words.get(name, frozenset()) | frozenset(str(v).lower() for v in values or ())
        cats = load_ontology().categories
        for section, target in (("verbs", self.verbs), ("nouns", self.nouns)):
            for lemma, senses in (data.get(section) or {}).items():
                target[str(lemma).lower()] = [self._sense(str(lemma).lower(), s, origin, cats) for s in senses or []]
        for key in ("light_verbs", "future_governors", "hypothetical_markers", "negators", "modal_unreal"):
            if key in data:
                setattr(self, key, getattr(self, key) | frozenset(data[key]))

    def _words(self, value: Any) -> frozenset[str] | None:
        if value is None:
            return None
        if isinstance(value, str):
            if value not in self.classes:
                raise LexiconError(f"unknown word class {value!r}")
            return self.classes[value]
        return frozenset(str(v).lower() for v in value)

    def _sense(self, lemma: str, raw: dict[str, Any], origin: str, cats: dict[str, Any]) -> Sense:
        event = raw.get("event")
        if event is not None and event not in cats:
            raise LexiconError(f"{origin}: {lemma}: unknown PLOVER category {event!r}")
        modes = tuple(raw.get("mode") or ())
        for m in modes:
            if event and m not in cats[event].get("modes", {}):
                raise LexiconError(f"{origin}: {lemma}: {event} has no mode {m!r}")
        return Sense(
            lemma=lemma,
            event=event,
            mode=modes,
            conf=float(raw.get("conf", 0.75)),
            obj=self._words(raw.get("obj")),
            not_obj=self._words(raw.get("not_obj")),
            subj=self._words(raw.get("subj")),
            prep=self._words(raw.get("prep")),
            light=self._words(raw.get("light")),
            recipient=tuple(raw["recipient"]) if raw.get("recipient") is not None else ("dobj",),
            reciprocal=bool(raw.get("reciprocal", False)),
            swap=bool(raw.get("swap", False)),
            context=tuple(raw.get("context") or ()),
        )
