"""A saga deadline handler that schedules its own deadline again, at once: a loop."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from castle_bdd import Saga, deadline_handler, saga_event_handler, start_saga


@dataclass(frozen=True)
class KettleFilled:
    kettle_id: str


@dataclass(frozen=True)
class CheckKettle:
    kettle_id: str


class KettleSaga(Saga):
    @start_saga
    @saga_event_handler(association="kettle_id")
    def on_filled(self, event: KettleFilled) -> None:
        self.kettle_id = event.kettle_id
        self.deadlines.schedule(timedelta(hours=1), "Check")

    @deadline_handler("Check")
    def check(self) -> None:  # bug
        self.commands.send(CheckKettle(self.kettle_id))
        self.deadlines.schedule(timedelta(0), "Check")
