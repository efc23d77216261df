"""A castlecraft event handler whose handle is a plain def: castlecraft awaits its None."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from castlecraft_engineer.abstractions.command import Command
from castlecraft_engineer.abstractions.command_handler import CommandHandler
from castlecraft_engineer.abstractions.event import Event
from castlecraft_engineer.abstractions.event_bus import EventBus
from castlecraft_engineer.abstractions.event_handler import EventHandler
from castlecraft_engineer.abstractions.event_sourced_aggregate import EventSourcedAggregate
from castlecraft_engineer.abstractions.event_store import EventStore


@dataclass(frozen=True)
class ShelveBook(Command):
    book_id: str


@dataclass(frozen=True, kw_only=True)
class BookShelved(Event):
    book_id: str


class Book(EventSourcedAggregate[str]):
    def __init__(self, id: str, version: int = -1) -> None:
        self.shelved = False
        super().__init__(id, version)

    def _register_event_appliers(self) -> None:
        self._register_applier(BookShelved, self._shelved)

    def shelve(self) -> None:
        self._record_and_apply_event(BookShelved(book_id=self.id))

    def _shelved(self, event: Any) -> None:
        self.shelved = True

    def _get_snapshot_state(self) -> Any:
        return {"shelved": self.shelved}

    def _apply_snapshot_state(self, state: Any) -> None:
        self.shelved = state["shelved"]


class ShelveBookHandler(CommandHandler[ShelveBook]):
    def __init__(self, store: EventStore[str], bus: EventBus) -> None:
        self.store = store
        self.bus = bus

    async def execute(self, command: ShelveBook, *args: Any, **kwargs: Any) -> None:
        book = Book(command.book_id)
        book.shelve()
        events = book.pull_uncommitted_events()
        await self.store.append_events(book.id, -1, events)
        await self.bus.publish_batch(events)


class CatalogueCard(EventHandler[BookShelved]):
    def handle(self, event: BookShelved) -> None:  # type: ignore[override]  # bug
        self.card = event.book_id
