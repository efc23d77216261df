"""Living documentation: behave formatters and the renderer behind ``castle-bdd docs``.

The names below load on first use: a behave run imports this package for the marks
the step library leaves on scenarios, and only a run that documents needs the rest.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from castle_bdd.docs.formatter import (
        LivingDocFormatter,
        LivingMarkdownFormatter,
        RunRecordFormatter,
    )
    from castle_bdd.docs.model import RunRecord, merge
    from castle_bdd.docs.rendering import render

_HOMES = {
    "LivingDocFormatter": "castle_bdd.docs.formatter",
    "LivingMarkdownFormatter": "castle_bdd.docs.formatter",
    "RunRecordFormatter": "castle_bdd.docs.formatter",
    "RunRecord": "castle_bdd.docs.model",
    "merge": "castle_bdd.docs.model",
    "render": "castle_bdd.docs.rendering",
}

__all__ = [
    "LivingDocFormatter",
    "LivingMarkdownFormatter",
    "RunRecord",
    "RunRecordFormatter",
    "merge",
    "render",
]


def __getattr__(name: str) -> Any:
    """Load a documented name from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
