"""Actor resolution: dictionaries of countries, international actors, roles and people."""

from killdeer.actors.lexicon import ActorLexicon, ActorMatch, normalize, pluralize

__all__ = ["ActorLexicon", "ActorMatch", "normalize", "pluralize"]
