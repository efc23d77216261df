from __future__ import annotations

from typing import Any

import pytest
from hamcrest import assert_that, greater_than
from hamcrest.core.string_description import StringDescription

from castle_bdd.domain.messages import Message
from castle_bdd.matchers import deep_equals, equal_to, ignoring_fields
from castle_bdd.matching import ExpectedMessage

from .sample_messages import (
    ISSUED,
    REDEEMED,
    CardCancelled,
    CardIssued,
    CardIssuedAttrs,
    CardIssuedEvent,
    CardIssuedModel,
    CardRedeemed,
    CardRedeemedOnline,
)


def _mismatch(expected: Any, actual: Any) -> str:
    description = StringDescription()
    equal_to(expected).describe_mismatch(actual, description)
    return str(description)


@pytest.mark.parametrize(
    "build",
    [
        lambda: CardIssued("GC-1", 100),
        lambda: CardCancelled("GC-1", "lost"),
        lambda: CardIssuedModel(card_id="GC-1", amount=100),
        lambda: CardIssuedAttrs("GC-1", 100),
        lambda: CardIssuedEvent(card_id="GC-1", amount=100),
    ],
    ids=["frozen dataclass", "dataclass", "pydantic", "attrs", "castlecraft event"],
)
def test_two_payloads_built_separately_are_equal(build: Any) -> None:
    assert_that(build(), equal_to(build()))


def test_castlecraft_events_differ_in_id_and_time_yet_match() -> None:
    first = CardIssuedEvent(card_id="GC-1", amount=100)
    second = CardIssuedEvent(card_id="GC-1", amount=100)

    assert first.event_id != second.event_id
    assert_that(second, equal_to(first))


def test_a_castlecraft_event_id_counts_when_no_field_is_ignored() -> None:
    first = CardIssuedEvent(card_id="GC-1", amount=100)
    second = CardIssuedEvent(card_id="GC-1", amount=100)

    assert not equal_to(first, ignored_fields=frozenset()).matches(second)
    assert _mismatch(first, CardIssuedEvent(card_id="GC-1", amount=5)) == (
        "amount: expected 100, but was 5"
    )


def test_the_description_leaves_out_ignored_fields() -> None:
    expected = CardIssuedEvent(card_id="GC-1", amount=100)

    assert str(equal_to(expected)) == "CardIssuedEvent(card_id='GC-1', amount=100)"


def test_every_differing_field_is_named_with_both_values() -> None:
    assert _mismatch(CardRedeemed("GC-2", 30), REDEEMED) == (
        "card_id: expected 'GC-2', but was 'GC-1'; amount: expected 30, but was 20"
    )


@pytest.mark.parametrize(
    "actual",
    [CardIssuedModel(card_id="GC-1", amount=7), CardIssuedAttrs("GC-1", 7)],
    ids=["pydantic", "attrs"],
)
def test_pydantic_and_attrs_differences_are_named(actual: Any) -> None:
    expected = type(actual)(card_id="GC-1", amount=100)

    assert _mismatch(expected, actual) == "amount: expected 100, but was 7"


def test_a_wrong_class_is_named() -> None:
    assert _mismatch(REDEEMED, ISSUED) == (
        "expected a CardRedeemed, but was a CardIssued(card_id='GC-1', amount=100)"
    )


def test_a_subclass_is_not_equal() -> None:
    assert not equal_to(REDEEMED).matches(CardRedeemedOnline("GC-1", 20))


def test_a_missing_payload_is_named() -> None:
    assert _mismatch(REDEEMED, None) == "expected a CardRedeemed, but was None"


def test_the_payload_of_a_message_is_compared() -> None:
    assert_that(Message(CardIssued("GC-1", 100)), equal_to(ISSUED))
    assert_that(ISSUED, equal_to(Message(CardIssued("GC-1", 100))))
    assert _mismatch(ISSUED, Message(CardIssued("GC-1", 5))) == ("amount: expected 100, but was 5")


def test_assert_that_reports_expected_and_mismatch() -> None:
    with pytest.raises(AssertionError) as failure:
        assert_that(REDEEMED, equal_to(CardRedeemed("GC-1", 30)))

    assert str(failure.value) == (
        "\nExpected: CardRedeemed(card_id='GC-1', amount=30)"
        "\n     but: amount: expected 30, but was 20\n"
    )


def test_an_expected_message_compares_only_the_fields_it_names() -> None:
    expected = ExpectedMessage(CardRedeemed, {"amount": 20})

    assert_that(CardRedeemed("GC-9", 20), equal_to(expected))
    assert_that(CardRedeemedOnline("GC-9", 20), equal_to(expected))
    assert _mismatch(expected, CardRedeemed("GC-9", 25)) == "amount: expected 20, but was 25"


def test_an_expected_message_may_hold_matchers() -> None:
    expected = ExpectedMessage(CardRedeemed, {"amount": greater_than(50)})

    assert str(equal_to(expected)) == "CardRedeemed(amount=a value greater than <50>)"
    assert _mismatch(expected, REDEEMED) == "amount: expected a value greater than <50>, but was 20"


def test_an_expected_message_names_a_wrong_class() -> None:
    expected = ExpectedMessage(CardRedeemed, {"amount": 20})

    assert _mismatch(expected, ISSUED) == (
        "expected a CardRedeemed, but was a CardIssued(card_id='GC-1', amount=100)"
    )


def test_ignoring_fields_adds_to_the_defaults() -> None:
    ignored = ignoring_fields("amount")

    assert "event_id" in ignored
    assert_that(CardRedeemed("GC-1", 99), equal_to(REDEEMED, ignored_fields=ignored))
    assert_that(
        CardIssuedEvent(card_id="GC-1", amount=1),
        equal_to(CardIssuedEvent(card_id="GC-1", amount=2), ignored_fields=ignored),
    )


def test_deep_equals_compares_field_by_field() -> None:
    assert_that(CardCancelled("GC-1", "lost"), deep_equals(CardCancelled("GC-1", "lost")))
    assert not deep_equals(REDEEMED).matches(CardRedeemed("GC-1", 21))
    assert deep_equals(REDEEMED, ignored_fields={"amount"}).matches(CardRedeemed("GC-1", 21))


def test_plain_values_are_compared_by_equality() -> None:
    assert_that(1.0, equal_to(1))
    assert _mismatch(6, 5) == "expected 6, but was 5"


class _PlainRedeemed:
    def __init__(self, card_id: str, amount: int) -> None:
        self.card_id = card_id
        self.amount = amount


def test_plain_classes_are_compared_by_their_constructor_fields() -> None:
    assert_that(_PlainRedeemed("GC-1", 20), equal_to(_PlainRedeemed("GC-1", 20)))
    assert _mismatch(_PlainRedeemed("GC-1", 30), _PlainRedeemed("GC-1", 20)) == (
        "amount: expected 30, but was 20"
    )
    assert _mismatch(_PlainRedeemed("GC-1", 30), REDEEMED).startswith(
        "expected a _PlainRedeemed, but was a CardRedeemed("
    )
