"""An async command handler that asks next() of an empty list of seats."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class CinemaOpened:
    cinema_id: str


@dataclass(frozen=True)
class ReserveSeat:
    cinema_id: str
    row: str


@dataclass(frozen=True)
class SeatReserved:
    cinema_id: str
    seat: str


class Cinema(Aggregate):
    def __init__(self) -> None:
        self.free: list[str] = []

    @command_handler
    async def reserve(self, command: ReserveSeat) -> None:
        seat = next(s for s in self.free if s.startswith(command.row))  # bug
        self.apply(SeatReserved(command.cinema_id, seat))

    @event_sourcing_handler
    def on_opened(self, event: CinemaOpened) -> None:
        self.id = event.cinema_id
