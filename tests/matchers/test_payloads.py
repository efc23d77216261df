from __future__ import annotations

from typing import Any

import pytest
from hamcrest import assert_that, contains_string, has_length, has_property, instance_of
from hamcrest.core.matcher import Matcher
from hamcrest.core.string_description import StringDescription

from castle_bdd.domain.messages import Message
from castle_bdd.matchers import (
    and_no_more,
    equal_to,
    exact_sequence_of,
    message_with_payload,
    payloads_matching,
)

from .sample_messages import ISSUED, REDEEMED, CardIssued, CardRedeemed


def _mismatch(matcher: Matcher[Any], actual: Any) -> str:
    description = StringDescription()
    matcher.describe_mismatch(actual, description)
    return str(description)


def test_message_with_payload_matches_the_payload() -> None:
    matcher = message_with_payload(instance_of(CardIssued))

    assert_that(Message(ISSUED, metadata={"user": "ann"}), matcher)
    assert not matcher.matches(Message(REDEEMED))


def test_message_with_payload_takes_a_bare_payload_as_its_own_message() -> None:
    assert_that(ISSUED, message_with_payload(equal_to(CardIssued("GC-1", 100))))


def test_message_with_payload_describes_and_reports_the_payload() -> None:
    matcher = message_with_payload(equal_to(CardRedeemed("GC-1", 30)))

    assert str(matcher) == "message with payload CardRedeemed(card_id='GC-1', amount=30)"
    assert _mismatch(matcher, Message(REDEEMED)) == "amount: expected 30, but was 20"


def test_message_with_payload_inside_a_sequence_names_the_item() -> None:
    matcher = exact_sequence_of(message_with_payload(equal_to(CardRedeemed("GC-1", 30))))

    with pytest.raises(AssertionError) as failure:
        assert_that([Message(REDEEMED)], matcher)

    assert "item 0 (CardRedeemed): amount: expected 30, but was 20" in str(failure.value)


def test_payloads_matching_hands_the_payloads_to_the_list_matcher() -> None:
    matcher = payloads_matching(
        exact_sequence_of(has_property("card_id", "GC-1"), instance_of(CardRedeemed))
    )

    assert_that([Message(ISSUED), Message(REDEEMED)], matcher)


def test_payloads_matching_reports_the_inner_mismatch() -> None:
    matcher = payloads_matching(exact_sequence_of(ISSUED, and_no_more()))

    assert str(matcher) == (
        "payloads matching exact sequence of [CardIssued(card_id='GC-1', amount=100), no more]"
    )
    assert _mismatch(matcher, [Message(ISSUED), Message(REDEEMED)]) == (
        "item 1: expected no more items, but was CardRedeemed(card_id='GC-1', amount=20)"
    )


def test_payloads_matching_rejects_what_is_not_a_list() -> None:
    matcher = payloads_matching(exact_sequence_of(ISSUED))

    assert not matcher.matches(5)  # type: ignore[arg-type]
    assert _mismatch(matcher, 5) == "was not a list of messages but 5"


def test_the_payload_matchers_take_matchers_typed_for_narrower_items() -> None:
    # PyHamcrest's Matcher[T] is invariant: a Matcher[Sized] or a Matcher[str] must be
    # accepted as it is (mypy checks this test), and must match what it is made for.
    assert_that([Message(ISSUED), REDEEMED], payloads_matching(has_length(2)))
    assert not payloads_matching(has_length(1)).matches([ISSUED, REDEEMED])
    assert_that(Message("card GC-1 lost"), message_with_payload(contains_string("GC-1")))
    assert not message_with_payload(contains_string("GC-2")).matches(Message("card GC-1"))
