"""Property: a timeline fires exactly what a sorted model says, in the model's order.

The model is the list of scheduled items sorted by (due time, scheduling order), less
what was cancelled; moving time in random steps must fire it step by step, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from castle_bdd.scheduling import (
    ItemKind,
    ManualTimeSource,
    ScheduledItem,
    StubDeadlineManager,
    StubEventScheduler,
    Timeline,
)

from .support import START

MINUTE = timedelta(minutes=1)
MAX_ITEMS = 30

KINDS: tuple[ItemKind, ...] = ("event", "deadline")

_Canceller = Callable[[], None]


@dataclass(frozen=True)
class Planned:
    """One item a test schedules: its index (the payload), kind and offset in minutes."""

    index: int
    kind: ItemKind
    offset: int

    @property
    def due(self) -> datetime:
        return START + self.offset * MINUTE


class Scenario:
    """A shared timeline with both stubs, and a way to cancel any planned item by index."""

    def __init__(self, plan: list[Planned]) -> None:
        self.timeline = Timeline(ManualTimeSource(START))
        self.scheduler = StubEventScheduler(timeline=self.timeline)
        self.deadlines = StubDeadlineManager(timeline=self.timeline)
        self._cancellers = [self._schedule(planned) for planned in plan]

    def cancel(self, index: int) -> None:
        if index < len(self._cancellers):
            self._cancellers[index]()

    def _schedule(self, planned: Planned) -> _Canceller:
        trigger = planned.offset * MINUTE
        if planned.kind == "event":
            token = self.scheduler.schedule(trigger, planned.index)
            return lambda: self.scheduler.cancel(token)
        deadline_id = self.deadlines.schedule(trigger, "Deadline", planned.index)
        return lambda: self.deadlines.cancel_schedule("Deadline", deadline_id)


plans = st.lists(
    st.tuples(st.sampled_from(KINDS), st.integers(-30, 120)),
    max_size=MAX_ITEMS,
).map(lambda rows: [Planned(index, kind, offset) for index, (kind, offset) in enumerate(rows)])
steps = st.lists(st.integers(0, 60), max_size=8)


def _model_order(plan: list[Planned]) -> list[Planned]:
    return sorted(plan, key=lambda planned: (planned.due, planned.index))


@settings(max_examples=200)
@given(plan=plans, cancelled=st.sets(st.integers(0, MAX_ITEMS - 1)), steps=steps)
def test_items_fire_in_sorted_order_less_the_cancelled(
    plan: list[Planned], cancelled: set[int], steps: list[int]
) -> None:
    scenario = Scenario(plan)
    for index in cancelled:
        scenario.cancel(index)
    expected = [planned for planned in _model_order(plan) if planned.index not in cancelled]
    now = START
    for step in steps:
        target = now + step * MINUTE
        seen: list[tuple[object, datetime]] = []

        def observe(item: ScheduledItem) -> None:
            seen.append((item.payload, scenario.timeline.now()))  # noqa: B023

        fired = scenario.timeline.advance_to(target, observe)
        due_now = [planned for planned in expected if planned.due <= target]
        expected = expected[len(due_now) :]
        assert [item.payload for item in fired] == [planned.index for planned in due_now]
        assert seen == [(planned.index, max(planned.due, now)) for planned in due_now]
        assert scenario.timeline.now() == target
        now = target
    assert [item.payload for item in scenario.timeline.pending()] == [p.index for p in expected]


@settings(max_examples=200)
@given(
    plan=plans,
    victims=st.dictionaries(st.integers(0, MAX_ITEMS - 1), st.integers(0, MAX_ITEMS - 1)),
    steps=st.lists(st.integers(0, 60), min_size=1, max_size=8),
)
def test_cancelling_during_dispatch_removes_exactly_the_unfired_victims(
    plan: list[Planned], victims: dict[int, int], steps: list[int]
) -> None:
    scenario = Scenario(plan)
    fired: list[object] = []

    def dispatch(item: ScheduledItem) -> None:
        fired.append(item.payload)
        if isinstance(item.payload, int) and item.payload in victims:
            scenario.cancel(victims[item.payload])

    end = START
    for step in steps:
        end += step * MINUTE
        scenario.timeline.advance_to(end, dispatch)
    assert fired == _model_firing_with_victims(plan, victims, end)


def _model_firing_with_victims(
    plan: list[Planned], victims: dict[int, int], end: datetime
) -> list[object]:
    cancelled: set[int] = set()
    fired: list[object] = []
    for planned in _model_order(plan):
        if planned.due > end:
            break
        if planned.index in cancelled:
            continue
        fired.append(planned.index)
        if planned.index in victims:
            cancelled.add(victims[planned.index])
    return fired
