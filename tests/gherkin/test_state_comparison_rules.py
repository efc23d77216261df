"""The aggregate state step compares values as the event checks do, not by Python's ``==``.

``True == 1`` and ``[True] == [1]`` in Python, so a state that holds a number where the
class declares a bool passed a step that wrote ``true``; and a NaN, unequal to itself,
failed a step that wrote ``nan`` while showing ``nan`` on both sides.
"""

from __future__ import annotations

import pytest

from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.specs import RawValue
from castle_bdd.gherkin.state_checks import check_state


class Card:
    active: bool
    score: float
    tags: list[int]

    def __init__(self, active: object, score: float, tags: list[object]) -> None:
        self.active = active  # type: ignore[assignment]  # a wrong kind, on purpose
        self.score = score
        self.tags = tags  # type: ignore[assignment]


def _check(card: object, name: str, text: str) -> None:
    check_state(card, [(name, RawValue(text, False))])


@pytest.mark.parametrize(
    ("name", "text", "shown"),
    [("active", "true", "1 ✗"), ("tags", "[1]", "[true] ✗")],
    ids=["a number for a bool", "a bool for a number in a list"],
)
def test_a_value_of_another_kind_that_python_calls_equal_fails(
    name: str, text: str, shown: str
) -> None:
    card = Card(active=1, score=0.5, tags=[True])
    with pytest.raises(GherkinError, match="not as expected") as failure:
        _check(card, name, text)
    assert shown in failure.value.problem


def test_the_values_of_the_declared_kinds_pass() -> None:
    card = Card(active=True, score=0.5, tags=[1])
    _check(card, "active", "true")
    _check(card, "tags", "[1]")
    _check(card, "score", "0.5")


def test_a_nan_equals_a_written_nan() -> None:
    _check(Card(active=True, score=float("nan"), tags=[]), "score", "nan")
    with pytest.raises(GherkinError, match="not as expected"):
        _check(Card(active=True, score=float("nan"), tags=[]), "score", "0.5")


class Plain:
    """State with no annotations: each value is read as the kind the state holds."""

    def __init__(self) -> None:
        self.code = "5"
        self.note = "x"
        self.gone: object = None


def test_a_value_without_a_hint_is_read_as_the_kind_the_state_holds() -> None:
    _check(Plain(), "code", "5")  # text, not the number 5
    with pytest.raises(GherkinError, match="not as expected"):
        _check(Plain(), "code", "6")
    _check(Plain(), "gone", "none")
    with pytest.raises(GherkinError, match="not as expected"):
        _check(Plain(), "gone", "5")


def test_a_quoted_star_is_the_text_not_any_value() -> None:
    _check(Plain(), "note", "*")
    with pytest.raises(GherkinError, match="not as expected"):
        check_state(Plain(), [("note", RawValue("*", True))])


class Unresolvable:
    owner: Undefined  # type: ignore[name-defined]  # noqa: F821 - a hint no module defines

    def __init__(self) -> None:
        self.owner = "5"


def test_a_class_whose_hints_cannot_be_resolved_is_read_by_its_values() -> None:
    _check(Unresolvable(), "owner", "5")
    with pytest.raises(GherkinError, match="not as expected"):
        _check(Unresolvable(), "owner", "6")
