"""An event-sourcing handler that turns its helper's bug into the domain's own exception."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler

SYMBOLS = {"eur": "€", "usd": "$"}


class UnknownCurrency(Exception):
    pass


def _symbol_for(currency: str) -> str:
    return SYMBOLS[currency]  # bug


@dataclass(frozen=True)
class FillPurse:
    purse_id: str
    amount: int


@dataclass(frozen=True)
class PurseOpened:
    purse_id: str
    currency: str


@dataclass(frozen=True)
class PurseFilled:
    purse_id: str
    amount: int


class Purse(Aggregate):
    @command_handler
    def fill(self, command: FillPurse) -> None:
        self.apply(PurseFilled(command.purse_id, command.amount))

    @event_sourcing_handler
    def on_opened(self, event: PurseOpened) -> None:
        self.id = event.purse_id
        try:
            self.symbol = _symbol_for(event.currency)
        except KeyError as err:
            raise UnknownCurrency(event.currency) from err

    @event_sourcing_handler
    def on_filled(self, event: PurseFilled) -> None:
        pass
