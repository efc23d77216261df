"""A saga event handler that schedules the event it handles again, at once: a loop."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from castle_bdd import Saga, saga_event_handler, start_saga


@dataclass(frozen=True)
class SprinklerStarted:
    zone_id: str


@dataclass(frozen=True)
class WaterPulse:
    zone_id: str


class SprinklerSaga(Saga):
    @start_saga
    @saga_event_handler(association="zone_id")
    def on_started(self, event: SprinklerStarted) -> None:
        self.scheduler.schedule(timedelta(minutes=10), WaterPulse(event.zone_id))

    @saga_event_handler(association="zone_id")
    def on_pulse(self, event: WaterPulse) -> None:  # bug
        self.scheduler.schedule(timedelta(0), WaterPulse(event.zone_id))
