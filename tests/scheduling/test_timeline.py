"""Timeline: ordering, firing, time during dispatch, cancellation and its guards."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime, timedelta, timezone

import pytest

from castle_bdd.scheduling import (
    ManualTimeSource,
    ScheduledItem,
    ScheduleToken,
    SchedulingError,
    Timeline,
)

from .support import DAY, HOUR, START, payloads


def test_add_returns_the_item_with_due_time_and_scheduling_details(timeline: Timeline) -> None:
    item = timeline.add(DAY, "reminder")
    assert item.due == START + DAY
    assert item.scheduled_at == START
    assert item.delay == DAY
    assert (item.payload, item.kind, item.scope) == ("reminder", "event", None)


def test_add_accepts_an_instant_and_a_naive_instant_as_utc(timeline: Timeline) -> None:
    aware = timeline.add(START + HOUR, "aware")
    naive = timeline.add(datetime(2026, 1, 1, 10, 0), "naive")
    assert aware.due == naive.due == START + HOUR


def test_add_rejects_an_unknown_kind(timeline: Timeline) -> None:
    with pytest.raises(SchedulingError, match="unknown kind 'alarm'"):
        timeline.add(HOUR, "x", "alarm")  # type: ignore[arg-type]


def test_add_rejects_a_trigger_of_the_wrong_type(timeline: Timeline) -> None:
    with pytest.raises(SchedulingError, match="a trigger must be a timedelta"):
        timeline.add(3600, "x")  # type: ignore[arg-type]
    assert len(timeline) == 0


def test_items_with_unhashable_payloads_and_scopes_are_hashable(timeline: Timeline) -> None:
    item = timeline.add(HOUR, {"amount": 100}, "deadline", deadline_name="d", scope=["INV-1"])
    assert {item: "found"}[item] == "found"


def test_cancelling_most_items_during_a_move_keeps_the_order(timeline: Timeline) -> None:
    items = [timeline.add(n * HOUR, n) for n in range(1, 301)]

    def keep_every_tenth(item: ScheduledItem) -> None:
        if item.payload == 1:
            for doomed in items[1:]:
                if doomed.payload % 10:  # type: ignore[operator]
                    timeline.remove(doomed.token)

    fired = timeline.advance_by(400 * HOUR, keep_every_tenth)
    assert payloads(fired) == [1, *range(10, 301, 10)]


def test_tokens_are_unique_and_hashable(timeline: Timeline) -> None:
    tokens = {timeline.add(HOUR, n).token for n in range(5)}
    assert len(tokens) == 5
    assert all(isinstance(token, ScheduleToken) for token in tokens)


def test_pending_is_in_due_order_with_ties_in_scheduling_order(timeline: Timeline) -> None:
    timeline.add(2 * HOUR, "late")
    timeline.add(HOUR, "first tie")
    timeline.add(HOUR, "second tie", "deadline", deadline_name="d")
    timeline.add(-HOUR, "overdue")
    assert payloads(timeline.pending()) == ["overdue", "first tie", "second tie", "late"]
    assert payloads(timeline.pending("deadline")) == ["second tie"]


def test_next_pending_is_the_item_that_fires_next(timeline: Timeline) -> None:
    timeline.add(2 * HOUR, "deadline", "deadline", deadline_name="d")
    first = timeline.add(HOUR, "event")
    assert timeline.next_pending() == first
    assert timeline.next_pending("event") == first
    assert payloads([timeline.next_pending("deadline")]) == ["deadline"]  # type: ignore[list-item]


def test_next_pending_is_none_when_nothing_waits(timeline: Timeline) -> None:
    timeline.add(HOUR, "event")
    assert timeline.next_pending("deadline") is None
    timeline.advance_by(HOUR)
    assert timeline.next_pending() is None


def test_remove_takes_an_item_off_and_ignores_unknown_tokens(timeline: Timeline) -> None:
    item = timeline.add(HOUR, "gone")
    assert timeline.remove(item.token) == item
    assert timeline.remove(item.token) is None
    assert timeline.remove(ScheduleToken(-1)) is None
    assert item.token not in timeline
    assert timeline.get(item.token) is None
    assert timeline.advance_by(DAY) == []


def test_remove_with_a_kind_leaves_items_of_other_kinds(timeline: Timeline) -> None:
    deadline = timeline.add(HOUR, "d", "deadline", deadline_name="d")
    assert timeline.remove(deadline.token, "event") is None
    assert deadline.token in timeline


def test_many_cancellations_do_not_change_what_fires(timeline: Timeline) -> None:
    kept = [timeline.add(n * HOUR, n) for n in range(1, 4)]
    for n in range(500):
        timeline.remove(timeline.add(HOUR, f"cancelled {n}").token)
    assert timeline.advance_by(DAY) == kept


def test_advance_to_fires_due_items_in_order_and_leaves_later_ones(timeline: Timeline) -> None:
    timeline.add(3 * HOUR, "third")
    timeline.add(HOUR, "first")
    timeline.add(2 * HOUR, "second")
    timeline.add(5 * HOUR, "later")
    fired = timeline.advance_to(START + 3 * HOUR)
    assert payloads(fired) == ["first", "second", "third"]
    assert payloads(timeline.pending()) == ["later"]
    assert timeline.now() == START + 3 * HOUR


def test_advance_to_fires_ties_in_scheduling_order(timeline: Timeline) -> None:
    for name in ("a", "b", "c"):
        timeline.add(HOUR, name, "deadline" if name == "b" else "event", deadline_name=name)
    assert payloads(timeline.advance_by(HOUR)) == ["a", "b", "c"]


def test_an_item_due_exactly_at_the_target_fires(timeline: Timeline) -> None:
    timeline.add(HOUR, "on time")
    assert payloads(timeline.advance_to(START + HOUR)) == ["on time"]


def test_the_clock_reads_each_items_due_time_while_it_is_dispatched(timeline: Timeline) -> None:
    seen: list[tuple[object, datetime]] = []
    timeline.add(2 * HOUR, "b")
    timeline.add(HOUR, "a")
    timeline.advance_by(DAY, lambda item: seen.append((item.payload, timeline.time_source.now())))
    assert seen == [("a", START + HOUR), ("b", START + 2 * HOUR)]
    assert timeline.now() == START + DAY


def test_listeners_hear_of_each_item_before_dispatch(timeline: Timeline) -> None:
    heard: list[str] = []
    timeline.add_fire_listener(lambda item: heard.append(f"listener {item.payload}"))
    timeline.add(HOUR, "x")
    timeline.advance_by(HOUR, lambda item: heard.append(f"dispatch {item.payload}"))
    assert heard == ["listener x", "dispatch x"]


def test_a_listener_for_one_kind_hears_only_items_of_that_kind(timeline: Timeline) -> None:
    heard: list[str] = []

    def deadlines(item: ScheduledItem) -> None:
        heard.append(f"deadline {item.payload}")

    def every(item: ScheduledItem) -> None:
        heard.append(f"any {item.payload}")

    timeline.add_fire_listener(deadlines, "deadline")
    timeline.add_fire_listener(every)
    timeline.add(HOUR, "e")
    timeline.add(2 * HOUR, "d", "deadline")
    timeline.advance_by(DAY)
    assert heard == ["any e", "deadline d", "any d"]
    timeline.remove_fire_listener(deadlines)
    timeline.remove_fire_listener(every)
    timeline.add(HOUR, "later", "deadline")
    timeline.advance_by(DAY)
    assert heard == ["any e", "deadline d", "any d"]


def test_items_scheduled_during_dispatch_within_the_window_fire(timeline: Timeline) -> None:
    def chain(item: ScheduledItem) -> None:
        if item.payload == "start":
            timeline.add(HOUR, "one hour after start")
            timeline.add(DAY, "beyond the window")

    timeline.add(HOUR, "start")
    timeline.add(3 * HOUR, "independent")
    fired = timeline.advance_by(4 * HOUR, chain)
    assert payloads(fired) == ["start", "one hour after start", "independent"]
    assert fired[1].due == START + 2 * HOUR
    assert payloads(timeline.pending()) == ["beyond the window"]


def test_a_chain_of_zero_delay_items_fires_in_order(timeline: Timeline) -> None:
    def chain(item: ScheduledItem) -> None:
        if isinstance(item.payload, int) and item.payload < 3:
            timeline.add(timedelta(0), item.payload + 1)

    timeline.add(HOUR, 0)
    timeline.add(HOUR, "tie scheduled earlier")
    fired = timeline.advance_by(HOUR, chain)
    assert payloads(fired) == [0, "tie scheduled earlier", 1, 2, 3]
    assert {item.due for item in fired} == {START + HOUR}


def test_items_already_due_fire_on_a_zero_move_without_moving_time(timeline: Timeline) -> None:
    seen: list[datetime] = []
    timeline.add(-DAY, "overdue")
    timeline.add(timedelta(0), "due now")
    timeline.add(START, "due at this instant")
    fired = timeline.advance_to(START, lambda item: seen.append(timeline.now()))
    assert payloads(fired) == ["overdue", "due now", "due at this instant"]
    assert seen == [START, START, START]
    assert timeline.now() == START


def test_advance_by_zero_fires_items_already_due(timeline: Timeline) -> None:
    timeline.add(-HOUR, "overdue")
    assert payloads(timeline.advance_by(timedelta(0))) == ["overdue"]


def test_cancelling_from_dispatch_stops_a_later_item(timeline: Timeline) -> None:
    doomed = timeline.add(2 * HOUR, "doomed")
    timeline.add(HOUR, "canceller")
    timeline.add(3 * HOUR, "survivor")
    fired = timeline.advance_by(DAY, lambda item: timeline.remove(doomed.token))
    assert payloads(fired) == ["canceller", "survivor"]


def test_cancelling_a_tie_from_dispatch_stops_it(timeline: Timeline) -> None:
    first = timeline.add(HOUR, "first")
    second = timeline.add(HOUR, "second")
    fired = timeline.advance_by(HOUR, lambda item: timeline.remove(second.token))
    assert fired == [first]


def test_moving_backwards_is_refused(timeline: Timeline) -> None:
    timeline.add(-HOUR, "overdue")
    with pytest.raises(SchedulingError, match="time cannot move backwards"):
        timeline.advance_to(START - timedelta(seconds=1))
    with pytest.raises(SchedulingError, match="time cannot move backwards"):
        timeline.advance_by(-HOUR)
    assert len(timeline) == 1
    assert timeline.now() == START


def test_advance_by_rejects_what_is_not_a_timedelta(timeline: Timeline) -> None:
    with pytest.raises(SchedulingError, match="expected a timedelta, got int"):
        timeline.advance_by(60)  # type: ignore[arg-type]


def test_advance_to_rejects_what_is_not_a_datetime(timeline: Timeline) -> None:
    with pytest.raises(SchedulingError, match="expected a datetime, got str"):
        timeline.advance_to("2026-02-01")  # type: ignore[arg-type]


def test_advance_to_takes_a_naive_target_as_utc(timeline: Timeline) -> None:
    timeline.advance_to(datetime(2026, 1, 2))
    assert timeline.now() == datetime(2026, 1, 2, tzinfo=timezone.utc)


def test_moving_time_from_dispatch_is_refused(timeline: Timeline) -> None:
    timeline.add(HOUR, "x")
    with pytest.raises(SchedulingError, match="while a scheduled item is being handled"):
        timeline.advance_by(HOUR, lambda item: timeline.advance_by(HOUR))
    assert timeline.advance_by(HOUR) == []


def test_a_failing_dispatch_leaves_later_items_pending(timeline: Timeline) -> None:
    def fail(item: ScheduledItem) -> None:
        raise RuntimeError(f"handler broke on {item.payload}")

    timeline.add(HOUR, "breaks")
    timeline.add(2 * HOUR, "waits")
    with pytest.raises(RuntimeError, match="handler broke on breaks"):
        timeline.advance_by(DAY, fail)
    assert timeline.now() == START + HOUR
    assert payloads(timeline.pending()) == ["waits"]


def test_a_handler_that_keeps_scheduling_now_fails_instead_of_hanging() -> None:
    timeline = Timeline(ManualTimeSource(START), max_firings_per_instant=50)
    timeline.add(HOUR, "loop")
    with pytest.raises(
        SchedulingError,
        match="the scheduled event str fired more than 50 times at 2026-01-01T10:00:00",
    ):
        timeline.advance_by(HOUR, lambda item: timeline.add(timedelta(0), "loop"))


def test_a_handler_that_keeps_scheduling_later_is_stopped_within_one_move() -> None:
    timeline = Timeline(ManualTimeSource(START), max_firings_per_instant=5)
    timeline.add(timedelta(seconds=1), "tick")
    with pytest.raises(SchedulingError, match="fired more than 50 times in one move of time"):
        timeline.advance_by(DAY, lambda item: timeline.add(timedelta(seconds=1), "tick"))
    assert timeline.now() == START + timedelta(seconds=51)


def test_a_loop_of_two_items_names_both_and_not_what_fired_before_it() -> None:
    timeline = Timeline(ManualTimeSource(START), max_firings_per_instant=50)
    timeline.add(HOUR, 1.5)  # due at the same instant, fired once before the loop
    timeline.add(HOUR, "ping")

    def answer(item: ScheduledItem) -> None:
        if isinstance(item.payload, (str, bytes)):
            timeline.add(timedelta(0), b"pong" if isinstance(item.payload, str) else "ping")

    with pytest.raises(SchedulingError) as raised:
        timeline.advance_by(HOUR, answer)
    message = str(raised.value)
    assert "fired more than 50 times at 2026-01-01T10:00:00+00:00 without time moving on" in message
    assert "with the scheduled event" in message and "schedule them again" in message
    assert "scheduled event str" in message and "scheduled event bytes" in message
    assert "float" not in message


def test_many_items_at_one_instant_within_the_limit_fire() -> None:
    timeline = Timeline(ManualTimeSource(START), max_firings_per_instant=50)
    for n in range(51):
        timeline.add(HOUR, n)
    assert len(timeline.advance_by(HOUR)) == 51


def test_items_already_waiting_at_one_instant_fire_past_the_limit() -> None:
    timeline = Timeline(ManualTimeSource(START), max_firings_per_instant=5)
    for n in range(12):
        timeline.add(HOUR, n)
    for n in range(12):
        timeline.add(timedelta(0), f"now {n}")  # waiting at the instant the move starts
    assert len(timeline.advance_by(HOUR)) == 24


def test_items_already_waiting_fire_past_the_limit_of_one_move() -> None:
    timeline = Timeline(ManualTimeSource(START), max_firings_per_instant=1)
    for n in range(25):
        timeline.add(timedelta(minutes=n + 1), n)
    assert len(timeline.advance_by(DAY)) == 25


def test_a_loop_after_items_already_waiting_is_still_stopped() -> None:
    timeline = Timeline(ManualTimeSource(START), max_firings_per_instant=5)
    for n in range(12):
        timeline.add(HOUR, n)
    timeline.add(HOUR, "loop")

    def again(item: ScheduledItem) -> None:
        if item.payload == "loop":
            timeline.add(timedelta(0), "loop")

    with pytest.raises(SchedulingError, match="the scheduled event str fired more than 5 times"):
        timeline.advance_by(HOUR, again)


def test_advance_to_next_fires_only_up_to_the_next_item(timeline: Timeline) -> None:
    timeline.add(2 * HOUR, "second")
    timeline.add(HOUR, "first")
    item = timeline.advance_to_next()
    assert item is not None and item.payload == "first"
    assert timeline.now() == START + HOUR
    assert payloads(timeline.pending()) == ["second"]


def test_advance_to_next_of_a_kind_fires_earlier_items_of_other_kinds(timeline: Timeline) -> None:
    dispatched: list[object] = []
    timeline.add(HOUR, "deadline first", "deadline", deadline_name="d")
    timeline.add(2 * HOUR, "event")
    timeline.add(2 * HOUR, "deadline tie after", "deadline", deadline_name="d")
    item = timeline.advance_to_next("event", lambda fired: dispatched.append(fired.payload))
    assert item is not None and item.payload == "event"
    assert dispatched == ["deadline first", "event"]
    assert payloads(timeline.pending()) == ["deadline tie after"]


def test_advance_to_next_with_nothing_of_that_kind_fires_nothing(timeline: Timeline) -> None:
    timeline.add(HOUR, "deadline", "deadline", deadline_name="d")
    assert timeline.advance_to_next("event") is None
    assert len(timeline) == 1
    assert timeline.now() == START


def test_advance_to_next_fires_an_overdue_item_without_moving_time(timeline: Timeline) -> None:
    timeline.add(-DAY, "overdue")
    item = timeline.advance_to_next()
    assert item is not None and item.payload == "overdue"
    assert timeline.now() == START


def test_advance_to_next_returns_none_if_its_target_is_cancelled_on_the_way(
    timeline: Timeline,
) -> None:
    target = timeline.add(2 * HOUR, "event")
    timeline.add(HOUR, "canceller", "deadline", deadline_name="d")
    assert timeline.advance_to_next("event", lambda item: timeline.remove(target.token)) is None
    assert timeline.now() == START + HOUR


def test_a_timeline_without_a_time_source_keeps_its_own() -> None:
    timeline = Timeline()
    assert isinstance(timeline.time_source, ManualTimeSource)
    assert timeline.now().tzinfo is timezone.utc


def test_a_time_source_in_another_zone_works(clock: ManualTimeSource) -> None:
    class ParisClock:
        def now(self) -> datetime:
            return clock.now().astimezone(timezone(timedelta(hours=1)))

        def move_to(self, instant: datetime) -> None:
            clock.move_to(instant)

    timeline = Timeline(ParisClock())
    timeline.add(HOUR, "x")
    fired = timeline.advance_by(HOUR)
    assert payloads(fired) == ["x"]
    assert timeline.now() == START + HOUR
    assert timeline.now().tzinfo is timezone.utc


def test_create_builds_the_same_item_as_the_constructor() -> None:
    values = (START, "p", ScheduleToken(1), "deadline", 7, START, "name", "id", "scope")
    built = ScheduledItem(*values)  # type: ignore[arg-type]
    created = ScheduledItem.create(*values)  # type: ignore[arg-type]
    assert created == built
    assert vars(created) == vars(built)
    assert [field.name for field in fields(ScheduledItem)] == list(vars(created))


def test_an_item_put_back_fires_in_its_own_place_among_those_due_with_it(
    timeline: Timeline,
) -> None:
    queued = [timeline.add(DAY, n) for n in range(40)]
    timeline.advance_by(timedelta(0))  # the first ones sorted into the queue
    beside = [timeline.add(DAY, n) for n in range(40, 43)]  # a few beside a long queue
    timeline.advance_by(timedelta(0))
    for item in (queued[3], beside[1]):
        timeline.remove(item.token)
        timeline.put_back(item)
    timeline.put_back(queued[5])  # still pending: nothing changes
    assert timeline.get(queued[3].token) is queued[3]
    assert len(timeline) == 43
    assert payloads(timeline.advance_by(DAY)) == list(range(43))


def test_an_item_put_back_while_time_moves_fires_in_its_place(timeline: Timeline) -> None:
    later = [timeline.add(DAY, n) for n in ("first", "second")]

    def dispatch(item: ScheduledItem) -> None:
        if item.payload == "check":
            timeline.remove(later[0].token)
            timeline.put_back(later[0])

    timeline.add(HOUR, "check")
    assert payloads(timeline.advance_by(2 * DAY, dispatch)) == ["check", "first", "second"]
