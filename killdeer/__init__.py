"""killdeer: news articles to PLOVER political event data, with the evidence for every field.

    >>> from killdeer import Coder
    >>> coder = Coder()
    >>> events = coder.code("Ecuador's president rejected the offer ...", date="2024-01-25")
"""

from killdeer.config import Config
from killdeer.errors import ConfigError, InputError, KilldeerError, LexiconError, StoreError
from killdeer.types import DateResolution, Document, Entity, Event, Location


def __getattr__(name: str):  # Coder imports spaCy: load it only when asked for
    if name == "Coder":
        from killdeer.pipeline import Coder

        return Coder
    raise AttributeError(name)


__all__ = [
    "Coder",
    "Config",
    "ConfigError",
    "DateResolution",
    "Document",
    "Entity",
    "Event",
    "InputError",
    "KilldeerError",
    "LexiconError",
    "Location",
    "StoreError",
]
