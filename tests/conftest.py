"""Shared fixtures: one Coder (the spaCy model loads once per test session)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "samples" / "ecuador-noboa-2024-01-25.txt"


@pytest.fixture(scope="session")
def coder():
    from killdeer import Coder

    return Coder()


@pytest.fixture(scope="session")
def sample_events(coder):
    from killdeer.read import read_documents

    (doc,) = list(read_documents([SAMPLE]))
    return doc, coder.code_document(doc)


def shared_file(*parts: str) -> Path:
    """A file of ../shared (dev gold); tests that need it skip when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


def phrase_heads(doc, phrase: str, head: str | None = None) -> list:
    """Head tokens of every occurrence of ``phrase`` in ``doc`` (its last word, or the word ``head``)."""
    words = phrase.split()
    want = head or words[-1]
    out = []
    for i in range(len(doc) - len(words) + 1):
        if [t.text for t in doc[i : i + len(words)]] == words:
            out.append(next(t for t in doc[i : i + len(words)] if t.text == want))
    return out
