"""One ordered queue of scheduled events and deadlines, and the time that moves through it.

An event scheduler and a deadline manager that share a `Timeline` fire their items
interleaved, strictly in order of due time, with ties broken by scheduling order.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
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
from castle_bdd.scheduling.loops import SchedulingLoopError
from castle_bdd.scheduling.time_source import (
    ManualTimeSource,
    TimeSource,
    Trigger,
    as_utc,
    resolve_trigger,
)

# Bound once: looking a classmethod up on its class costs more than calling it.
_issue_token = ScheduleToken.issue
_create_item = ScheduledItem.create

# The same order as `ScheduledItem.order_key`, read in C instead of through a property.
_FIRING_ORDER = attrgetter("due", "sequence")
_UTC = timezone.utc
_DUE = attrgetter("due")

# Fired and cancelled items remembered beyond the pending ones before they are purged.
_SPARE_ENTRIES = 64

# New items are sorted into the queue when it is short, or when there are enough of them
# and not too few next to the queue; otherwise they wait in a heap beside it. Either way
# an item costs amortized logarithmic time.
_RESORT_MINIMUM = 16
_RESORT_RATIO = 8

#: Firings allowed at one instant before a timeline decides dispatch is looping.
DEFAULT_MAX_FIRINGS_PER_INSTANT = 10_000
#: How many times more items one move of time may fire than one instant.
FIRINGS_PER_MOVE = 10

_SideEntry = tuple[datetime, int, ScheduledItem]


class Timeline:
    """The scheduled items of one scenario, in firing order, and the time that fires them.

    Pending items wait in a queue sorted by (due time, scheduling order), the next one
    last. New items gather unsorted until the queue is next read, then are sorted in,
    or kept in a small heap beside the queue when they are few next to it. A cancelled
    or fired item is only flagged; the queue skips it, and it is purged once such items
    outnumber the pending ones. A timeline is not thread-safe.
    """

    def __init__(
        self,
        time_source: TimeSource | None = None,
        *,
        max_firings_per_instant: int = DEFAULT_MAX_FIRINGS_PER_INSTANT,
        handled_by: type | None = None,
    ) -> None:
        """Read and move time through `time_source` (a fresh `ManualTimeSource` if none).

        `max_firings_per_instant` bounds how many items may fire without time moving on,
        and ten times as many in one move of time, so that a handler that keeps
        scheduling itself fails with `SchedulingLoopError` instead of hanging. The error
        names the handlers in the loop: a deadline's, of the class its scope names, and
        the others', of `handled_by` (the saga class scheduled events are published to).
        """
        self._time_source = time_source if time_source is not None else ManualTimeSource()
        # Items added since the last purge, by token id; `_alive` tells which are pending.
        self._by_token: dict[int, ScheduledItem] = {}
        # One flag per sequence number (0 is never used): 1 while that item is pending.
        # A byte per item ever added is cheaper than forgetting each item as it fires.
        self._alive = bytearray(1)
        self._queue: list[ScheduledItem] = []
        self._arrivals: list[ScheduledItem] = []
        self._side: list[_SideEntry] = []
        self._pending_by_kind: dict[ItemKind, int] = dict.fromkeys(ITEM_KINDS, 0)
        self._sequence = itertools.count(1)
        # Per kind, so that an item fires past listeners that only want the other kind.
        self._fire_listeners: dict[ItemKind, list[Dispatch]] = {"event": [], "deadline": []}
        self._max_firings_per_instant = max_firings_per_instant
        self._max_firings_per_move = max_firings_per_instant * FIRINGS_PER_MOVE
        self._firings_in_window = 0
        self._advancing = False
        self._firings_in_place = 0
        # The sequence number of the first item scheduled since time last began to move.
        self._move_from = 1
        self._handled_by = handled_by

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
        # `as_utc` and `resolve_trigger` spelled out for the common case, a delay from a
        # UTC instant: this runs once per item scheduled.
        now = self._time_source.now()
        if not (isinstance(now, datetime) and now.tzinfo is _UTC):
            now = as_utc(now)
        due = now + trigger if type(trigger) is timedelta else resolve_trigger(trigger, now)
        token = _issue_token()
        item = _create_item(
            due, payload, token, kind, next(self._sequence), now, deadline_name, deadline_id, scope
        )
        self._by_token[token.id] = item
        self._alive.append(1)
        self._arrivals.append(item)
        self._pending_by_kind[kind] += 1
        return item

    def remove(self, token: ScheduleToken, kind: ItemKind | None = None) -> ScheduledItem | None:
        """Take the pending item `token` names off the timeline; unknown tokens are ignored.

        With `kind`, only an item of that kind is removed. Returns the removed item.
        """
        item = self.get(token)
        if item is None or (kind is not None and item.kind != kind):
            return None
        self._alive[item.sequence] = 0
        self._pending_by_kind[item.kind] -= 1
        self._purge_if_sparse()
        return item

    def put_back(self, item: ScheduledItem) -> None:
        """Make ``item``, taken off this timeline, pending again in its own place.

        It keeps its token, due time and scheduling order: among items due at the same
        instant it fires where it would have fired had it never been taken off. Each
        put-back sorts the pending items again: a put-back is rare, a firing is not.
        """
        if self.get(item.token) is not None:
            return
        self._by_token[item.token.id] = item
        self._alive[item.sequence] = 1
        self._pending_by_kind[item.kind] += 1
        # changed in place: a handler that runs as time moves may put an item back
        self._queue[:] = sorted(self._pending_items(None), key=_FIRING_ORDER, reverse=True)
        self._side.clear()
        self._arrivals.clear()

    def get(self, token: object) -> ScheduledItem | None:
        """The pending item `token` names, or None once it has fired or been cancelled."""
        if not isinstance(token, ScheduleToken):
            return None
        item = self._by_token.get(token.id)
        return item if item is not None and self._alive[item.sequence] else None

    def __contains__(self, token: object) -> bool:
        """Whether `token` names a pending item."""
        return isinstance(token, ScheduleToken) and self.get(token) is not None

    def __len__(self) -> int:
        """How many items are pending."""
        return sum(self._pending_by_kind.values())

    def pending(self, kind: ItemKind | None = None) -> list[ScheduledItem]:
        """The pending items (of `kind`, if given) in the order they will fire."""
        return sorted(self._pending_items(kind), key=_FIRING_ORDER)

    def next_pending(self, kind: ItemKind | None = None) -> ScheduledItem | None:
        """The item (of `kind`, if given) that fires next, or None if there is none.

        This is the head of the queue, unless items of both kinds are pending and one
        kind is asked for: then the pending items are scanned.
        """
        if kind is None or self._pending_by_kind[kind] == len(self):
            return self._next(None, take=False)
        if not self._pending_by_kind[kind]:
            return None
        return min(self._pending_items(kind), key=_FIRING_ORDER)

    def add_fire_listener(self, listener: Dispatch, kind: ItemKind | None = None) -> None:
        """Call `listener` with each item (of `kind`, if given) as it fires, before dispatch."""
        for listened in ITEM_KINDS if kind is None else (kind,):
            self._fire_listeners[listened].append(listener)

    def remove_fire_listener(self, listener: Dispatch) -> None:
        """Stop calling `listener` (one that is not listening is ignored)."""
        for listeners in self._fire_listeners.values():
            if listener in listeners:
                listeners.remove(listener)

    def advance_to(
        self, instant: datetime, dispatch: Dispatch | None = None
    ) -> list[ScheduledItem]:
        """Move time to `instant`, firing every item due by then, in order.

        While `dispatch` handles an item the clock reads the item's due time (or the
        current time, for an item that was already overdue). Items that `dispatch`
        schedules within the window fire too, and items it cancels do not. Returns the
        fired items in firing order.
        """
        target = as_utc(instant)
        return self._move(target, self._refused_backwards(target), dispatch)

    def advance_by(self, delta: timedelta, dispatch: Dispatch | None = None) -> list[ScheduledItem]:
        """Move time on by `delta`, firing every item due by then; see `advance_to`."""
        if not isinstance(delta, timedelta):
            raise SchedulingError(f"expected a timedelta, got {type(delta).__name__} {delta!r}")
        now = self._utc_now()
        target = now + delta
        return self._move(
            target, now if target >= now else self._refused_backwards(target), dispatch
        )

    def advance_to_next(
        self, kind: ItemKind | None = None, dispatch: Dispatch | None = None
    ) -> ScheduledItem | None:
        """Fire items in order until one of `kind` (any, if None) fires, and return it.

        Items of other kinds due earlier fire first, since time cannot skip them. Time
        stops at the returned item's due time. Returns None, firing nothing, when no item
        of `kind` is pending.
        """
        if not (len(self) if kind is None else self._pending_by_kind[kind]):
            return None
        self._start_moving()
        try:
            while (item := self._next(None, take=True)) is not None:
                self._fire(item, dispatch)
                if kind is None or item.kind == kind:
                    return item
        finally:
            self._advancing = False
            self._purge_if_sparse()
        return None

    def _utc_now(self) -> datetime:
        # `now` spelled out for a time source that keeps UTC, as a scenario's clock does
        now = self._time_source.now()
        return now if type(now) is datetime and now.tzinfo is _UTC else as_utc(now)

    def _refused_backwards(self, target: datetime) -> datetime:
        """The current instant, if `target` is not before it."""
        now = self._utc_now()
        if target < now:
            raise SchedulingError(
                f"time cannot move backwards: it is {now.isoformat()}, "
                f"asked to advance to {target.isoformat()}; name a time later than that"
            )
        return now

    def _move(
        self, target: datetime, now: datetime, dispatch: Dispatch | None
    ) -> list[ScheduledItem]:
        """Fire what is due by `target` (time is `now`), then let the clock read `target`."""
        self._start_moving()
        fired: list[ScheduledItem] = []
        try:
            if self._queue or self._arrivals or self._side:
                self._fire_due(target, dispatch, fired)
                if fired:
                    now = self._utc_now()
            if target > now:
                self._time_source.move_to(target)
        finally:
            self._advancing = False
            if len(self._by_token) > _SPARE_ENTRIES:
                self._purge_if_sparse()
        return fired

    def _start_moving(self) -> None:
        if self._advancing:
            raise SchedulingError(
                "time cannot be moved while a scheduled item is being handled; "
                "schedule another item instead"
            )
        self._advancing = True
        self._firings_in_place = self._firings_in_window = 0
        self._move_from = len(self._alive)

    def _pending_items(self, kind: ItemKind | None) -> Iterator[ScheduledItem]:
        alive = self._alive
        return (
            item
            for item in self._by_token.values()
            if alive[item.sequence] and (kind is None or item.kind == kind)
        )

    def _fire_due(
        self, target: datetime, dispatch: Dispatch | None, fired: list[ScheduledItem]
    ) -> None:
        # `_next` and `_fire` spelled out for the common case, nothing new beside the
        # sorted queue: this loop runs once per item fired, and a year of items is tens
        # of thousands of them. The lists are only ever changed in place, so a handler
        # that schedules or cancels cannot strand them.
        queue, side, arrivals, alive = self._queue, self._side, self._arrivals, self._alive
        time_source, listeners = self._time_source, self._fire_listeners
        pending_by_kind = self._pending_by_kind
        while True:
            if arrivals:
                self._take_in_arrivals()
            if side:
                item = self._next(target, take=True)
                if item is None:
                    return
            elif queue and queue[-1].due <= target:
                item = queue.pop()
                if not alive[item.sequence]:
                    continue
                alive[item.sequence] = 0
                pending_by_kind[item.kind] -= 1
            else:
                return
            if item.due > time_source.now():
                time_source.move_to(item.due)
                self._firings_in_place = 0
            else:
                self._count_firing_in_place(item, fired)
            self._firings_in_window += 1
            if self._firings_in_window > self._max_firings_per_move:
                self._check_loop(item, fired, in_place=False)
            for listener in listeners[item.kind]:
                listener(item)
            if dispatch is not None:
                dispatch(item)
            fired.append(item)

    def _next(self, limit: datetime | None, *, take: bool) -> ScheduledItem | None:
        """The next pending item if due by `limit` (any time, if None); `take` removes it."""
        self._take_in_arrivals()
        queue, side, alive = self._queue, self._side, self._alive
        while queue or side:
            from_side = bool(side) and (not queue or side[0] < (queue[-1].due, queue[-1].sequence))
            item = side[0][2] if from_side else queue[-1]
            pending = alive[item.sequence]
            if pending and limit is not None and item.due > limit:
                return None
            if pending and not take:
                return item
            self._drop_head(from_side)
            if pending:
                alive[item.sequence] = 0
                self._pending_by_kind[item.kind] -= 1
                return item
        return None

    def _drop_head(self, from_side: bool) -> None:
        if from_side:
            heappop(self._side)
        else:
            self._queue.pop()

    def _take_in_arrivals(self) -> None:
        arrivals = self._arrivals
        if not arrivals:
            return
        queued = len(self._queue)
        if queued < _RESORT_MINIMUM or (
            len(arrivals) >= _RESORT_MINIMUM and len(arrivals) * _RESORT_RATIO >= queued
        ):
            self._sort_in_arrivals()
        else:
            for item in arrivals:
                heappush(self._side, (item.due, item.sequence, item))
            arrivals.clear()

    def _sort_in_arrivals(self) -> None:
        # A stable sort on the due time alone keeps ties in scheduling order: the queue
        # (ascending once reversed), then the side heap in order, then the arrivals,
        # each holds later-scheduled items than the one before.
        queue = self._queue
        queue.reverse()
        if self._side:
            queue.extend(entry[2] for entry in sorted(self._side))
        queue.extend(self._arrivals)
        queue.sort(key=_DUE)
        queue.reverse()
        self._side.clear()
        self._arrivals.clear()

    def _purge_if_sparse(self) -> None:
        # Fired and cancelled items stay remembered (and queued) until they outnumber
        # the pending ones: forgetting them one by one would cost a lookup per firing.
        if len(self._by_token) > 2 * len(self) + _SPARE_ENTRIES:
            self._purge()

    def _purge(self) -> None:
        alive = self._alive
        # Once everything has fired, as after a long move, nothing needs looking at.
        pending = (
            [item for item in self._by_token.values() if alive[item.sequence]] if len(self) else []
        )
        self._by_token.clear()
        self._by_token.update((item.token.id, item) for item in pending)
        self._queue[:] = [item for item in self._queue if alive[item.sequence]]
        self._arrivals[:] = [item for item in self._arrivals if alive[item.sequence]]
        self._side[:] = [entry for entry in self._side if alive[entry[2].sequence]]
        heapify(self._side)

    def _fire(self, item: ScheduledItem, dispatch: Dispatch | None) -> None:
        # Aware datetimes compare correctly across time zones, so no conversion is needed.
        if item.due > self._time_source.now():
            self._time_source.move_to(item.due)
            self._firings_in_place = 0
        else:
            self._count_firing_in_place(item, ())
        self._firings_in_window += 1
        if self._firings_in_window > self._max_firings_per_move:
            self._check_loop(item, (), in_place=False)
        for listener in self._fire_listeners[item.kind]:
            listener(item)
        if dispatch is not None:
            dispatch(item)

    def _count_firing_in_place(self, item: ScheduledItem, fired: Sequence[ScheduledItem]) -> None:
        self._firings_in_place += 1
        if self._firings_in_place > self._max_firings_per_instant:
            self._check_loop(item, fired, in_place=True)

    def _check_loop(
        self, item: ScheduledItem, fired: Sequence[ScheduledItem], *, in_place: bool
    ) -> None:
        """Past a bound as ``item`` fires, after ``fired`` in this move: is it a loop?

        Only what handlers schedule as time moves can loop. An item that was already
        waiting (before this move, or before this instant for the bound of one instant)
        is one of finitely many: the count starts again, and a loop, if there is one,
        is found a bound later. A loop is read from the items the handlers scheduled in
        the later half of the firings the bound counted; items due earlier fire before
        a loop takes over.
        """
        now = self.now()
        if not self._scheduled_in_loop(item, now, in_place):
            if in_place:
                self._firings_in_place = 0
            else:
                self._firings_in_window = 0
            return
        bound = self._max_firings_per_instant if in_place else self._max_firings_per_move
        recent = [
            fired_item
            for fired_item in fired[max(0, len(fired) - bound // 2) :]
            if self._scheduled_in_loop(fired_item, now, in_place)
        ]
        raise SchedulingLoopError(item, bound, now, in_place, recent, self._handled_by)

    def _scheduled_in_loop(self, item: ScheduledItem, now: datetime, in_place: bool) -> bool:
        """Whether ``item`` was scheduled as time moved (at ``now``, for ``in_place``)."""
        return item.sequence >= self._move_from and (not in_place or item.scheduled_at >= now)
