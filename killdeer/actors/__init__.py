"""Actor resolution: dictionaries of countries, international actors, role nouns and people."""

from killdeer.actors.lexicon import (
    ActorLexicon,
    ActorMatch,
    AgentEntry,
    CountryEntry,
    NamedEntry,
    Role,
    normalize,
    pluralize,
)

__all__ = [
    "ActorLexicon",
    "ActorMatch",
    "AgentEntry",
    "CountryEntry",
    "NamedEntry",
    "Role",
    "normalize",
    "pluralize",
]
