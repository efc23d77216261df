"""An async command handler that crashes after awaiting."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class BookSeat:
    seat_id: str


@dataclass(frozen=True)
class SeatBooked:
    seat_id: str


class Seat(Aggregate):
    @command_handler
    async def book(self, command: BookSeat) -> None:
        await asyncio.sleep(0)
        row = {"A": 1}[command.seat_id[0]]  # bug
        self.apply(SeatBooked(command.seat_id + str(row)))

    @event_sourcing_handler
    def on_booked(self, event: SeatBooked) -> None:
        self.id = event.seat_id
