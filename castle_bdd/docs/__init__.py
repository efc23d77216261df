"""Living documentation: behave formatters and the renderer behind ``castle-bdd docs``.

A plug-in of the core: nothing outside it imports it (the import-linter contracts in
pyproject.toml say so). The names below load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from castle_bdd.lazy import lazy_exports

if TYPE_CHECKING:
    from castle_bdd.docs.formatter import (
        LivingDocFormatter,
        LivingMarkdownFormatter,
        RunRecordFormatter,
    )
    from castle_bdd.docs.merging import merge
    from castle_bdd.docs.model import RunRecord
    from castle_bdd.docs.rendering import render
    from castle_bdd.docs.values import show_as

_HOMES = {
    "LivingDocFormatter": "castle_bdd.docs.formatter",
    "LivingMarkdownFormatter": "castle_bdd.docs.formatter",
    "RunRecordFormatter": "castle_bdd.docs.formatter",
    "RunRecord": "castle_bdd.docs.model",
    "merge": "castle_bdd.docs.merging",
    "render": "castle_bdd.docs.rendering",
    "show_as": "castle_bdd.docs.values",
}

__all__ = [
    "LivingDocFormatter",
    "LivingMarkdownFormatter",
    "RunRecord",
    "RunRecordFormatter",
    "merge",
    "render",
    "show_as",
]


__getattr__ = lazy_exports(__name__, _HOMES, globals())
