"""A deadline handler that schedules its own deadline again, at once: a loop."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from castle_bdd import Aggregate, command_handler, deadline_handler, event_sourcing_handler


@dataclass(frozen=True)
class StartHeartbeat:
    monitor_id: str


@dataclass(frozen=True)
class HeartbeatStarted:
    monitor_id: str


class Monitor(Aggregate):
    @command_handler
    def start(self, command: StartHeartbeat) -> None:
        self.apply(HeartbeatStarted(command.monitor_id))
        self.deadlines.schedule(timedelta(0), "Beat", command.monitor_id)

    @deadline_handler("Beat")
    def beat(self, payload: str) -> None:  # bug
        self.deadlines.schedule(timedelta(0), "Beat", payload)

    @event_sourcing_handler
    def on_started(self, event: HeartbeatStarted) -> None:
        self.id = event.monitor_id
