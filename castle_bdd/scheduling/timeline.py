"""One ordered queue of scheduled events and deadlines, and the time that moves through it.

An event scheduler and a deadline manager that share a `Timeline` fire their items
interleaved, strictly in order of due time, with ties broken by scheduling order.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from heapq import heapify, heappop, heappush
from operator import attrgetter

from castle_bdd.scheduling.errors import SchedulingError
from castle_bdd.scheduling.items import (
    ITEM_KINDS,
    Dispatch,
    ItemKind,
    ScheduledItem,
    ScheduleToken,
)
from castle_bdd.scheduling.time_source import (
    ManualTimeSource,
    TimeSource,
    Trigger,
    as_utc,
    resolve_trigger,
)

# A heap entry is one int: the due time in microseconds, then the token's id in the low
# bits. Tokens are issued in increasing order, so among one timeline's items the id
# orders ties as the scheduling sequence does. Ints compare far faster than tuples of
# datetimes, and the id finds the item in the live dictionary when the entry is popped.
_ID_BITS = 64
_ID_MASK = (1 << _ID_BITS) - 1
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MICROSECOND = timedelta(microseconds=1)

# Bound once: looking a classmethod up on its class costs more than calling it.
_issue_token = ScheduleToken.issue
_create_item = ScheduledItem.create

# The same order as `ScheduledItem.order_key`, read in C instead of through a property.
_FIRING_ORDER = attrgetter("due", "sequence")

#: Firings allowed at one instant before a timeline decides dispatch is looping.
DEFAULT_MAX_FIRINGS_PER_INSTANT = 10_000


def _heap_key(due: datetime, token_id: int) -> int:
    return ((due - _EPOCH) // _MICROSECOND << _ID_BITS) | token_id


class Timeline:
    """The scheduled items of one scenario, in firing order, and the time that fires them.

    Items wait in one heap keyed by (due time, scheduling order); a cancelled item leaves
    its heap entry behind and is skipped when the entry reaches the top. A timeline is
    not thread-safe.
    """

    def __init__(
        self,
        time_source: TimeSource | None = None,
        *,
        max_firings_per_instant: int = DEFAULT_MAX_FIRINGS_PER_INSTANT,
    ) -> None:
        """Read and move time through `time_source` (a fresh `ManualTimeSource` if none).

        `max_firings_per_instant` bounds how many items may fire without time moving on,
        so that a handler that keeps scheduling at "now" fails instead of hanging.
        """
        self._time_source = time_source if time_source is not None else ManualTimeSource()
        self._heap: list[int] = []
        self._live: dict[int, ScheduledItem] = {}
        self._pending_by_kind: dict[ItemKind, int] = dict.fromkeys(ITEM_KINDS, 0)
        self._sequence = itertools.count(1)
        self._fire_listeners: list[Dispatch] = []
        self._max_firings_per_instant = max_firings_per_instant
        self._advancing = False
        self._firings_in_place = 0

    @property
    def time_source(self) -> TimeSource:
        """The clock this timeline reads and moves."""
        return self._time_source

    def now(self) -> datetime:
        """The current instant, in UTC."""
        return as_utc(self._time_source.now())

    def add(
        self,
        trigger: Trigger,
        payload: object,
        kind: ItemKind = "event",
        *,
        deadline_name: str | None = None,
        deadline_id: str | None = None,
        scope: object | None = None,
    ) -> ScheduledItem:
        """Put `payload` on the timeline, due after a timedelta or at a datetime.

        A naive datetime means UTC. Due times in the past are accepted: such an item
        fires the next time time moves, even by zero.
        """
        if kind not in ITEM_KINDS:
            raise SchedulingError(f"unknown kind {kind!r}; expected one of {ITEM_KINDS}")
        now = as_utc(self._time_source.now())
        # Spelled out rather than through `resolve_trigger` and `_heap_key`: this runs
        # once per item scheduled, and the common case is a delay from a UTC instant.
        due = now + trigger if type(trigger) is timedelta else resolve_trigger(trigger, now)
        token = _issue_token()
        token_id = token.id
        item = _create_item(
            due,
            payload,
            token,
            kind,
            next(self._sequence),
            now,
            deadline_name,
            deadline_id,
            scope,
        )
        self._live[token_id] = item
        self._pending_by_kind[kind] += 1
        heappush(self._heap, ((due - _EPOCH) // _MICROSECOND << _ID_BITS) | token_id)
        return item

    def remove(self, token: ScheduleToken, kind: ItemKind | None = None) -> ScheduledItem | None:
        """Take the pending item `token` names off the timeline; unknown tokens are ignored.

        With `kind`, only an item of that kind is removed. Returns the removed item.
        """
        item = self.get(token)
        if item is None or (kind is not None and item.kind != kind):
            return None
        self._forget(item)
        if len(self._heap) > 2 * len(self._live) + 64:
            self._compact()
        return item

    def get(self, token: ScheduleToken) -> ScheduledItem | None:
        """The pending item `token` names, or None once it has fired or been cancelled."""
        return self._live.get(token.id) if isinstance(token, ScheduleToken) else None

    def __contains__(self, token: object) -> bool:
        """Whether `token` names a pending item."""
        return isinstance(token, ScheduleToken) and token.id in self._live

    def __len__(self) -> int:
        """How many items are pending."""
        return len(self._live)

    def pending(self, kind: ItemKind | None = None) -> list[ScheduledItem]:
        """The pending items (of `kind`, if given) in the order they will fire."""
        return sorted(self._pending_items(kind), key=_FIRING_ORDER)

    def next_pending(self, kind: ItemKind | None = None) -> ScheduledItem | None:
        """The item (of `kind`, if given) that fires next, or None if there is none.

        Without a kind this is the top of the heap; with one it scans the pending items.
        """
        if kind is not None:
            return min(self._pending_items(kind), key=_FIRING_ORDER, default=None)
        self._drop_cancelled_top()
        return self._live[self._heap[0] & _ID_MASK] if self._heap else None

    def add_fire_listener(self, listener: Dispatch) -> None:
        """Call `listener` with each item as it fires, before the item is dispatched."""
        self._fire_listeners.append(listener)

    def advance_to(
        self, instant: datetime, dispatch: Dispatch | None = None
    ) -> list[ScheduledItem]:
        """Move time to `instant`, firing every item due by then, in order.

        While `dispatch` handles an item the clock reads the item's due time (or the
        current time, for an item that was already overdue). Items that `dispatch`
        schedules within the window fire too, and items it cancels do not. Returns the
        fired items in firing order.
        """
        target = self._checked_target(instant)
        fired: list[ScheduledItem] = []
        with self._moving_time():
            self._fire_due(_heap_key(target, _ID_MASK), dispatch, fired)
            if target > self.now():
                self._time_source.move_to(target)
        return fired

    def advance_by(self, delta: timedelta, dispatch: Dispatch | None = None) -> list[ScheduledItem]:
        """Move time on by `delta`, firing every item due by then; see `advance_to`."""
        if not isinstance(delta, timedelta):
            raise SchedulingError(f"expected a timedelta, got {type(delta).__name__} {delta!r}")
        return self.advance_to(self.now() + delta, dispatch)

    def advance_to_next(
        self, kind: ItemKind | None = None, dispatch: Dispatch | None = None
    ) -> ScheduledItem | None:
        """Fire items in order until one of `kind` (any, if None) fires, and return it.

        Items of other kinds due earlier fire first, since time cannot skip them. Time
        stops at the returned item's due time. Returns None, firing nothing, when no item
        of `kind` is pending.
        """
        if not (self._live if kind is None else self._pending_by_kind[kind]):
            return None
        with self._moving_time():
            while (item := self._pop_next()) is not None:
                self._fire(item, dispatch)
                if kind is None or item.kind == kind:
                    return item
        return None

    def _checked_target(self, instant: datetime) -> datetime:
        target = as_utc(instant)
        now = self.now()
        if target < now:
            raise SchedulingError(
                f"time cannot move backwards: it is {now.isoformat()}, "
                f"asked to advance to {target.isoformat()}"
            )
        return target

    @contextmanager
    def _moving_time(self) -> Iterator[None]:
        if self._advancing:
            raise SchedulingError(
                "time cannot be moved while a scheduled item is being handled; "
                "schedule another item instead"
            )
        self._advancing = True
        self._firings_in_place = 0
        try:
            yield
        finally:
            self._advancing = False

    def _pending_items(self, kind: ItemKind | None) -> Iterator[ScheduledItem]:
        return (item for item in self._live.values() if kind is None or item.kind == kind)

    def _drop_cancelled_top(self) -> None:
        heap, live = self._heap, self._live
        while heap and heap[0] & _ID_MASK not in live:
            heappop(heap)

    def _pop_next(self) -> ScheduledItem | None:
        heap, live = self._heap, self._live
        while heap:
            item = live.get(heappop(heap) & _ID_MASK)
            if item is not None:
                return self._forget(item)
        return None

    def _fire_due(self, limit: int, dispatch: Dispatch | None, fired: list[ScheduledItem]) -> None:
        # `_pop_next` and `_fire` inlined: this loop runs once per item fired, and a
        # year's worth of items is tens of thousands of them.
        heap, live, pending_by_kind = self._heap, self._live, self._pending_by_kind
        time_source, listeners = self._time_source, self._fire_listeners
        while heap and heap[0] <= limit:
            item = live.pop(heappop(heap) & _ID_MASK, None)
            if item is None:
                continue
            pending_by_kind[item.kind] -= 1
            if item.due > time_source.now():
                time_source.move_to(item.due)
                self._firings_in_place = 0
            else:
                self._count_firing_in_place()
            for listener in listeners:
                listener(item)
            if dispatch is not None:
                dispatch(item)
            fired.append(item)

    def _compact(self) -> None:
        # Cancelled entries stay in the heap until they surface; many cancellations
        # (rescheduling in a loop) would otherwise let the heap grow without bound.
        self._heap = [_heap_key(item.due, token_id) for token_id, item in self._live.items()]
        heapify(self._heap)

    def _forget(self, item: ScheduledItem) -> ScheduledItem:
        del self._live[item.token.id]
        self._pending_by_kind[item.kind] -= 1
        return item

    def _fire(self, item: ScheduledItem, dispatch: Dispatch | None) -> None:
        # Aware datetimes compare correctly across time zones, so no conversion is needed.
        if item.due > self._time_source.now():
            self._time_source.move_to(item.due)
            self._firings_in_place = 0
        else:
            self._count_firing_in_place()
        for listener in self._fire_listeners:
            listener(item)
        if dispatch is not None:
            dispatch(item)

    def _count_firing_in_place(self) -> None:
        self._firings_in_place += 1
        if self._firings_in_place > self._max_firings_per_instant:
            raise SchedulingError(
                f"more than {self._max_firings_per_instant} items fired at "
                f"{self.now().isoformat()} without time moving on; a handler probably "
                "keeps scheduling items that are already due"
            )
