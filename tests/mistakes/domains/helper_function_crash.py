"""A command handler whose helper function has a bug."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler

RATES = {"EUR": 1}


def _rate_for(currency: str) -> int:
    return RATES[currency]  # bug


def _converted(amount: int, currency: str) -> int:
    return amount * _rate_for(currency)


@dataclass(frozen=True)
class OpenTill:
    till_id: str


@dataclass(frozen=True)
class TillOpened:
    till_id: str


@dataclass(frozen=True)
class TakeCash:
    till_id: str
    amount: int
    currency: str


@dataclass(frozen=True)
class CashTaken:
    till_id: str
    amount: int


class Till(Aggregate):
    @command_handler
    def take(self, command: TakeCash) -> None:
        self.apply(CashTaken(command.till_id, _converted(command.amount, command.currency)))

    @event_sourcing_handler
    def on_opened(self, event: TillOpened) -> None:
        self.id = event.till_id

    @event_sourcing_handler
    def on_taken(self, event: CashTaken) -> None:
        pass
