"""A stand-in for an event scheduler: events wait on a timeline until time reaches them."""

from __future__ import annotations

from typing import ClassVar

from castle_bdd.scheduling._stub import TimelineStub
from castle_bdd.scheduling.errors import SchedulingError
from castle_bdd.scheduling.items import ItemKind, ScheduledItem, ScheduleToken
from castle_bdd.scheduling.time_source import Trigger


class StubEventScheduler(TimelineStub):
    """Schedules events for later publication and shows what is scheduled for when.

    Nothing fires on its own: time moves only through `advance_time_by`,
    `advance_time_to` and `advance_to_next_trigger` (or the shared `Timeline`). A
    timeline serves one event scheduler: every event on it counts as this one's.
    """

    _kind: ClassVar[ItemKind] = "event"

    def schedule(self, trigger: Trigger, event: object) -> ScheduleToken:
        """Publish `event` after a timedelta, or at a datetime (naive means UTC).

        A trigger in the past is accepted; the event fires the next time time moves.
        """
        return self._timeline.add(trigger, event, "event").token

    def cancel(self, token: ScheduleToken) -> None:
        """Forget the event `token` names; a fired, cancelled or unknown token is ignored."""
        self._timeline.remove(token, "event")

    cancel_schedule = cancel

    def reschedule(
        self, token: ScheduleToken, trigger: Trigger, event: object | None = None
    ) -> ScheduleToken:
        """Cancel what `token` names and schedule `event` (or the same event) anew."""
        previous = self._timeline.remove(token, "event")
        if event is None:
            if previous is None:
                raise SchedulingError(
                    f"cannot reschedule {token!r}: it is not pending (fired or cancelled) "
                    "and no event was given to schedule instead"
                )
            event = previous.payload
        return self.schedule(trigger, event)

    @property
    def scheduled_items(self) -> list[ScheduledItem]:
        """The events waiting to be published, in the order they will fire."""
        return self._timeline.pending("event")

    def next_scheduled_event(self) -> ScheduledItem | None:
        """The event that fires next, or None if none is scheduled."""
        return self._timeline.next_pending("event")
