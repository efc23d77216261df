"""The aggregate state step reads a property when no attribute has the written name."""

from __future__ import annotations

import pytest

from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.specs import RawValue
from castle_bdd.gherkin.state_checks import check_state


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


class Wallet:
    """A property computed from state kept under another name."""

    def __init__(self) -> None:
        self._cents = 500

    @property
    def balance(self) -> int:
        return self._cents // 100


def test_a_property_computed_from_other_state_is_read() -> None:
    check_state(Wallet(), [("balance", RawValue("5", False))])
    with pytest.raises(GherkinError, match=r"balance\s+\|\s+500"):
        check_state(Wallet(), [("balance", RawValue("500", False))])


class Ledger:
    """Two attributes whose names differ only in an underscore."""

    def __init__(self) -> None:
        self._total = 1
        self.total = 2


def test_the_attribute_of_the_written_name_is_read_before_one_that_is_spelt_alike() -> None:
    check_state(Ledger(), [("total", RawValue("2", False))])
    with pytest.raises(GherkinError, match="not as expected"):
        check_state(Ledger(), [("total", RawValue("1", False))])


class Account:
    def __init__(self) -> None:
        self.remaining_balance = 7


def test_a_name_written_in_words_finds_the_attribute() -> None:
    check_state(Account(), [("remaining balance", RawValue("7", False))])
    with pytest.raises(GherkinError, match=r"remaining_balance\s+\|\s+8"):
        check_state(Account(), [("Remaining Balance", RawValue("8", False))])
