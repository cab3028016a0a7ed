"""The PLOVER codebook as data (``killdeer/data/plover.json``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Ontology:
    """Categories, their quad codes, modes, contexts, sectors and scores."""

    categories: dict[str, dict]
    contexts: tuple[str, ...]
    sectors: tuple[str, ...]
    international: tuple[str, ...]

    def quad_code(self, category: str) -> int:
        return int(self.categories[category]["quad_code"])

    def modes(self, category: str) -> tuple[str, ...]:
        return tuple(self.categories[category].get("modes", {}))

    def score(self, category: str, modes: list[str] | tuple[str, ...] = ()) -> float | None:
        """PLOVER score of the category, or the most extreme score of its stated modes."""
        cat = self.categories[category]
        scores = [
            cat["modes"][m]["score"]
            for m in modes
            if m in cat.get("modes", {}) and cat["modes"][m].get("score") is not None
        ]
        if scores:
            return float(min(scores, key=lambda s: -abs(s)))
        return float(cat["score"]) if cat.get("score") is not None else None


@cache
def load_ontology() -> Ontology:
    """Read the packaged codebook (cached: it is immutable)."""
    raw = json.loads(resources.files("killdeer").joinpath("data/plover.json").read_text("utf-8"))
    return Ontology(
        categories=raw["categories"],
        contexts=tuple(raw["contexts"]),
        sectors=tuple(raw["sectors"]),
        international=tuple(raw["international_actors"]),
    )
