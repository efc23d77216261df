"""A saga deadline handler schedules an event whose handler sets the deadline again: a loop."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from castle_bdd import Saga, deadline_handler, saga_event_handler, start_saga


@dataclass(frozen=True)
class BoilerLit:
    boiler_id: str


@dataclass(frozen=True)
class PressureChecked:
    boiler_id: str


class BoilerSaga(Saga):
    @start_saga
    @saga_event_handler(association="boiler_id")
    def on_lit(self, event: BoilerLit) -> None:
        self.boiler_id = event.boiler_id
        self.deadlines.schedule(timedelta(hours=1), "CheckPressure")

    @deadline_handler("CheckPressure")
    def check_pressure(self) -> None:  # bug
        self.scheduler.schedule(timedelta(0), PressureChecked(self.boiler_id))

    @saga_event_handler(association="boiler_id")
    def on_checked(self, event: PressureChecked) -> None:
        self.deadlines.schedule(timedelta(0), "CheckPressure")
