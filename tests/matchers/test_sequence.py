from __future__ import annotations

from typing import Any

import pytest
from hamcrest import assert_that
from hamcrest.core.matcher import Matcher
from hamcrest.core.string_description import StringDescription

from castle_bdd.domain.messages import Message
from castle_bdd.matchers import and_no_more, sequence_of

from .sample_messages import ISSUED, REDEEMED, CardCancelled, CardRedeemed


def _mismatch(matcher: Matcher[Any], actual: Any) -> str:
    description = StringDescription()
    matcher.describe_mismatch(actual, description)
    return str(description)


CANCELLED = CardCancelled("GC-1", "lost")


def test_items_in_order_match_with_gaps() -> None:
    assert_that([ISSUED, CANCELLED, REDEEMED], sequence_of(ISSUED, REDEEMED))


def test_message_envelopes_match() -> None:
    assert_that([Message(ISSUED), Message(REDEEMED)], sequence_of(ISSUED, REDEEMED))


def test_items_out_of_order_do_not_match() -> None:
    matcher = sequence_of(REDEEMED, ISSUED)

    assert _mismatch(matcher, [ISSUED, REDEEMED]) == (
        "no item after item 1 matched CardIssued(card_id='GC-1', amount=100); the items were "
        "[CardIssued(card_id='GC-1', amount=100), CardRedeemed(card_id='GC-1', amount=20)]"
    )


def test_a_near_miss_after_the_last_match_is_named() -> None:
    matcher = sequence_of(ISSUED, CardRedeemed("GC-1", 30))

    with pytest.raises(AssertionError) as failure:
        assert_that([ISSUED, CANCELLED, REDEEMED], matcher)

    assert str(failure.value).endswith(
        "but: no item after item 0 matched CardRedeemed(card_id='GC-1', amount=30); "
        "the items were [CardIssued(card_id='GC-1', amount=100), "
        "CardCancelled(card_id='GC-1', reason='lost'), CardRedeemed(card_id='GC-1', amount=20)]"
        "\n  item 2 (CardRedeemed): amount: expected 30, but was 20\n"
    )


def test_the_first_matcher_finding_nothing_is_named() -> None:
    assert _mismatch(sequence_of(REDEEMED), []) == (
        "no item matched CardRedeemed(card_id='GC-1', amount=20); the list was empty"
    )


def test_leftover_matchers_are_matched_against_none() -> None:
    assert_that([ISSUED, REDEEMED], sequence_of(ISSUED, and_no_more()))


def test_the_description_lists_the_matchers() -> None:
    assert str(sequence_of(ISSUED, and_no_more())) == (
        "sequence of [CardIssued(card_id='GC-1', amount=100), no more]"
    )


def test_something_that_is_not_a_list_does_not_match() -> None:
    assert not sequence_of(ISSUED).matches("GC-1")
    assert _mismatch(sequence_of(ISSUED), "GC-1") == "was not a list of messages but 'GC-1'"
