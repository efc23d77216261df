"""StubDeadlineManager: scheduling, the cancellations, triggered deadlines and time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from castle_bdd.scheduling import (
    ManualTimeSource,
    ScheduledItem,
    SchedulingError,
    StubDeadlineManager,
)

from .support import DAY, HOUR, START, payloads


@pytest.fixture
def alone() -> StubDeadlineManager:
    """A deadline manager used on its own, on a clock standing at `START`."""
    return StubDeadlineManager(ManualTimeSource(START))


def names(items: list[ScheduledItem]) -> list[str | None]:
    """The deadline names of `items`, in order."""
    return [item.deadline_name for item in items]


def test_schedule_returns_an_id_and_records_the_deadline(alone: StubDeadlineManager) -> None:
    deadline_id = alone.schedule(timedelta(days=30), "PaymentDue", {"amount": 100}, "INV-1")
    [item] = alone.scheduled_deadlines
    assert (item.deadline_id, item.deadline_name) == (deadline_id, "PaymentDue")
    assert (item.payload, item.scope, item.kind) == ({"amount": 100}, "INV-1", "deadline")
    assert item.due == START + timedelta(days=30)


def test_deadline_ids_are_distinct(alone: StubDeadlineManager) -> None:
    ids = {alone.schedule(DAY, "PaymentDue") for _ in range(3)}
    assert len(ids) == 3


def test_schedule_at_an_instant_naive_meaning_utc(alone: StubDeadlineManager) -> None:
    alone.schedule(datetime(2026, 3, 1), "PaymentDue")
    assert alone.scheduled_deadlines[0].due == datetime(2026, 3, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize("name", ["", None, 42])
def test_schedule_needs_a_name(alone: StubDeadlineManager, name: object) -> None:
    with pytest.raises(SchedulingError, match="a deadline needs a non-empty name"):
        alone.schedule(DAY, name)  # type: ignore[arg-type]


def test_schedule_rejects_a_trigger_of_the_wrong_type(alone: StubDeadlineManager) -> None:
    with pytest.raises(SchedulingError, match="a trigger must be a timedelta"):
        alone.schedule(30, "PaymentDue")  # type: ignore[arg-type]


def test_cancel_schedule_cancels_only_the_named_deadline(alone: StubDeadlineManager) -> None:
    first = alone.schedule(DAY, "PaymentDue")
    second = alone.schedule(DAY, "PaymentDue")
    alone.cancel_schedule("PaymentDue", first)
    assert [item.deadline_id for item in alone.scheduled_deadlines] == [second]


def test_cancel_schedule_ignores_a_mismatched_name_or_unknown_id(
    alone: StubDeadlineManager,
) -> None:
    deadline_id = alone.schedule(DAY, "PaymentDue")
    alone.cancel_schedule("Reminder", deadline_id)
    alone.cancel_schedule("PaymentDue", "no-such-id")
    assert len(alone.scheduled_deadlines) == 1


def test_cancel_schedule_of_a_triggered_deadline_is_ignored(alone: StubDeadlineManager) -> None:
    deadline_id = alone.schedule(HOUR, "PaymentDue")
    alone.advance_time_by(HOUR)
    alone.cancel_schedule("PaymentDue", deadline_id)
    assert names(alone.triggered_deadlines) == ["PaymentDue"]


def test_cancel_all_cancels_every_deadline_of_that_name(alone: StubDeadlineManager) -> None:
    alone.schedule(DAY, "PaymentDue", scope="INV-1")
    alone.schedule(2 * DAY, "PaymentDue", scope="INV-2")
    alone.schedule(DAY, "Reminder")
    alone.cancel_all("PaymentDue")
    assert names(alone.scheduled_deadlines) == ["Reminder"]


def test_cancel_all_within_scope_spares_other_scopes_and_names(alone: StubDeadlineManager) -> None:
    alone.schedule(DAY, "PaymentDue", "one", scope="INV-1")
    alone.schedule(DAY, "PaymentDue", "two", scope="INV-2")
    alone.schedule(DAY, "Reminder", "three", scope="INV-1")
    alone.schedule(2 * DAY, "PaymentDue", "four", scope="INV-1")
    alone.cancel_all_within_scope("PaymentDue", "INV-1")
    assert payloads(alone.scheduled_deadlines) == ["two", "three"]


def test_cancel_all_within_scope_matches_an_instance_scope_by_identity(
    alone: StubDeadlineManager,
) -> None:
    class Saga:
        def __eq__(self, other: object) -> bool:
            return False

        __hash__ = object.__hash__

    saga, other = Saga(), Saga()
    alone.schedule(DAY, "PaymentDue", "mine", scope=saga)
    alone.schedule(DAY, "PaymentDue", "theirs", scope=other)
    alone.cancel_all_within_scope("PaymentDue", saga)
    assert payloads(alone.scheduled_deadlines) == ["theirs"]


def test_triggered_deadlines_are_in_firing_order(alone: StubDeadlineManager) -> None:
    alone.schedule(2 * DAY, "Second")
    alone.schedule(DAY, "First")
    alone.schedule(3 * DAY, "NotYet")
    fired = alone.advance_time_by(2 * DAY)
    assert names(fired) == names(alone.triggered_deadlines) == ["First", "Second"]
    assert names(alone.scheduled_deadlines) == ["NotYet"]


def test_a_deadline_is_triggered_before_it_is_dispatched(alone: StubDeadlineManager) -> None:
    seen: list[list[str | None]] = []
    alone.schedule(DAY, "PaymentDue")
    alone.advance_time_by(DAY, lambda item: seen.append(names(alone.triggered_deadlines)))
    assert seen == [["PaymentDue"]]


def test_triggered_deadlines_is_a_copy(alone: StubDeadlineManager) -> None:
    alone.schedule(DAY, "PaymentDue")
    alone.advance_time_by(DAY)
    alone.triggered_deadlines.clear()
    assert names(alone.triggered_deadlines) == ["PaymentDue"]


def test_clear_triggered_forgets_earlier_firings(alone: StubDeadlineManager) -> None:
    alone.schedule(DAY, "Given")
    alone.schedule(2 * DAY, "When")
    alone.advance_time_by(DAY)
    alone.clear_triggered()
    alone.advance_time_by(DAY)
    assert names(alone.triggered_deadlines) == ["When"]


def test_a_deadline_already_due_fires_on_the_next_move(alone: StubDeadlineManager) -> None:
    alone.schedule(-HOUR, "Overdue")
    alone.schedule(timedelta(0), "DueNow")
    alone.advance_time_to(START)
    assert names(alone.triggered_deadlines) == ["Overdue", "DueNow"]


def test_advance_to_next_trigger_fires_one_deadline(alone: StubDeadlineManager) -> None:
    alone.schedule(2 * DAY, "Second")
    alone.schedule(DAY, "First")
    item = alone.advance_to_next_trigger()
    assert item is not None and item.deadline_name == "First"
    assert alone.current_time == START + DAY
    assert names(alone.triggered_deadlines) == ["First"]
    assert alone.advance_to_next_trigger() is not None
    assert alone.advance_to_next_trigger() is None


def test_next_scheduled_deadline(alone: StubDeadlineManager) -> None:
    assert alone.next_scheduled_deadline() is None
    alone.schedule(2 * DAY, "Later")
    alone.schedule(DAY, "Sooner")
    item = alone.next_scheduled_deadline()
    assert item is not None and item.deadline_name == "Sooner"


def test_a_deadline_scheduled_while_a_deadline_fires_within_the_window_fires(
    alone: StubDeadlineManager,
) -> None:
    def remind_again(item: ScheduledItem) -> None:
        if item.deadline_name == "Reminder":
            alone.schedule(DAY, "FinalReminder")

    alone.schedule(DAY, "Reminder")
    alone.advance_time_by(3 * DAY, remind_again)
    triggered = alone.triggered_deadlines
    assert names(triggered) == ["Reminder", "FinalReminder"]
    assert triggered[1].due == START + 2 * DAY


def test_cancelling_a_deadline_from_dispatch_stops_it(alone: StubDeadlineManager) -> None:
    alone.schedule(DAY, "Paid")
    alone.schedule(2 * DAY, "PaymentDue")
    alone.advance_time_by(3 * DAY, lambda item: alone.cancel_all("PaymentDue"))
    assert names(alone.triggered_deadlines) == ["Paid"]
