"""An async command handler that starts a task and does not await it; the task crashes."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class RingChime:
    chime_id: str


@dataclass(frozen=True)
class ChimeRang:
    chime_id: str


_CHIMES: dict[str, int] = {}


async def _chime(chime_id: str) -> int:
    return _CHIMES[chime_id]  # bug


class Chime(Aggregate):
    @command_handler
    async def ring(self, command: RingChime) -> None:
        asyncio.get_running_loop().create_task(_chime(command.chime_id))
        self.apply(ChimeRang(command.chime_id))

    @event_sourcing_handler
    def on_rang(self, event: ChimeRang) -> None:
        self.id = event.chime_id
