"""A castlecraft event handler with a typo: castlecraft's bus only logs what it raises."""

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
class RentLocker(Command):
    locker_id: str


@dataclass(frozen=True, kw_only=True)
class LockerRented(Event):
    locker_id: str


class Locker(EventSourcedAggregate[str]):
    def __init__(self, id: str, version: int = -1) -> None:
        self.rented = False
        super().__init__(id, version)

    def _register_event_appliers(self) -> None:
        self._register_applier(LockerRented, self._rented)

    def rent(self) -> None:
        self._record_and_apply_event(LockerRented(locker_id=self.id))

    def _rented(self, event: Any) -> None:
        self.rented = True

    def _get_snapshot_state(self) -> Any:
        return {"rented": self.rented}

    def _apply_snapshot_state(self, state: Any) -> None:
        self.rented = state["rented"]


class RentLockerHandler(CommandHandler[RentLocker]):
    def __init__(self, store: EventStore[str], bus: EventBus) -> None:
        self.store = store
        self.bus = bus

    async def execute(self, command: RentLocker, *args: Any, **kwargs: Any) -> None:
        locker = Locker(command.locker_id)
        locker.rent()
        events = locker.pull_uncommitted_events()
        await self.store.append_events(locker.id, -1, events)
        await self.bus.publish_batch(events)


class RentalReceipt(EventHandler[LockerRented]):
    async def handle(self, event: LockerRented) -> None:
        print(f"receipt for {event.locker_ident}")  # type: ignore[attr-defined]  # bug
