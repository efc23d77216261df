"""An async command handler that awaits a helper with a bug."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


async def _fetch_quota(lane: str) -> int:
    await asyncio.sleep(0)
    return len(lane) + None  # type: ignore[operator]  # bug


@dataclass(frozen=True)
class LaneOpened:
    lane_id: str


@dataclass(frozen=True)
class ReserveLane:
    lane_id: str


@dataclass(frozen=True)
class LaneReserved:
    lane_id: str
    quota: int


class Lane(Aggregate):
    @command_handler
    async def reserve(self, command: ReserveLane) -> None:
        quota = await _fetch_quota(command.lane_id)
        self.apply(LaneReserved(command.lane_id, quota))

    @event_sourcing_handler
    def on_opened(self, event: LaneOpened) -> None:
        self.id = event.lane_id

    @event_sourcing_handler
    def on_reserved(self, event: LaneReserved) -> None:
        pass
