"""Living documentation: behave formatters and the renderer behind ``castle-bdd docs``."""

from __future__ import annotations

from castle_bdd.docs.formatter import (
    LivingDocFormatter,
    LivingMarkdownFormatter,
    RunRecordFormatter,
)
from castle_bdd.docs.model import RunRecord, merge
from castle_bdd.docs.render import render

__all__ = [
    "LivingDocFormatter",
    "LivingMarkdownFormatter",
    "RunRecord",
    "RunRecordFormatter",
    "merge",
    "render",
]
