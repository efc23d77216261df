"""What the event scheduler and deadline manager stubs share: a timeline and its time."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import ClassVar

from castle_bdd.scheduling.errors import SchedulingError
from castle_bdd.scheduling.items import Dispatch, ItemKind, ScheduledItem
from castle_bdd.scheduling.time_source import TimeSource, as_utc
from castle_bdd.scheduling.timeline import Timeline


class TimelineStub:
    """Base of the scheduling stubs: reads and moves time through a (shared) `Timeline`."""

    _kind: ClassVar[ItemKind]

    def __init__(
        self, time_source: TimeSource | None = None, timeline: Timeline | None = None
    ) -> None:
        """Use `timeline` (shared with other stubs) or a new one over `time_source`."""
        self._timeline = _timeline_for(time_source, timeline)

    @property
    def timeline(self) -> Timeline:
        """The timeline this stub puts its items on."""
        return self._timeline

    @property
    def time_source(self) -> TimeSource:
        """The clock this stub reads and moves."""
        return self._timeline.time_source

    @property
    def current_time(self) -> datetime:
        """The current instant, in UTC."""
        return self._timeline.now()

    def initialize_at(self, instant: datetime) -> None:
        """Set the current time to `instant` (naive means UTC); only before scheduling."""
        if len(self._timeline):
            raise SchedulingError(
                "the current time can only be set before anything is scheduled; "
                f"{len(self._timeline)} item(s) are pending"
            )
        self._timeline.time_source.move_to(as_utc(instant))

    def advance_time_to(
        self, instant: datetime, dispatch: Dispatch | None = None
    ) -> list[ScheduledItem]:
        """Move time to `instant`, firing everything due by then in order; returns it.

        On a shared timeline this fires the other stub's items too, interleaved.
        """
        return self._timeline.advance_to(instant, dispatch)

    def advance_time_by(
        self, delta: timedelta, dispatch: Dispatch | None = None
    ) -> list[ScheduledItem]:
        """Move time on by `delta`, firing everything due by then in order; returns it."""
        return self._timeline.advance_by(delta, dispatch)

    def advance_to_next_trigger(self, dispatch: Dispatch | None = None) -> ScheduledItem | None:
        """Move time to this stub's next item and fire it (and anything due before it).

        Returns the item, or None if this stub has nothing pending.
        """
        return self._timeline.advance_to_next(self._kind, dispatch)


def _timeline_for(time_source: TimeSource | None, timeline: Timeline | None) -> Timeline:
    if timeline is None:
        return Timeline(time_source)
    if time_source is not None and time_source is not timeline.time_source:
        raise SchedulingError(
            "a stub given both a timeline and a time source needs them to agree: "
            "pass only the timeline, which already has a time source"
        )
    return timeline
