"""A failed state or return-value check carries both cards for the living document."""

from __future__ import annotations

from decimal import Decimal

import pytest

from castle_bdd.gherkin.checks import check_value
from castle_bdd.gherkin.errors import GherkinError
from castle_bdd.gherkin.specs import RawValue
from castle_bdd.gherkin.state_checks import check_state


class Wallet:
    """A state with a value that differs and one that does not."""

    def __init__(self) -> None:
        self.owner = "Ada"
        self.balance = Decimal("12.00")


def test_a_wrong_state_carries_the_expected_card_beside_the_actual_one() -> None:
    written = [("owner", RawValue("Ada", False)), ("balance", RawValue("15.00", False))]
    with pytest.raises(GherkinError) as raised:
        check_state(Wallet(), written)
    assert raised.value.comparison == {
        "noun": "state",
        "kind": "state",
        "fields": ["owner", "balance"],
        "expected": [{"name": "Wallet", "cells": ["Ada", "15.00"]}],
        "actual": [{"name": "Wallet", "cells": ["Ada", "12.00"]}],
        "expected_marks": [[0, 2]],
        "actual_marks": [[0, 2]],
    }


def test_a_projection_is_drawn_as_a_view() -> None:
    with pytest.raises(GherkinError) as raised:
        check_state(Wallet(), [("owner", RawValue("Bob", False))], "the projection W", True)
    comparison = raised.value.comparison
    assert comparison is not None and comparison["kind"] == "view"
    assert comparison["expected_marks"] == [[0, 1]]


def test_a_wrong_return_value_carries_both_values_as_cards() -> None:
    with pytest.raises(GherkinError) as raised:
        check_value("the command returned", Decimal("60"), "60.00", Decimal("70.00"))
    comparison = raised.value.comparison
    assert comparison is not None and comparison["kind"] == "result"
    assert [comparison["expected"], comparison["actual"]] == [
        [{"name": "60.00", "cells": []}],
        [{"name": "70.00", "cells": []}],
    ]
    assert comparison["expected_marks"] == comparison["actual_marks"] == [[0, 0]]


def test_a_value_written_alike_but_of_another_kind_says_both_kinds_and_is_marked() -> None:
    # `Then the command returns "40"` (text) when the handler returned the number 40
    with pytest.raises(GherkinError) as raised:
        check_value("the command returned", "40", "40", 40)
    assert str(raised.value) == "the command returned 40 (a whole number), not 40 (text)"
    comparison = raised.value.comparison
    assert comparison is not None
    assert comparison["expected_marks"] == comparison["actual_marks"] == [[0, 0]]
