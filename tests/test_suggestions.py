"""Tests of name normalisation and "did you mean" suggestions."""

from __future__ import annotations

import pytest

from castle_bdd.suggestions import closest, did_you_mean, normalise_name


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
