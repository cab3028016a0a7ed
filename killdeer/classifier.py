"""The learned trigger classifier (trained by ``killdeer train`` on the project's own corpus).

Loaded from package data when a trained artifact ships; without one the coder uses the
trigger lexicon's rules alone.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

MODEL_PATH = "data/model/event_classifier.joblib"


def load_classifier() -> Any:
    """The shipped classifier, or None when the package carries no trained model."""
    ref = resources.files("killdeer").joinpath(MODEL_PATH)
    if not ref.is_file():
        return None
    from killdeer.train import EventClassifier

    return EventClassifier.load(ref)
