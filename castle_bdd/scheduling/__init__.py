"""Event scheduler and deadline manager stubs whose items fire in time order, interleaved.

A `StubEventScheduler` and a `StubDeadlineManager` that share one `Timeline` fire their
scheduled events and deadlines in order of due time (ties in scheduling order), with the
clock reading each item's due time while it is handled.
"""

from __future__ import annotations

from castle_bdd.scheduling.deadline_manager import StubDeadlineManager
from castle_bdd.scheduling.errors import SchedulingError
from castle_bdd.scheduling.event_scheduler import StubEventScheduler
from castle_bdd.scheduling.items import Dispatch, ItemKind, ScheduledItem, ScheduleToken
from castle_bdd.scheduling.time_source import (
    ManualTimeSource,
    TimeSource,
    Trigger,
    as_utc,
    resolve_trigger,
)
from castle_bdd.scheduling.timeline import Timeline

__all__ = [
    "Dispatch",
    "ItemKind",
    "ManualTimeSource",
    "ScheduleToken",
    "ScheduledItem",
    "SchedulingError",
    "StubDeadlineManager",
    "StubEventScheduler",
    "TimeSource",
    "Timeline",
    "Trigger",
    "as_utc",
    "resolve_trigger",
]
