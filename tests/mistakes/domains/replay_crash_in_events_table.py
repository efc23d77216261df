"""An event-sourcing handler that crashes on the second given event."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class ShelfBuilt:
    shelf_id: str
    slots: int


@dataclass(frozen=True)
class BookShelved:
    shelf_id: str
    slot: int


@dataclass(frozen=True)
class ShelveBook:
    shelf_id: str
    slot: int


class Shelf(Aggregate):
    @command_handler
    def shelve(self, command: ShelveBook) -> None:
        self.apply(BookShelved(command.shelf_id, command.slot))

    @event_sourcing_handler
    def on_built(self, event: ShelfBuilt) -> None:
        self.id = event.shelf_id
        self.slots = [False] * event.slots

    @event_sourcing_handler
    def on_shelved(self, event: BookShelved) -> None:
        self.slots[event.slot + 1] = True  # bug
