"""A domain module importing a module that does not exist."""

from __future__ import annotations

from dataclasses import dataclass

from tests.mistakes.domains.pricing_rules import FLAT_RATE  # type: ignore[import-untyped]  # noqa: F401  # bug


@dataclass(frozen=True)
class SendLetter:
    letter_id: str
