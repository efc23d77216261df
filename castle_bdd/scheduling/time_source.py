"""Where the scheduling stubs read the current time, and how triggers become instants.

The stubs never read the wall clock themselves: they ask a `TimeSource`, so that a
scenario's frozen clock and its scheduled items always agree on what "now" is.
"""

from __future__ import annotations

import datetime as datetime_module
from datetime import datetime, timedelta, timezone
from typing import Protocol, TypeAlias

from castle_bdd.scheduling.errors import SchedulingError

# One shared tzinfo object: datetimes that share it compare and subtract on C's fast path.
_UTC = timezone.utc

#: When something is due: a delay from now, or an instant (naive instants are UTC).
Trigger: TypeAlias = timedelta | datetime


class TimeSource(Protocol):
    """A clock the stubs can read and move; `castle_bdd.clock.Clock` is one."""

    def now(self) -> datetime:
        """The current instant, timezone-aware."""
        ...

    def move_to(self, instant: datetime) -> None:
        """Make `now` return `instant` from here on."""
        ...


class ManualTimeSource:
    """A time source that moves only when told to: the default for a stub used alone."""

    def __init__(self, start: datetime | None = None) -> None:
        """Start at `start` (naive means UTC), or at the present moment when not given."""
        # read through the module: inside a frozen window, its datetime is the stand-in
        self._now = as_utc(start) if start is not None else datetime_module.datetime.now(_UTC)

    def now(self) -> datetime:
        """The current instant, in UTC."""
        return self._now

    def move_to(self, instant: datetime) -> None:
        """Jump to `instant` (naive means UTC), forwards or backwards."""
        # A timeline moves here once per item it fires, nearly always with a UTC instant.
        if type(instant) is datetime and instant.tzinfo is _UTC:
            self._now = instant
        else:
            self._now = as_utc(instant)

    def advance(self, delta: timedelta) -> None:
        """Move the time on by `delta`."""
        self.move_to(self._now + delta)

    def __repr__(self) -> str:
        """Show the current instant."""
        return f"ManualTimeSource({self._now.isoformat()})"


def as_utc(instant: datetime) -> datetime:
    """`instant` as an aware UTC datetime; a naive one is taken to be UTC already."""
    if not isinstance(instant, datetime):
        raise SchedulingError(f"expected a datetime, got {type(instant).__name__} {instant!r}")
    tzinfo = instant.tzinfo
    if tzinfo is _UTC:
        return instant
    if tzinfo is None or instant.utcoffset() is None:
        return instant.replace(tzinfo=_UTC)
    return instant.astimezone(_UTC)


def resolve_trigger(trigger: Trigger, now: datetime) -> datetime:
    """The UTC instant `trigger` stands for: `now` plus a delay, or the instant itself."""
    if isinstance(trigger, timedelta):
        return as_utc(now) + trigger
    if isinstance(trigger, datetime):
        return as_utc(trigger)
    raise SchedulingError(
        "a trigger must be a timedelta (a delay from now) or a datetime (an instant), "
        f"got {type(trigger).__name__} {trigger!r}"
    )
