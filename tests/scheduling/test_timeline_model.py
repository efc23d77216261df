"""Property: any mix of adding, cancelling, peeking and moving time matches a plain model.

The model keeps pending items in a list and always fires the one with the smallest
(due time, scheduling order). Runs are long enough, and add enough items at once, for
the timeline to sort new items in, keep a few beside its queue, and purge what fired.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from castle_bdd.scheduling import (
    ItemKind,
    ManualTimeSource,
    ScheduledItem,
    ScheduleToken,
    Timeline,
)

from .support import START

MINUTE = timedelta(minutes=1)
KINDS: tuple[ItemKind, ...] = ("event", "deadline")

offsets = st.integers(-20, 90)
# What a handler does with the item it is given: nothing, add an event, or cancel.
reactions = st.one_of(
    st.none(),
    st.tuples(st.just("add"), offsets),
    st.tuples(st.just("cancel"), st.integers(0, 500)),
)

Reaction = tuple[str, int] | None


@dataclass
class Model:
    """What should be pending, kept the obvious way: a list searched for its least entry."""

    timeline: Timeline
    now: datetime = START
    pending: list[tuple[datetime, int, int, ItemKind]] = field(default_factory=list)
    tokens: list[tuple[ScheduleToken, int]] = field(default_factory=list)
    counter: int = 0

    def add(self, offset: int, kind: ItemKind) -> None:
        self.counter += 1
        item = self.timeline.add(offset * MINUTE, self.counter, kind, deadline_name="d")
        self.tokens.append((item.token, self.counter))
        self.pending.append((self.now + offset * MINUTE, self.counter, self.counter, kind))

    def cancel(self, choice: int) -> None:
        if not self.tokens:
            return
        token, payload = self.tokens[choice % len(self.tokens)]
        waiting = [entry for entry in self.pending if entry[2] == payload]
        removed = self.timeline.remove(token)
        assert (removed.payload if removed is not None else None) == (payload if waiting else None)
        assert self.timeline.get(token) is None
        if waiting:
            self.pending.remove(waiting[0])

    def take_next(self, limit: datetime | None) -> int | None:
        due_by = [entry for entry in self.pending if limit is None or entry[0] <= limit]
        if not due_by:
            return None
        entry = min(due_by)
        self.pending.remove(entry)
        self.now = max(self.now, entry[0])
        return entry[2]


def _react(model: Model, reaction: Reaction) -> None:
    if reaction is not None and reaction[0] == "add":
        model.add(reaction[1], "event")
    elif reaction is not None:
        model.cancel(reaction[1])


@dataclass(frozen=True)
class Add:
    """Schedule a batch of items, each a delay in minutes and a kind."""

    batch: list[tuple[int, ItemKind]]

    def apply(self, model: Model) -> None:
        for offset, kind in self.batch:
            model.add(offset, kind)


@dataclass(frozen=True)
class Cancel:
    """Cancel one of the tokens handed out so far (pending, fired or cancelled)."""

    choice: int

    def apply(self, model: Model) -> None:
        model.cancel(self.choice)


@dataclass(frozen=True)
class Advance:
    """Move time on by some minutes, with a handler that reacts to what fires."""

    minutes: int
    plan: list[Reaction]

    def apply(self, model: Model) -> None:
        _advance(model, self.minutes, self.plan)


@dataclass(frozen=True)
class FireNext:
    """Fire up to the next item of a kind (of any, if None)."""

    kind: ItemKind | None

    def apply(self, model: Model) -> None:
        _next(model, self.kind)


operations = st.one_of(
    st.builds(Add, st.lists(st.tuples(offsets, st.sampled_from(KINDS)), max_size=40)),
    st.builds(Cancel, st.integers(0, 500)),
    st.builds(Advance, st.integers(0, 45), st.lists(reactions, max_size=6)),
    st.builds(FireNext, st.sampled_from((None, *KINDS))),
)


def _advance(model: Model, step: int, plan: list[Reaction]) -> None:
    target = model.now + step * MINUTE
    expected: list[object] = []
    reacting = list(plan)

    def dispatch(item: ScheduledItem) -> None:
        assert model.take_next(target) == item.payload
        assert model.timeline.now() == model.now
        expected.append(item.payload)
        if reacting:
            _react(model, reacting.pop(0))

    fired = model.timeline.advance_to(target, dispatch)
    assert [item.payload for item in fired] == expected
    assert model.take_next(target) is None
    model.now = target


def _next(model: Model, kind: ItemKind | None) -> None:
    wanted = [entry for entry in model.pending if kind is None or entry[3] == kind]
    item = model.timeline.advance_to_next(kind)
    if not wanted:
        assert item is None
        return
    stop = min(wanted)
    while (payload := model.take_next(stop[0])) != stop[2]:
        assert payload is not None
    assert item is not None and item.payload == stop[2]


def _check(model: Model) -> None:
    expected = [entry[2] for entry in sorted(model.pending)]
    assert [item.payload for item in model.timeline.pending()] == expected
    assert len(model.timeline) == len(expected)
    for kind in (None, *KINDS):
        head = model.timeline.next_pending(kind)
        wanted = [entry[2] for entry in sorted(model.pending) if kind in (None, entry[3])]
        assert (head.payload if head is not None else None) == (wanted[0] if wanted else None)
    assert sum(token in model.timeline for token, _ in model.tokens) == len(expected)
    assert model.timeline.now() == model.now


@settings(max_examples=150, deadline=None)
@given(steps=st.lists(operations, max_size=25))
def test_any_sequence_of_operations_matches_the_model(
    steps: list[Add | Cancel | Advance | FireNext],
) -> None:
    model = Model(Timeline(ManualTimeSource(START)))
    for operation in steps:
        operation.apply(model)
        _check(model)


def test_few_late_arrivals_beside_a_long_queue_fire_in_order() -> None:
    timeline = Timeline(ManualTimeSource(START))
    for minute in range(100, 0, -1):
        timeline.add(minute * MINUTE, minute)
    timeline.advance_to(START)
    timeline.add(30 * MINUTE, "late tie at 30")
    timeline.add(timedelta(0), "late, due now")
    fired = timeline.advance_to(START + 31 * MINUTE)
    assert [item.payload for item in fired] == [
        "late, due now",
        *range(1, 31),
        "late tie at 30",
        31,
    ]


def test_fired_items_are_forgotten_while_pending_ones_stay_reachable() -> None:
    timeline = Timeline(ManualTimeSource(START))
    items = [timeline.add(minute * MINUTE, minute) for minute in range(1, 301)]
    timeline.advance_to(START + 250 * MINUTE)
    assert all(timeline.get(item.token) is None for item in items[:250])
    assert [timeline.get(item.token) for item in items[250:]] == items[250:]
    assert len(timeline) == 50
    assert timeline.remove(items[260].token) == items[260]
    assert [item.payload for item in timeline.advance_to(START + 300 * MINUTE)] == [
        minute for minute in range(251, 301) if minute != 261
    ]


def test_ties_waiting_beside_the_queue_keep_scheduling_order_when_sorted_in() -> None:
    timeline = Timeline(ManualTimeSource(START))
    for minute in range(1, 101):
        timeline.add(minute * MINUTE, minute)
    timeline.advance_to(START)
    for payload, minute in (("tie a", 50), ("tie b", 50), ("earlier", 40)):
        timeline.add(minute * MINUTE, payload)
    assert timeline.next_pending().payload == 1  # type: ignore[union-attr]
    for minute in range(101, 131):
        timeline.add(minute * MINUTE, minute)
    fired = [item.payload for item in timeline.advance_to(START + 51 * MINUTE)]
    assert fired[39:44] == [40, "earlier", 41, 42, 43]
    assert fired[-4:] == [50, "tie a", "tie b", 51]
