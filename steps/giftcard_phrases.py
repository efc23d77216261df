"""Gift-card phrases of this project, written on top of castle-bdd's fixtures.

Each step is one call into ``castle(context)``: the same scenario, fixtures and failure
reports as the library's own steps.
"""

from __future__ import annotations

from typing import Any

from behave import given, then, when

from castle_bdd.behave import castle
from examples.giftcard import CardIssued, RedeemCard


@given('a gift card "{card}" worth {amount:d}')
def step_gift_card_worth(context: Any, card: str, amount: int) -> None:
    """A gift card was issued with this balance."""
    castle(context).given(CardIssued(card, amount))


@when('the card "{card}" is used to pay {amount:d}')
def step_card_pays(context: Any, card: str, amount: int) -> None:
    """Part of the card's balance is spent."""
    castle(context).when(RedeemCard(card, amount))


@then("the card has {remaining:d} left")
def step_card_has_left(context: Any, remaining: int) -> None:
    """The payment went through and left this balance."""
    castle(context).then.expect_successful_handler_execution().expect_result(remaining)
