"""A command handler whose fallback for a missing price has a bug of its own."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler

PRICES = {"tea": 3}


def _price_of(item: str) -> int:
    return PRICES[item]  # bug


@dataclass(frozen=True)
class SellSnack:
    kiosk_id: str
    item: str


@dataclass(frozen=True)
class KioskOpened:
    kiosk_id: str


@dataclass(frozen=True)
class SnackSold:
    kiosk_id: str
    price: int


class Kiosk(Aggregate):
    @command_handler
    def sell(self, command: SellSnack) -> None:
        try:
            price = _price_of(command.item)
        except KeyError:
            price = int(command.item.split("-")[1])  # "tea-3" carries its price
        self.apply(SnackSold(command.kiosk_id, price))

    @event_sourcing_handler
    def on_opened(self, event: KioskOpened) -> None:
        self.id = event.kiosk_id

    @event_sourcing_handler
    def on_sold(self, event: SnackSold) -> None:
        pass
