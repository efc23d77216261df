"""A creation command handler with a misspelt name."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler
from castle_bdd.domain import CreationPolicy


@dataclass(frozen=True)
class RegisterBike:
    bike_id: str


@dataclass(frozen=True)
class BikeRegistered:
    bike_id: str
    frame: str


class Bike(Aggregate):
    @command_handler(creation_policy=CreationPolicy.ALWAYS)
    def register(self, command: RegisterBike) -> None:
        self.apply(BikeRegistered(command.bike_id, frame_size))  # type: ignore[name-defined]  # noqa: F821  # bug

    @event_sourcing_handler
    def on_registered(self, event: BikeRegistered) -> None:
        self.id = event.bike_id
