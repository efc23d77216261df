"""A saga event handler that crashes."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Saga, saga_event_handler, start_saga


@dataclass(frozen=True)
class ParcelSent:
    parcel_id: str
    weight: int


@dataclass(frozen=True)
class WeighParcel:
    parcel_id: str


class ShippingSaga(Saga):
    @start_saga
    @saga_event_handler(association="parcel_id")
    def on_sent(self, event: ParcelSent) -> None:
        self.kilos = event.weight / 0  # bug
