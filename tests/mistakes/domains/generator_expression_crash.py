"""A command handler crashing inside a generator expression."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class CartStarted:
    cart_id: str


@dataclass(frozen=True)
class ItemPut:
    cart_id: str
    price: int


@dataclass(frozen=True)
class CheckOut:
    cart_id: str


@dataclass(frozen=True)
class CheckedOut:
    cart_id: str
    total: int


class Cart(Aggregate):
    def __init__(self) -> None:
        self.prices: list[int] = []

    @command_handler
    def check_out(self, command: CheckOut) -> int:
        total = sum(price.amount for price in self.prices)  # type: ignore[attr-defined]  # bug
        self.apply(CheckedOut(command.cart_id, total))
        return total

    @event_sourcing_handler
    def on_started(self, event: CartStarted) -> None:
        self.id = event.cart_id

    @event_sourcing_handler
    def on_put(self, event: ItemPut) -> None:
        self.prices.append(event.price)

    @event_sourcing_handler
    def on_checked_out(self, event: CheckedOut) -> None:
        pass
