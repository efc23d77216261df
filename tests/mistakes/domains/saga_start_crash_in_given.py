"""A saga's start handler crashes on an event of the Given."""

from __future__ import annotations

from dataclasses import dataclass

from castle_bdd import Saga, end_saga, saga_event_handler, start_saga


@dataclass(frozen=True)
class TripBooked:
    trip_id: str
    legs: int


@dataclass(frozen=True)
class TripCancelled:
    trip_id: str


class TripSaga(Saga):
    @start_saga
    @saga_event_handler(association="trip_id")
    def on_booked(self, event: TripBooked) -> None:
        self.legs = list(range(event.legs))
        self.first = self.legs[event.legs]  # bug

    @end_saga
    @saga_event_handler(association="trip_id")
    def on_cancelled(self, event: TripCancelled) -> None:
        pass
