"""An aggregate whose list is a class attribute, shared by every instance."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class AddItem:
    basket_id: str
    item: str


@dataclass(frozen=True)
class ItemAdded:
    basket_id: str
    item: str


class Basket(Aggregate):
    items: list[str] = []  # bug

    @command_handler
    def add(self, command: AddItem) -> None:
        self.apply(ItemAdded(command.basket_id, command.item))

    @event_sourcing_handler
    def on_added(self, event: ItemAdded) -> None:
        self.id = event.basket_id
        self.items.append(event.item)
