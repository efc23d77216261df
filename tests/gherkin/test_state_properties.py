"""The aggregate state step reads a property when no attribute has the written name."""

from __future__ import annotations

import pytest

from castle_bdd.gherkin.checks import check_state
from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.specs import RawValue


class Card:
    """State kept private, shown through a property (as castlecraft aggregates do)."""

    def __init__(self) -> None:
        self._balance = 5

    @property
    def balance(self) -> int:
        return self._balance


def test_a_property_is_compared_like_an_attribute() -> None:
    check_state(Card(), [("balance", RawValue("5", False))])
    with pytest.raises(GherkinError, match=r"balance\s+\|\s+6\s+\|\s+5"):
        check_state(Card(), [("balance", RawValue("6", False))])


def test_a_name_that_is_neither_is_still_refused_with_the_nearest_name() -> None:
    with pytest.raises(GherkinError, match="Card has no state 'balanc'"):
        check_state(Card(), [("balanc", RawValue("5", False))])
