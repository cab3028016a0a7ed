"""killdeer's error tree.

    KilldeerError
     ├── ConfigError      bad settings or a model that cannot be loaded
     ├── InputError       a document that cannot be read (carries file and line)
     ├── LexiconError     a dictionary file that cannot be parsed
     └── StoreError       the event store cannot be opened or written

Only the CLI and the web API turn these into exit codes and HTTP responses.
"""

from __future__ import annotations


class KilldeerError(Exception):
    """Base class of every error killdeer raises on purpose."""


class ConfigError(KilldeerError):
    """Bad settings, or a spaCy pipeline that cannot be loaded."""


class LexiconError(KilldeerError):
    """A dictionary or lexicon file that cannot be parsed."""


class StoreError(KilldeerError):
    """The event store cannot be opened or written."""


class InputError(KilldeerError):
    """A document that cannot be read; ``origin`` names the file and line."""

    def __init__(self, message: str, origin: str | None = None) -> None:
        self.origin = origin
        self.message = message
        super().__init__(f"{origin}: {message}" if origin else message)

    def __reduce__(self) -> tuple:  # pickled from worker processes with its origin
        return (type(self), (self.message, self.origin))
