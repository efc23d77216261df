"""Event scheduler and deadline manager stubs whose items fire in time order, interleaved.

A `StubEventScheduler` and a `StubDeadlineManager` that share one `Timeline` fire their
scheduled events and deadlines in order of due time (ties in scheduling order), with the
clock reading each item's due time while it is handled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from castle_bdd.lazy import lazy_exports

if TYPE_CHECKING:
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

# A run that schedules nothing (most aggregate suites) should not pay for the timeline
# and the stubs: each name is imported from its module when first asked for.
_HOMES = {
    "Dispatch": "castle_bdd.scheduling.items",
    "ItemKind": "castle_bdd.scheduling.items",
    "ManualTimeSource": "castle_bdd.scheduling.time_source",
    "ScheduleToken": "castle_bdd.scheduling.items",
    "ScheduledItem": "castle_bdd.scheduling.items",
    "SchedulingError": "castle_bdd.scheduling.errors",
    "StubDeadlineManager": "castle_bdd.scheduling.deadline_manager",
    "StubEventScheduler": "castle_bdd.scheduling.event_scheduler",
    "TimeSource": "castle_bdd.scheduling.time_source",
    "Timeline": "castle_bdd.scheduling.timeline",
    "Trigger": "castle_bdd.scheduling.time_source",
    "as_utc": "castle_bdd.scheduling.time_source",
    "resolve_trigger": "castle_bdd.scheduling.time_source",
}

__getattr__ = lazy_exports(__name__, _HOMES, globals())
