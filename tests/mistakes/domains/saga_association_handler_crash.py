"""A saga handler found through an added association crashes."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Saga, saga_event_handler, start_saga


@dataclass(frozen=True)
class ParcelPacked:
    parcel_id: str
    courier: str


@dataclass(frozen=True)
class ParcelCollected:
    parcel_id: str
    courier: str


@dataclass(frozen=True)
class NotifyCourier:
    courier: str


class CollectionSaga(Saga):
    @start_saga
    @saga_event_handler(association="parcel_id")
    def on_packed(self, event: ParcelPacked) -> None:
        self.associate_with("courier", event.courier)
        self.couriers = {event.courier: 0}

    @saga_event_handler(association="courier")
    def on_collected(self, event: ParcelCollected) -> None:
        self.couriers[event.courier.lower()] += 1  # bug
        self.commands.send(NotifyCourier(event.courier))
