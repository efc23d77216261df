"""Tests of name normalisation and "did you mean" suggestions."""

from __future__ import annotations

import pytest

from castle_bdd.suggestions import closest, did_you_mean, is_slip_of, normalise_name


@pytest.mark.parametrize("spelling", ["card issued", "CardIssued", "card_issued", "Card-Issued"])
def test_spellings_of_one_name_share_a_key(spelling: str) -> None:
    assert normalise_name(spelling) == "cardissued"


def test_closest_finds_a_typo() -> None:
    assert closest("CardIsued", ["CardRedeemed", "CardIssued"]) == "CardIssued"


def test_closest_returns_the_choice_as_spelled() -> None:
    assert closest("card issued", ["CardIssued"]) == "CardIssued"


def test_closest_is_none_when_nothing_is_near() -> None:
    assert closest("Zebra", ["CardIssued", "CardRedeemed"]) is None


def test_closest_of_no_choices_is_none() -> None:
    assert closest("CardIssued", []) is None


def test_closest_accepts_any_iterable_once() -> None:
    assert closest("amont", (name for name in ["card_id", "amount"])) == "amount"


def test_did_you_mean_phrase() -> None:
    assert did_you_mean("CardIsued", ["CardIssued"]) == " — did you mean CardIssued?"


def test_did_you_mean_quotes_the_suggestion() -> None:
    assert did_you_mean("dayz", ["days"], quote='"') == ' — did you mean "days"?'


def test_did_you_mean_is_empty_without_a_suggestion() -> None:
    assert did_you_mean("Zebra", ["CardIssued"]) == ""


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("PaymentDu", "PaymentDue"),  # left out
        ("amout", "amount"),
        ("channels", "channel"),  # added
        ("invoce_id", "invoice_id"),
        ("amuont", "amount"),  # two swapped
        ("Amoumt", "amount"),  # changed
        ("invoiceId", "invoice_id"),  # one name once normalised
    ],
)
def test_a_slip_of_the_hand_is_one(word: str, name: str) -> None:
    assert is_slip_of(word, name)


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Reminder-2", "Reminder-1"),  # another number
        ("Reminder-10", "Reminder-1"),
        ("PaymentDone", "PaymentDue"),  # another word
        ("PaymentOverdue", "PaymentDue"),
        ("customer", "invoice_id"),
    ],
)
def test_another_name_is_no_slip(word: str, name: str) -> None:
    assert not is_slip_of(word, name)
