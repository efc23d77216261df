from __future__ import annotations

from typing import Any

import pytest
from hamcrest import assert_that, has_property
from hamcrest.core.matcher import Matcher
from hamcrest.core.string_description import StringDescription

from castle_bdd.domain.messages import Message
from castle_bdd.matchers import and_no_more, exact_sequence_of, matches, nothing

from .sample_messages import ISSUED, REDEEMED, CardIssued, CardIssuedEvent, CardRedeemed


def _mismatch(matcher: Matcher[Any], actual: Any) -> str:
    description = StringDescription()
    matcher.describe_mismatch(actual, description)
    return str(description)


def test_matching_items_in_order_match() -> None:
    assert_that([ISSUED, REDEEMED], exact_sequence_of(ISSUED, REDEEMED, and_no_more()))


def test_message_envelopes_match_like_bare_payloads() -> None:
    published = [Message(CardIssued("GC-1", 100)), Message(CardRedeemed("GC-1", 20))]

    assert_that(published, exact_sequence_of(ISSUED, REDEEMED, and_no_more()))


def test_castlecraft_events_built_separately_match() -> None:
    published = [CardIssuedEvent(card_id="GC-1", amount=100)]

    assert_that(published, exact_sequence_of(CardIssuedEvent(card_id="GC-1", amount=100)))


def test_extra_items_are_allowed_without_and_no_more() -> None:
    assert_that([ISSUED, REDEEMED], exact_sequence_of(ISSUED))


def test_the_description_lists_the_matchers() -> None:
    matcher = exact_sequence_of(CardIssued("GC-1", 100), and_no_more())

    assert str(matcher) == "exact sequence of [CardIssued(card_id='GC-1', amount=100), no more]"


def test_a_differing_field_is_named_with_its_item() -> None:
    matcher = exact_sequence_of(ISSUED, CardRedeemed("GC-1", 30), and_no_more())

    with pytest.raises(AssertionError) as failure:
        assert_that([ISSUED, REDEEMED], matcher)

    assert "but: item 1 (CardRedeemed): amount: expected 30, but was 20\n" in str(failure.value)


def test_a_differing_field_of_a_message_is_named_with_its_item() -> None:
    published = [Message(ISSUED), Message(REDEEMED)]

    assert _mismatch(exact_sequence_of(ISSUED, CardRedeemed("GC-2", 20)), published) == (
        "item 1 (CardRedeemed): card_id: expected 'GC-2', but was 'GC-1'"
    )


def test_an_extra_item_fails_and_no_more() -> None:
    matcher = exact_sequence_of(ISSUED, REDEEMED, and_no_more())

    assert _mismatch(matcher, [ISSUED, REDEEMED, REDEEMED]) == (
        "item 2: expected no more items, but was CardRedeemed(card_id='GC-1', amount=20)"
    )


def test_nothing_works_as_and_no_more() -> None:
    assert not exact_sequence_of(ISSUED, nothing()).matches([ISSUED, REDEEMED])


def test_a_gap_is_not_allowed() -> None:
    matcher = exact_sequence_of(ISSUED, REDEEMED)

    assert _mismatch(matcher, [ISSUED, ISSUED, REDEEMED]) == (
        "item 1: expected a CardRedeemed, but was a CardIssued(card_id='GC-1', amount=100)"
    )


def test_missing_items_are_counted_and_named() -> None:
    matcher = exact_sequence_of(ISSUED, REDEEMED, CardRedeemed("GC-1", 30), and_no_more())

    assert _mismatch(matcher, [ISSUED, REDEEMED]) == (
        "expected 3 items, only 2 were published: "
        "missing item 2 (CardRedeemed(card_id='GC-1', amount=30))"
    )
    assert _mismatch(matcher, [ISSUED]) == (
        "expected 3 items, only 1 was published: "
        "missing item 1 (CardRedeemed(card_id='GC-1', amount=20)), "
        "item 2 (CardRedeemed(card_id='GC-1', amount=30))"
    )


def test_an_empty_list_misses_every_item() -> None:
    assert _mismatch(exact_sequence_of(ISSUED), []) == (
        "expected 1 item, none were published: "
        "missing item 0 (CardIssued(card_id='GC-1', amount=100))"
    )


def test_an_empty_list_matches_and_no_more_alone() -> None:
    assert_that([], exact_sequence_of(and_no_more()))


def test_hamcrest_matchers_name_the_item_class() -> None:
    matcher = exact_sequence_of(ISSUED, has_property("amount", 30))

    assert _mismatch(matcher, [ISSUED, REDEEMED]) == (
        "item 1 (CardRedeemed): property 'amount' was <20>"
    )


def test_a_predicate_mismatch_shows_the_item() -> None:
    matcher = exact_sequence_of(matches(lambda event: event.amount > 50, "over 50"))

    assert _mismatch(matcher, [REDEEMED]) == ("item 0: was CardRedeemed(card_id='GC-1', amount=20)")


def test_something_that_is_not_a_list_does_not_match() -> None:
    matcher = exact_sequence_of(ISSUED)

    assert not matcher.matches(ISSUED)  # type: ignore[arg-type]
    assert _mismatch(matcher, ISSUED) == (
        "was not a list of messages but CardIssued(card_id='GC-1', amount=100)"
    )
