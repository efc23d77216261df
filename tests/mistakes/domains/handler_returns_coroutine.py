"""A plain command handler that returns the coroutine of an async helper, never awaited."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class RingBell:
    bell_id: str
    times: int


@dataclass(frozen=True)
class BellRung:
    bell_id: str
    times: int


class Bell(Aggregate):
    @command_handler
    def ring(self, command: RingBell) -> object:
        return self._ring(command)  # the async helper's coroutine: nothing awaits it

    async def _ring(self, command: RingBell) -> None:
        await asyncio.sleep(0)
        self.apply(BellRung(command.bell_id, command.times // self.rope))  # type: ignore[attr-defined]  # bug

    @event_sourcing_handler
    def on_rung(self, event: BellRung) -> None:
        self.id = event.bell_id
