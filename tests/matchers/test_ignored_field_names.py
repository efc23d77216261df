"""Ignored field names given to the matchers must be names.

``equal_to(event, ignored_fields="amount")`` read the string letter by letter: it
ignored fields named "a", "m"… and dropped the default ignored fields;
``ignoring_fields(CardRedeemed(...))`` put the event among the names;
``ignoring_fields("amout")`` left nothing out and said nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from hamcrest import assert_that

from castle_bdd.errors import MatcherConfigurationError
from castle_bdd.matchers import equal_to, ignoring_fields
from castle_bdd.matching import ExpectedMessage
from examples.giftcard import CardRedeemed


def test_a_lone_string_as_ignored_fields_is_refused_naming_ignoring_fields() -> None:
    names: Any = "amount"
    with pytest.raises(
        MatcherConfigurationError, match=r"ignored_fields=ignoring_fields\('amount'\)"
    ):
        equal_to(CardRedeemed("GC-1", 20), ignored_fields=names)


def test_ignoring_fields_takes_names_only() -> None:
    event: Any = CardRedeemed("GC-1", 20)
    with pytest.raises(MatcherConfigurationError, match="ignoring_fields takes field names"):
        ignoring_fields(event)
    assert_that(
        CardRedeemed("GC-1", 25),
        equal_to(CardRedeemed("GC-1", 20), ignored_fields=ignoring_fields("amount")),
    )


def test_a_near_miss_of_a_field_is_refused_naming_the_field() -> None:
    with pytest.raises(
        MatcherConfigurationError,
        match=r"^equal_to's ignored_fields \('amout'\): CardRedeemed has no field 'amout'.*"
        r"leaves nothing out — did you mean 'amount'\?$",
    ):
        equal_to(CardRedeemed("GC-1", 25), ignored_fields=ignoring_fields("amout"))
    with pytest.raises(MatcherConfigurationError, match="did you mean 'card_id'"):
        equal_to(ExpectedMessage(CardRedeemed, {"amount": 25}), {"cardid"})


def test_a_field_or_a_name_far_from_every_field_is_accepted() -> None:
    equal_to(CardRedeemed("GC-1", 25), ignored_fields=ignoring_fields("amount", "reason"))
    equal_to(25, ignored_fields=ignoring_fields("amout"))  # no fields to miss


@dataclass(frozen=True)
class _Line:
    sku: str
    quantity: int


@dataclass(frozen=True)
class _Order:
    order_id: str
    lines: tuple[_Line, ...]
    note: object = None


def test_a_field_of_a_nested_message_is_known_by_hint_and_by_value() -> None:
    order = _Order("O-1", (_Line("A", 1),), note=CardRedeemed("GC-1", 5))
    assert_that(
        _Order("O-1", (_Line("A", 2),), note=CardRedeemed("GC-1", 6)),
        equal_to(order, ignored_fields=ignoring_fields("quantity", "amount")),
    )
    with pytest.raises(MatcherConfigurationError, match="did you mean 'quantity'"):
        equal_to(order, ignored_fields=ignoring_fields("quantiy"))
    with pytest.raises(MatcherConfigurationError, match="did you mean 'amount'"):
        equal_to(order, ignored_fields=ignoring_fields("amout"))
