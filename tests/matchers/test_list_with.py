from __future__ import annotations

from typing import Any

import pytest
from hamcrest import assert_that
from hamcrest.core.matcher import Matcher
from hamcrest.core.string_description import StringDescription

from castle_bdd.domain.messages import Message
from castle_bdd.matchers import list_with_all_of, list_with_any_of

from .sample_messages import ISSUED, REDEEMED, CardIssued, CardRedeemed, MarkAsOverdue


def _mismatch(matcher: Matcher[Any], actual: Any) -> str:
    description = StringDescription()
    matcher.describe_mismatch(actual, description)
    return str(description)


def test_all_of_matches_in_any_order_with_other_items() -> None:
    assert_that([REDEEMED, ISSUED, MarkAsOverdue("INV-1")], list_with_all_of(ISSUED, REDEEMED))


def test_all_of_matches_message_envelopes() -> None:
    assert_that([Message(MarkAsOverdue("INV-1"))], list_with_all_of(MarkAsOverdue("INV-1")))


def test_all_of_names_every_matcher_that_matched_nothing() -> None:
    matcher = list_with_all_of(ISSUED, CardRedeemed("GC-1", 30), MarkAsOverdue("INV-1"))

    with pytest.raises(AssertionError) as failure:
        assert_that([ISSUED, REDEEMED], matcher)

    assert str(failure.value).endswith(
        "but: no item matched CardRedeemed(card_id='GC-1', amount=30), "
        "nor MarkAsOverdue(invoice_id='INV-1'); the items were "
        "[CardIssued(card_id='GC-1', amount=100), CardRedeemed(card_id='GC-1', amount=20)]"
        "\n  item 1 (CardRedeemed): amount: expected 30, but was 20\n"
    )


def test_all_of_on_an_empty_list() -> None:
    assert _mismatch(list_with_all_of(ISSUED), []) == (
        "no item matched CardIssued(card_id='GC-1', amount=100); the list was empty"
    )


def test_all_of_describes_itself() -> None:
    assert str(list_with_all_of(MarkAsOverdue("INV-1"))) == (
        "list with all of [MarkAsOverdue(invoice_id='INV-1')]"
    )


def test_any_of_matches_when_one_matcher_matches() -> None:
    assert_that([REDEEMED], list_with_any_of(ISSUED, REDEEMED))


def test_any_of_shows_the_items_when_nothing_matches() -> None:
    matcher = list_with_any_of(CardIssued("GC-2", 100), MarkAsOverdue("INV-1"))

    assert str(matcher) == (
        "list with any of [CardIssued(card_id='GC-2', amount=100), "
        "MarkAsOverdue(invoice_id='INV-1')]"
    )
    assert _mismatch(matcher, [ISSUED, REDEEMED]) == (
        "no item matched any of [CardIssued(card_id='GC-2', amount=100), "
        "MarkAsOverdue(invoice_id='INV-1')]; the items were "
        "[CardIssued(card_id='GC-1', amount=100), CardRedeemed(card_id='GC-1', amount=20)]"
        "\n  item 0 (CardIssued): card_id: expected 'GC-2', but was 'GC-1'"
    )


def test_list_matchers_reject_what_is_not_a_list() -> None:
    assert not list_with_all_of(ISSUED).matches(None)  # type: ignore[arg-type]
    assert not list_with_any_of(ISSUED).matches(None)  # type: ignore[arg-type]
    assert _mismatch(list_with_any_of(ISSUED), None) == "was not a list of messages but None"
