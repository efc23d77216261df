"""A deadline handler that crashes when its deadline falls due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from castle_bdd import Aggregate, command_handler, deadline_handler, event_sourcing_handler


@dataclass(frozen=True)
class SetReminder:
    reminder_id: str


@dataclass(frozen=True)
class ReminderSet:
    reminder_id: str


@dataclass(frozen=True)
class ReminderDue:
    reminder_id: str


class Reminder(Aggregate):
    @command_handler
    def set(self, command: SetReminder) -> None:
        self.apply(ReminderSet(command.reminder_id))
        self.deadlines.schedule(timedelta(days=1), "RingBell", ReminderDue(command.reminder_id))

    @deadline_handler("RingBell")
    def ring(self, payload: ReminderDue) -> None:
        self.rings = self.rings + 1  # type: ignore[has-type]  # bug

    @event_sourcing_handler
    def on_set(self, event: ReminderSet) -> None:
        self.id = event.reminder_id
