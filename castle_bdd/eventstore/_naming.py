"""Finding what ``package.module:Qualified.Name`` names: a message class or a store factory."""

from __future__ import annotations

import importlib


def import_named(name: str) -> object:
    """The object ``package.module:Qualified.Name`` names; ImportError or AttributeError if none."""
    module_name, _, qualified_name = name.partition(":")
    found: object = importlib.import_module(module_name)
    for part in qualified_name.split("."):
        found = getattr(found, part)
    return found
