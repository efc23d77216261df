"""A castlecraft aggregate that forgot the snapshot methods castlecraft asks of it."""

from dataclasses import dataclass
from typing import Any

from castlecraft_engineer.abstractions.command import Command
from castlecraft_engineer.abstractions.command_handler import CommandHandler
from castlecraft_engineer.abstractions.event import Event
from castlecraft_engineer.abstractions.event_sourced_aggregate import EventSourcedAggregate
from castlecraft_engineer.abstractions.event_store import EventStore


@dataclass(frozen=True)
class AddStamp(Command):
    card_id: str


@dataclass(frozen=True, kw_only=True)
class StampAdded(Event):
    card_id: str


class StampCard(EventSourcedAggregate[str]):  # no snapshot methods: abstract  # bug
    def __init__(self, id: str, version: int = -1) -> None:
        self.stamps = 0
        super().__init__(id, version)

    def _register_event_appliers(self) -> None:
        self._register_applier(StampAdded, self._stamped)

    def stamp(self) -> None:
        self._record_and_apply_event(StampAdded(card_id=self.id))

    def _stamped(self, event: Any) -> None:
        self.stamps += 1


class AddStampHandler(CommandHandler[AddStamp]):
    def __init__(self, store: EventStore[str]) -> None:
        self.store = store

    async def execute(self, command: AddStamp, *args: Any, **kwargs: Any) -> int:
        history = await self.store.load_events(command.card_id)
        card = StampCard.load_from_history(command.card_id, history)
        card.stamp()
        events = card.pull_uncommitted_events()
        await self.store.append_events(command.card_id, -1, events)
        return card.stamps
