"""An async command handler that starts a task which waits for ever."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class OpenValve:
    valve_id: str


@dataclass(frozen=True)
class ValveOpened:
    valve_id: str


async def _watch_pressure() -> None:
    await asyncio.Event().wait()  # bug


class Valve(Aggregate):
    @command_handler
    async def open(self, command: OpenValve) -> None:
        asyncio.get_running_loop().create_task(_watch_pressure())
        self.apply(ValveOpened(command.valve_id))

    @event_sourcing_handler
    def on_opened(self, event: ValveOpened) -> None:
        self.id = event.valve_id
