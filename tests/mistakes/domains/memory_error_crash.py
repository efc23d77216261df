"""A command handler that asks for far more memory than there is."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class SlotBookOpened:
    book_id: str


@dataclass(frozen=True)
class ReserveSlots:
    book_id: str
    slots: int


@dataclass(frozen=True)
class SlotsReserved:
    book_id: str
    slots: int


class SlotBook(Aggregate):
    def __init__(self) -> None:
        self.slots: list[int] = []

    @command_handler
    def reserve(self, command: ReserveSlots) -> None:
        self.slots = [0] * 10**18  # bug
        self.apply(SlotsReserved(command.book_id, command.slots))

    @event_sourcing_handler
    def on_opened(self, event: SlotBookOpened) -> None:
        self.id = event.book_id
