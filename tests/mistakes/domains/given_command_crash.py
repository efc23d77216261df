"""A command handler with a bug, its command sent by a Given step."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class RentBoat:
    boat_id: str
    hours: int


@dataclass(frozen=True)
class DockBoat:
    boat_id: str


@dataclass(frozen=True)
class BoatRented:
    boat_id: str
    hours: int


@dataclass(frozen=True)
class BoatDocked:
    boat_id: str


class RowingBoat(Aggregate):
    @command_handler
    def rent(self, command: RentBoat) -> None:
        self.apply(BoatRented(command.boat_id, command.hour))  # type: ignore[attr-defined]  # bug

    @command_handler
    def dock(self, command: DockBoat) -> None:
        self.apply(BoatDocked(command.boat_id))

    @event_sourcing_handler
    def on_rented(self, event: BoatRented) -> None:
        self.id = event.boat_id

    @event_sourcing_handler
    def on_docked(self, event: BoatDocked) -> None:
        pass
