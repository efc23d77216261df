"""A domain module with an event named as one in duplicate_b."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class ShipParcel:
    parcel_id: str


@dataclass(frozen=True)  # bug
class ParcelShipped:
    parcel_id: str


class Parcel(Aggregate):
    @command_handler
    def ship(self, command: ShipParcel) -> None:
        self.apply(ParcelShipped(command.parcel_id))

    @event_sourcing_handler
    def on_shipped(self, event: ParcelShipped) -> None:
        self.id = event.parcel_id
