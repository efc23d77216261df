"""A castlecraft handler's repository, built by the container, with a bug in its constructor.

castlecraft's command bus raises a RuntimeError of its own from what building the
handler raised: the command is refused, it seems, and no frame of the bug is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from castlecraft_engineer.abstractions.command import Command
from castlecraft_engineer.abstractions.command_handler import CommandHandler
from castlecraft_engineer.abstractions.event import Event
from castlecraft_engineer.abstractions.event_sourced_aggregate import EventSourcedAggregate
from castlecraft_engineer.abstractions.event_store import EventStore

#: How many bikes a dock holds, by dock size.
CAPACITY = {"small": 4, "large": 12}


@dataclass(frozen=True)
class DockBike(Command):
    dock_id: str


@dataclass(frozen=True, kw_only=True)
class BikeDocked(Event):
    dock_id: str


class Dock(EventSourcedAggregate[str]):
    def __init__(self, id: str, version: int = -1) -> None:
        self.bikes = 0
        super().__init__(id, version)

    def _register_event_appliers(self) -> None:
        self._register_applier(BikeDocked, self._docked)

    def dock(self) -> None:
        self._record_and_apply_event(BikeDocked(dock_id=self.id))

    def _docked(self, event: Any) -> None:
        self.bikes += 1

    def _get_snapshot_state(self) -> Any:
        return {"bikes": self.bikes}

    def _apply_snapshot_state(self, state: Any) -> None:
        self.bikes = state["bikes"]


class DockRepository:
    def __init__(self, store: EventStore[str]) -> None:
        self.store = store
        self.capacity = CAPACITY["medium"]  # bug

    async def save(self, dock: Dock) -> None:
        events = dock.pull_uncommitted_events()
        await self.store.append_events(dock.id, dock.version - len(events), events)


class DockBikeHandler(CommandHandler[DockBike]):
    def __init__(self, docks: DockRepository) -> None:
        self.docks = docks

    async def execute(self, command: DockBike, *args: Any, **kwargs: Any) -> None:
        dock = Dock(command.dock_id)
        dock.dock()
        await self.docks.save(dock)
