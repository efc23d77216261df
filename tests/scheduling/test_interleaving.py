"""An event scheduler and a deadline manager on one timeline fire interleaved, in order."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from castle_bdd.scheduling import (
    ScheduledItem,
    SchedulingError,
    StubDeadlineManager,
    StubEventScheduler,
    Timeline,
)

from .support import DAY, HOUR, START, payloads


def test_events_and_deadlines_fire_in_due_order(
    timeline: Timeline, scheduler: StubEventScheduler, deadlines: StubDeadlineManager
) -> None:
    scheduler.schedule(3 * HOUR, "event at 3")
    deadlines.schedule(2 * HOUR, "Deadline", "deadline at 2")
    scheduler.schedule(HOUR, "event at 1")
    deadlines.schedule(4 * HOUR, "Deadline", "deadline at 4")
    fired = timeline.advance_to(START + DAY)
    assert payloads(fired) == ["event at 1", "deadline at 2", "event at 3", "deadline at 4"]
    assert [item.kind for item in fired] == ["event", "deadline", "event", "deadline"]


def test_ties_between_kinds_fire_in_scheduling_order(
    scheduler: StubEventScheduler, deadlines: StubDeadlineManager
) -> None:
    deadlines.schedule(HOUR, "Deadline", "deadline first")
    scheduler.schedule(HOUR, "event second")
    deadlines.schedule(HOUR, "Deadline", "deadline third")
    assert payloads(scheduler.advance_time_by(HOUR)) == [
        "deadline first",
        "event second",
        "deadline third",
    ]


def test_each_stub_sees_only_its_own_pending_items(
    scheduler: StubEventScheduler, deadlines: StubDeadlineManager
) -> None:
    scheduler.schedule(HOUR, "event")
    deadlines.schedule(HOUR, "Deadline", "deadline")
    assert payloads(scheduler.scheduled_items) == ["event"]
    assert payloads(deadlines.scheduled_deadlines) == ["deadline"]


def test_moving_time_through_the_scheduler_triggers_deadlines(
    scheduler: StubEventScheduler, deadlines: StubDeadlineManager
) -> None:
    deadlines.schedule(HOUR, "PaymentDue")
    scheduler.advance_time_by(DAY)
    assert [item.deadline_name for item in deadlines.triggered_deadlines] == ["PaymentDue"]
    assert deadlines.current_time == scheduler.current_time == START + DAY


def test_the_clock_reads_each_due_time_across_kinds(
    timeline: Timeline, scheduler: StubEventScheduler, deadlines: StubDeadlineManager
) -> None:
    seen: list[tuple[object, datetime]] = []
    scheduler.schedule(2 * HOUR, "event")
    deadlines.schedule(HOUR, "Deadline", "deadline")
    timeline.advance_by(DAY, lambda item: seen.append((item.payload, scheduler.current_time)))
    assert seen == [("deadline", START + HOUR), ("event", START + 2 * HOUR)]


def test_a_deadline_handler_schedules_an_event_that_fires_in_the_window(
    timeline: Timeline, scheduler: StubEventScheduler, deadlines: StubDeadlineManager
) -> None:
    def handle(item: ScheduledItem) -> None:
        if item.deadline_name == "PaymentDue":
            scheduler.schedule(HOUR, "reminder after deadline")
        elif item.payload == "reminder after deadline":
            deadlines.schedule(timedelta(0), "Escalation", "escalation")

    deadlines.schedule(HOUR, "PaymentDue", "deadline")
    scheduler.schedule(3 * HOUR, "unrelated event")
    fired = timeline.advance_by(DAY, handle)
    assert payloads(fired) == [
        "deadline",
        "reminder after deadline",
        "escalation",
        "unrelated event",
    ]
    assert [item.due for item in fired] == [
        START + HOUR,
        START + 2 * HOUR,
        START + 2 * HOUR,
        START + 3 * HOUR,
    ]


def test_an_event_handler_cancels_a_deadline(
    timeline: Timeline, scheduler: StubEventScheduler, deadlines: StubDeadlineManager
) -> None:
    deadline_id = deadlines.schedule(2 * HOUR, "PaymentDue", scope="INV-1")
    token = scheduler.schedule(HOUR, "InvoicePaid")
    timeline.advance_by(DAY, lambda item: deadlines.cancel_schedule("PaymentDue", deadline_id))
    assert deadlines.triggered_deadlines == []
    assert token not in timeline


def test_a_deadline_handler_cancels_an_event(
    timeline: Timeline, scheduler: StubEventScheduler, deadlines: StubDeadlineManager
) -> None:
    token = scheduler.schedule(2 * HOUR, "InvoiceOverdue")
    deadlines.schedule(HOUR, "Cancel")
    fired = timeline.advance_by(DAY, lambda item: scheduler.cancel(token))
    assert [item.kind for item in fired] == ["deadline"]


def test_the_scheduler_cannot_cancel_a_deadline_by_its_token(
    scheduler: StubEventScheduler, deadlines: StubDeadlineManager
) -> None:
    deadlines.schedule(HOUR, "PaymentDue")
    scheduler.cancel(deadlines.scheduled_deadlines[0].token)
    assert len(deadlines.scheduled_deadlines) == 1


def test_advance_to_next_event_fires_an_earlier_deadline_first(
    scheduler: StubEventScheduler, deadlines: StubDeadlineManager
) -> None:
    scheduler.schedule(2 * HOUR, "event")
    deadlines.schedule(HOUR, "Earlier")
    deadlines.schedule(3 * HOUR, "Later")
    item = scheduler.advance_to_next_trigger()
    assert item is not None and item.payload == "event"
    assert [item.deadline_name for item in deadlines.triggered_deadlines] == ["Earlier"]
    assert [item.deadline_name for item in deadlines.scheduled_deadlines] == ["Later"]


def test_advance_to_next_deadline_fires_an_earlier_event_first(
    scheduler: StubEventScheduler, deadlines: StubDeadlineManager
) -> None:
    dispatched: list[object] = []
    scheduler.schedule(HOUR, "event")
    deadlines.schedule(2 * HOUR, "PaymentDue", "deadline")
    item = deadlines.advance_to_next_trigger(lambda fired: dispatched.append(fired.payload))
    assert item is not None and item.deadline_name == "PaymentDue"
    assert dispatched == ["event", "deadline"]
    assert scheduler.scheduled_items == []


def test_initialize_at_is_refused_while_the_other_stub_has_items(
    scheduler: StubEventScheduler, deadlines: StubDeadlineManager
) -> None:
    deadlines.schedule(HOUR, "PaymentDue")
    with pytest.raises(SchedulingError, match="before anything is scheduled"):
        scheduler.initialize_at(START - DAY)
