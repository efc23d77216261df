"""A deadline handler that raises a domain exception of its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from castle_bdd import Aggregate, command_handler, deadline_handler, event_sourcing_handler


class AlarmJammed(Exception):
    pass


@dataclass(frozen=True)
class ArmAlarm:
    alarm_id: str


@dataclass(frozen=True)
class AlarmArmed:
    alarm_id: str


class Alarm(Aggregate):
    @command_handler
    def arm(self, command: ArmAlarm) -> None:
        self.apply(AlarmArmed(command.alarm_id))
        self.deadlines.schedule(timedelta(hours=1), "Sound", command.alarm_id)

    @deadline_handler("Sound")
    def sound(self, payload: str) -> None:
        raise AlarmJammed("the bell is stuck")  # bug

    @event_sourcing_handler
    def on_armed(self, event: AlarmArmed) -> None:
        self.id = event.alarm_id
