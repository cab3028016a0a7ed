"""The YAML loader for killdeer's data files.

YAML 1.1 (PyYAML's default) reads ``on``, ``off``, ``yes``, ``no``, ``y`` and ``n`` as booleans,
so ``prep: [on]`` ("put on alert") or ``negators: [no]`` would silently become ``True``/``False``.
Data files are written as YAML 1.2 reads them: only ``true``/``false`` are booleans.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BOOL = "tag:yaml.org,2002:bool"


class Loader(_Base):  # type: ignore[misc, valid-type]
    """Safe loader with YAML 1.2 booleans."""


Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Loader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load(text: str) -> Any:
    """Parse one YAML document."""
    return yaml.load(text, Loader=Loader)
