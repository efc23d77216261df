"""The public names of castle_bdd.scheduling."""

from __future__ import annotations

import castle_bdd.scheduling as scheduling


def test_all_is_pinned_and_sorted() -> None:
    assert scheduling.__all__ == [
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
    assert scheduling.__all__ == sorted(scheduling.__all__)


def test_every_public_name_exists_and_is_documented() -> None:
    for name in scheduling.__all__:
        value = getattr(scheduling, name)
        if callable(value) and not name.startswith(("Dispatch", "ItemKind", "Trigger")):
            assert value.__doc__, f"{name} has no docstring"


def test_scheduling_error_is_a_castle_bdd_error() -> None:
    from castle_bdd.errors import CastleBddError

    assert issubclass(scheduling.SchedulingError, CastleBddError)
