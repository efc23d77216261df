from __future__ import annotations

from typing import Any

import pytest
from hamcrest import assert_that
from hamcrest.core.matcher import Matcher
from hamcrest.core.string_description import StringDescription

from castle_bdd.domain.messages import Message
from castle_bdd.matchers import (
    and_no_more,
    exact_class_of,
    exact_sequence_of,
    matches,
    no_commands,
    no_events,
    nothing,
    predicate,
)

from .sample_messages import ISSUED, REDEEMED, CardIssuedEvent, CardRedeemed, CardRedeemedOnline


def _mismatch(matcher: Matcher[Any], actual: Any) -> str:
    description = StringDescription()
    matcher.describe_mismatch(actual, description)
    return str(description)


def test_and_no_more_matches_only_none() -> None:
    assert_that(None, and_no_more())
    assert not nothing().matches(ISSUED)
    assert str(nothing()) == "no more"
    assert _mismatch(nothing(), Message(ISSUED)) == (
        "expected no more items, but was CardIssued(card_id='GC-1', amount=100)"
    )


def test_no_events_matches_an_empty_list() -> None:
    assert_that([], no_events())
    assert str(no_events()) == "no events"
    assert _mismatch(no_events(), [Message(ISSUED)]) == (
        "1 event was published: [CardIssued(card_id='GC-1', amount=100)]"
    )


def test_no_commands_shows_what_was_dispatched() -> None:
    with pytest.raises(AssertionError) as failure:
        assert_that([ISSUED, REDEEMED], no_commands())

    assert str(failure.value) == (
        "\nExpected: no commands\n     but: 2 commands were dispatched: "
        "[CardIssued(card_id='GC-1', amount=100), CardRedeemed(card_id='GC-1', amount=20)]\n"
    )


def test_no_events_rejects_what_is_not_a_list() -> None:
    assert not no_events().matches(None)  # type: ignore[arg-type]


def test_exact_class_of_rejects_subclasses() -> None:
    assert_that(Message(REDEEMED), exact_class_of(CardRedeemed))
    assert not exact_class_of(CardRedeemed).matches(CardRedeemedOnline("GC-1", 5))
    assert str(exact_class_of(CardRedeemed)) == "exactly a CardRedeemed"


def test_exact_class_of_names_both_classes() -> None:
    assert _mismatch(exact_class_of(CardRedeemed), ISSUED) == (
        "expected a CardRedeemed, but was a CardIssued(card_id='GC-1', amount=100)"
    )
    assert _mismatch(exact_class_of(CardIssuedEvent), None) == (
        "expected a CardIssuedEvent, but was None"
    )


def test_exact_class_of_shows_a_castlecraft_event_without_its_metadata() -> None:
    event = CardIssuedEvent(card_id="GC-1", amount=1)

    assert _mismatch(exact_class_of(CardRedeemed), event) == (
        "expected a CardRedeemed, but was a CardIssuedEvent(card_id='GC-1', amount=1)"
    )


def test_exact_class_of_uses_an_before_a_vowel() -> None:
    assert _mismatch(exact_class_of(int), "x") == "expected an int, but was 'x' (a str)"


def test_matches_asks_the_predicate_about_the_payload() -> None:
    over_fifty = matches(lambda event: event.amount > 50, "a redemption over 50")

    assert_that(Message(CardRedeemed("GC-1", 60)), over_fifty)
    assert str(over_fifty) == "a redemption over 50"
    assert _mismatch(over_fifty, REDEEMED) == "was CardRedeemed(card_id='GC-1', amount=20)"


def test_predicate_is_named_after_the_function() -> None:
    def is_issue(event: Any) -> bool:
        return event is ISSUED

    matcher = predicate(is_issue)

    assert matcher.matches(ISSUED)
    assert not matcher.matches(REDEEMED)
    assert str(matcher) == "a value accepted by is_issue"


def test_a_predicate_never_sees_a_missing_item() -> None:
    matcher = exact_sequence_of(ISSUED, predicate(lambda event: event.amount > 0, "a payment"))

    assert not matcher.matches([ISSUED])
    assert _mismatch(matcher, [ISSUED]) == (
        "expected 2 items, only 1 was published: missing item 1 (a payment)"
    )
