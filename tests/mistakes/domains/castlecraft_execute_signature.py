"""A castlecraft command handler whose execute takes no subject_id: castlecraft passes one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from castlecraft_engineer.abstractions.command import Command
from castlecraft_engineer.abstractions.command_handler import CommandHandler
from castlecraft_engineer.abstractions.event import Event
from castlecraft_engineer.abstractions.event_sourced_aggregate import EventSourcedAggregate
from castlecraft_engineer.abstractions.event_store import EventStore


@dataclass(frozen=True)
class RingBuoy(Command):
    buoy_id: str


@dataclass(frozen=True, kw_only=True)
class BuoyRung(Event):
    buoy_id: str


class Buoy(EventSourcedAggregate[str]):
    def __init__(self, id: str, version: int = -1) -> None:
        self.rings = 0
        super().__init__(id, version)

    def _register_event_appliers(self) -> None:
        self._register_applier(BuoyRung, self._rung)

    def ring(self) -> None:
        self._record_and_apply_event(BuoyRung(buoy_id=self.id))

    def _rung(self, event: Any) -> None:
        self.rings += 1

    def _get_snapshot_state(self) -> Any:
        return {"rings": self.rings}

    def _apply_snapshot_state(self, state: Any) -> None:
        self.rings = state["rings"]


class RingBuoyHandler(CommandHandler[RingBuoy]):
    def __init__(self, store: EventStore[str]) -> None:
        self.store = store

    async def execute(self, command: RingBuoy) -> None:  # type: ignore[override]  # bug
        buoy = Buoy(command.buoy_id)
        buoy.ring()
        await self.store.append_events(buoy.id, -1, buoy.pull_uncommitted_events())
