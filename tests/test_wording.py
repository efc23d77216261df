"""The words castle-bdd's messages put around a name."""

from __future__ import annotations

import pytest

from castle_bdd.wording import capitalized, with_article


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("aggregate", "an aggregate"),
        ("saga", "a saga"),
        ("event", "an event"),
        ("InvoiceCreated", "an InvoiceCreated"),
        ("CardIssued", "a CardIssued"),
        ("", "a "),
    ],
)
def test_a_noun_gets_the_article_its_first_letter_asks_for(noun: str, expected: str) -> None:
    assert with_article(noun) == expected


def test_only_the_first_letter_is_made_upper_case() -> None:
    assert capitalized("the command RedeemCard") == "The command RedeemCard"
    assert capitalized("") == ""
