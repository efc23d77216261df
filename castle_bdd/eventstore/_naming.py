"""Finding what ``package.module:Qualified.Name`` names: a message class or a store factory."""

from __future__ import annotations

import importlib
from typing import Any


def import_named(name: str) -> Any:
    """The object ``package.module:Qualified.Name`` names; ImportError or AttributeError if none."""
    module_name, _, qualified_name = name.partition(":")
    found: Any = importlib.import_module(module_name)
    for part in qualified_name.split("."):
        found = getattr(found, part)
    return found
