"""Hand-written behave steps over a plain-Python gift card: the baseline of the suite benchmark.

The minimum a team would write by hand for the same feature files: build events from the
table, replay them, run the command, compare with ``==``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from behave import given, then, when


@dataclass(frozen=True)
class CardIssued:
    card_id: str
    amount: int


@dataclass(frozen=True)
class CardRedeemed:
    card_id: str
    amount: int


@dataclass(frozen=True)
class RedeemCard:
    card_id: str
    amount: int


class PlainGiftCard:
    def __init__(self) -> None:
        self.card_id = ""
        self.remaining = 0

    def replay(self, event: Any) -> None:
        if isinstance(event, CardIssued):
            self.card_id, self.remaining = event.card_id, event.amount
        else:
            self.remaining -= event.amount

    def redeem(self, command: RedeemCard) -> list[Any]:
        if command.amount > self.remaining:
            raise ValueError(f"balance is {self.remaining}")
        event = CardRedeemed(command.card_id, command.amount)
        self.replay(event)
        return [event]


EVENTS = {"CardIssued": CardIssued, "CardRedeemed": CardRedeemed}


def _events(table: Any) -> list[Any]:
    return [EVENTS[row["event"]](row["card_id"], int(row["amount"])) for row in table]


@given("the events:")
def step_given_events(context: Any) -> None:
    context.card = PlainGiftCard()
    for event in _events(context.table):
        context.card.replay(event)


@when('the command RedeemCard is sent with card_id "{card_id}" and amount {amount:d}')
def step_redeem(context: Any, card_id: str, amount: int) -> None:
    context.published = context.card.redeem(RedeemCard(card_id, amount))


@then("the events are:")
def step_events_are(context: Any) -> None:
    assert context.published == _events(context.table)
