"""An async command handler whose TaskGroup has a task that crashes."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class CoolSmoker:
    smoker_id: str
    fans: int


@dataclass(frozen=True)
class SmokerCooled:
    smoker_id: str


_SPEEDS = {0: 900, 1: 1200}


async def _spin(fan: int) -> int:
    await asyncio.sleep(0)
    return _SPEEDS[fan]  # bug


class Smoker(Aggregate):
    @command_handler
    async def cool(self, command: CoolSmoker) -> None:
        async with asyncio.TaskGroup() as group:
            for fan in range(command.fans):
                group.create_task(_spin(fan))
        self.apply(SmokerCooled(command.smoker_id))

    @event_sourcing_handler
    def on_cooled(self, event: SmokerCooled) -> None:
        self.id = event.smoker_id
