"""StubEventScheduler: scheduling, cancelling, rescheduling and moving time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest

from castle_bdd.scheduling import (
    ManualTimeSource,
    ScheduledItem,
    SchedulingError,
    StubEventScheduler,
    Timeline,
)

from .support import DAY, HOUR, START, payloads


@dataclass(frozen=True)
class InvoiceOverdue:
    invoice_id: str


@pytest.fixture
def alone() -> StubEventScheduler:
    """An event scheduler used on its own, on a clock standing at `START`."""
    return StubEventScheduler(ManualTimeSource(START))


def test_schedule_after_a_delay_is_due_that_long_from_now(alone: StubEventScheduler) -> None:
    alone.schedule(timedelta(days=30), InvoiceOverdue("INV-1"))
    [item] = alone.scheduled_items
    assert item.due == START + timedelta(days=30)
    assert item.payload == InvoiceOverdue("INV-1")
    assert item.kind == "event"


def test_schedule_at_an_instant_naive_meaning_utc(alone: StubEventScheduler) -> None:
    alone.schedule(datetime(2026, 2, 1), "naive")
    alone.schedule(datetime(2026, 2, 1, 1, 0, tzinfo=timezone(timedelta(hours=1))), "aware")
    first_of_february = datetime(2026, 2, 1, tzinfo=timezone.utc)
    assert [item.due for item in alone.scheduled_items] == [first_of_february] * 2


def test_schedule_rejects_a_trigger_of_the_wrong_type(alone: StubEventScheduler) -> None:
    with pytest.raises(SchedulingError, match="got str '30 days'"):
        alone.schedule("30 days", "x")  # type: ignore[arg-type]


def test_scheduled_items_are_in_due_order(alone: StubEventScheduler) -> None:
    alone.schedule(2 * DAY, "b")
    alone.schedule(DAY, "a")
    alone.schedule(2 * DAY, "c")
    assert payloads(alone.scheduled_items) == ["a", "b", "c"]


def test_cancel_removes_the_event(alone: StubEventScheduler) -> None:
    token = alone.schedule(DAY, "cancelled")
    alone.schedule(DAY, "kept")
    alone.cancel(token)
    assert payloads(alone.scheduled_items) == ["kept"]
    assert payloads(alone.advance_time_by(DAY)) == ["kept"]


def test_cancel_ignores_fired_cancelled_and_foreign_tokens(alone: StubEventScheduler) -> None:
    fired = alone.schedule(HOUR, "fired")
    cancelled = alone.schedule(DAY, "cancelled")
    alone.advance_time_by(HOUR)
    alone.cancel(cancelled)
    alone.cancel(cancelled)
    alone.cancel(fired)
    alone.cancel(StubEventScheduler().schedule(HOUR, "elsewhere"))
    alone.cancel(None)  # type: ignore[arg-type]
    assert alone.scheduled_items == []


def test_cancel_schedule_is_cancel(alone: StubEventScheduler) -> None:
    alone.cancel_schedule(alone.schedule(DAY, "x"))
    assert alone.scheduled_items == []


def test_reschedule_moves_the_same_event(alone: StubEventScheduler) -> None:
    token = alone.schedule(DAY, "moved")
    new_token = alone.reschedule(token, 2 * DAY)
    [item] = alone.scheduled_items
    assert (item.payload, item.due, item.token) == ("moved", START + 2 * DAY, new_token)
    assert new_token != token


def test_reschedule_can_replace_the_event(alone: StubEventScheduler) -> None:
    token = alone.schedule(DAY, "old")
    alone.reschedule(token, HOUR, "new")
    assert payloads(alone.scheduled_items) == ["new"]


def test_reschedule_of_a_fired_token_with_an_event_schedules_it(alone: StubEventScheduler) -> None:
    token = alone.schedule(HOUR, "fired")
    alone.advance_time_by(HOUR)
    alone.reschedule(token, HOUR, "again")
    assert payloads(alone.scheduled_items) == ["again"]


def test_reschedule_of_a_fired_token_without_an_event_fails(alone: StubEventScheduler) -> None:
    token = alone.schedule(HOUR, "fired")
    alone.advance_time_by(HOUR)
    with pytest.raises(SchedulingError, match=r"not pending .* and no event was given"):
        alone.reschedule(token, HOUR)


def test_next_scheduled_event(alone: StubEventScheduler) -> None:
    assert alone.next_scheduled_event() is None
    alone.schedule(2 * DAY, "later")
    alone.schedule(DAY, "sooner")
    item = alone.next_scheduled_event()
    assert item is not None and item.payload == "sooner"


def test_advance_time_by_returns_and_dispatches_fired_events(alone: StubEventScheduler) -> None:
    dispatched: list[ScheduledItem] = []
    alone.schedule(DAY, "a")
    alone.schedule(3 * DAY, "b")
    fired = alone.advance_time_by(2 * DAY, dispatched.append)
    assert payloads(fired) == ["a"]
    assert dispatched == fired
    assert alone.current_time == START + 2 * DAY


def test_advance_time_to_fires_up_to_the_instant(alone: StubEventScheduler) -> None:
    alone.schedule(DAY, "a")
    alone.schedule(3 * DAY, "b")
    assert payloads(alone.advance_time_to(START + 3 * DAY)) == ["a", "b"]
    assert alone.current_time == START + 3 * DAY
    assert alone.scheduled_items == []


def test_advance_to_next_trigger_fires_one_event(alone: StubEventScheduler) -> None:
    alone.schedule(DAY, "a")
    alone.schedule(DAY, "b")
    item = alone.advance_to_next_trigger()
    assert item is not None and item.payload == "a"
    assert alone.current_time == START + DAY
    assert payloads(alone.scheduled_items) == ["b"]


def test_advance_to_next_trigger_with_nothing_scheduled(alone: StubEventScheduler) -> None:
    assert alone.advance_to_next_trigger() is None
    assert alone.current_time == START


def test_an_event_scheduled_in_the_past_fires_on_the_next_move(alone: StubEventScheduler) -> None:
    alone.schedule(-DAY, "overdue")
    assert payloads(alone.advance_time_by(timedelta(0))) == ["overdue"]
    assert alone.current_time == START


def test_initialize_at_sets_the_time_before_scheduling(alone: StubEventScheduler) -> None:
    alone.initialize_at(datetime(2020, 5, 1))
    alone.schedule(DAY, "x")
    assert alone.current_time == datetime(2020, 5, 1, tzinfo=timezone.utc)
    assert alone.scheduled_items[0].due == datetime(2020, 5, 2, tzinfo=timezone.utc)


def test_initialize_at_after_scheduling_fails(alone: StubEventScheduler) -> None:
    alone.schedule(DAY, "x")
    with pytest.raises(SchedulingError, match="before anything is scheduled; 1 item"):
        alone.initialize_at(START)


def test_a_scheduler_without_a_clock_uses_a_manual_one_at_the_present() -> None:
    scheduler = StubEventScheduler()
    assert isinstance(scheduler.time_source, ManualTimeSource)
    assert abs(scheduler.current_time - datetime.now(timezone.utc)) < timedelta(minutes=1)


def test_a_scheduler_given_a_clock_moves_it(clock: ManualTimeSource) -> None:
    scheduler = StubEventScheduler(clock)
    scheduler.advance_time_by(DAY)
    assert clock.now() == START + DAY
    assert scheduler.time_source is clock


def test_a_scheduler_shares_the_timeline_it_is_given(timeline: Timeline) -> None:
    scheduler = StubEventScheduler(timeline.time_source, timeline)
    scheduler.schedule(DAY, "x")
    assert scheduler.timeline is timeline
    assert payloads(timeline.pending()) == ["x"]


def test_a_timeline_and_a_different_clock_are_refused(timeline: Timeline) -> None:
    with pytest.raises(SchedulingError, match="pass only the timeline"):
        StubEventScheduler(ManualTimeSource(START), timeline)
