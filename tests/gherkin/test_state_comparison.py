"""``Then the aggregate state has …`` compares values as event fields are compared.

A value of another kind than the one written is a difference, though Python's ``==``
calls it equal: ``true`` is no ``1``, ``1`` is no ``True``, ``0`` read as a decimal is no
whole number ``0``. A projection is checked by the same rule.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.specs import RawValue
from castle_bdd.gherkin.state_checks import check_state


class Flag:
    """State whose values are not of the classes its annotations declare (a bug)."""

    active: bool
    hits: int
    total: Decimal

    def __init__(self) -> None:
        self.active = 1  # type: ignore[assignment]
        self.hits = True
        self.total = 0  # type: ignore[assignment]


def _written(name: str, text: str) -> list[tuple[str, RawValue]]:
    return [(name, RawValue(text, False))]


def test_true_is_not_a_one() -> None:
    with pytest.raises(GherkinError, match=r"active \| true\s+\| 1 ✗"):
        check_state(Flag(), _written("active", "true"))


def test_a_one_is_not_true() -> None:
    with pytest.raises(GherkinError, match=r"hits\s+\| 1\s+\| true ✗"):
        check_state(Flag(), _written("hits", "1"))


def test_values_written_alike_are_told_apart_by_their_kinds() -> None:
    with pytest.raises(GherkinError, match=r"0 \(a decimal number.*\| 0 \(a whole number\) ✗"):
        check_state(Flag(), _written("total", "0"))


def test_a_value_of_the_declared_class_still_passes() -> None:
    flag = Flag()
    flag.active, flag.hits, flag.total = True, 1, Decimal("0.00")
    check_state(flag, [*_written("active", "true"), *_written("hits", "1")])
    check_state(flag, [*_written("total", "0"), *_written("hits", "*")])
