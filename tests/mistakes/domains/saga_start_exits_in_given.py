"""A saga's async start handler ends the process on an event of the Given."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from castle_bdd import Saga, end_saga, saga_event_handler, start_saga


@dataclass(frozen=True)
class CruiseBooked:
    cruise_id: str
    cabins: int


@dataclass(frozen=True)
class CruiseCancelled:
    cruise_id: str


class CruiseSaga(Saga):
    @start_saga
    @saga_event_handler(association="cruise_id")
    async def on_booked(self, event: CruiseBooked) -> None:
        if event.cabins > 1:
            sys.exit("one cabin per booking")  # bug
        self.cabins = event.cabins

    @end_saga
    @saga_event_handler(association="cruise_id")
    def on_cancelled(self, event: CruiseCancelled) -> None:
        pass
