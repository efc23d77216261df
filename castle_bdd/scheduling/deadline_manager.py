"""A stand-in for a deadline manager: named deadlines fire when time reaches them."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import partial
from typing import ClassVar

from castle_bdd.scheduling._stub import TimelineStub
from castle_bdd.scheduling.errors import SchedulingError
from castle_bdd.scheduling.interceptors import (
    DeadlineDispatchInterceptor,
    DeadlineHandlerInterceptor,
    DeadlineInterceptors,
)
from castle_bdd.scheduling.items import ItemKind, ScheduledItem, ScheduleToken
from castle_bdd.scheduling.time_source import TimeSource, Trigger, resolve_trigger
from castle_bdd.scheduling.timeline import Timeline


class StubDeadlineManager(TimelineStub):
    """Schedules named deadlines and records which of them have been triggered.

    A timeline serves one deadline manager: every deadline on it counts as this one's.
    """

    _kind: ClassVar[ItemKind] = "deadline"

    def __init__(
        self,
        time_source: TimeSource | None = None,
        timeline: Timeline | None = None,
        interceptors: DeadlineInterceptors | None = None,
    ) -> None:
        """Use `timeline` (shared with an event scheduler) or a new one over `time_source`.

        `interceptors` (shared with the fixture that registers them) change deadlines as
        they are scheduled and as they are handled; see `castle_bdd.scheduling.interceptors`.
        """
        super().__init__(time_source, timeline)
        self.interceptors = interceptors if interceptors is not None else DeadlineInterceptors()
        self._ids = itertools.count(1)
        self._tokens: dict[str, ScheduleToken] = {}
        self._triggered: list[ScheduledItem] = []
        self._names: set[str] = set()
        #: While a unit of work runs: how to undo each deadline it scheduled or cancelled.
        self._undo: list[Callable[[], object]] | None = None
        # the timeline holds this manager while it listens: `close` lets go
        self._timeline.add_fire_listener(self._record_triggered, "deadline")

    def close(self) -> None:
        """Stop recording what fires: the scenario that owns this manager has ended."""
        self._timeline.remove_fire_listener(self._record_triggered)

    def schedule(
        self,
        trigger: Trigger,
        deadline_name: str,
        payload: object | None = None,
        scope: object | None = None,
    ) -> str:
        """Schedule deadline `deadline_name` with `payload` for `scope`; returns its id.

        `trigger` is a timedelta from now or a datetime (naive means UTC); a trigger in
        the past is accepted and fires the next time time moves.
        """
        if not isinstance(deadline_name, str) or not deadline_name:
            raise SchedulingError(f"a deadline needs a non-empty name, got {deadline_name!r}")
        deadline_id = f"deadline-{next(self._ids)}"
        if self.interceptors.dispatch:
            due = resolve_trigger(trigger, self.current_time)
            deadline_name, payload = self.interceptors.on_dispatch(deadline_name, payload, due)
        item = self._timeline.add(
            trigger,
            payload,
            "deadline",
            deadline_name=deadline_name,
            deadline_id=deadline_id,
            scope=scope,
        )
        self._tokens[deadline_id] = item.token
        self._names.add(deadline_name)
        if self._undo is not None:
            self._undo.append(partial(self._unschedule, deadline_id))
        return deadline_id

    def record_changes(self) -> None:
        """Note, from now on, how to undo each deadline scheduled or cancelled: a unit of
        work has started, whose changes a real deadline manager makes when it commits."""
        self._undo = []

    def end_changes(self, keep: bool) -> None:
        """Stop noting changes; unless ``keep`` (the unit of work failed), undo those
        noted, the last first: the deadlines scheduled are gone, those cancelled back."""
        undo, self._undo = self._undo, None
        if not keep and undo:
            for step in reversed(undo):
                step()

    def register_dispatch_interceptor(
        self, interceptor: DeadlineDispatchInterceptor
    ) -> Callable[[], None]:
        """Change every deadline scheduled from now on; returns a function that removes it."""
        self.interceptors.dispatch.append(interceptor)
        return lambda: self.interceptors.dispatch.remove(interceptor)

    def register_handler_interceptor(
        self, interceptor: DeadlineHandlerInterceptor
    ) -> Callable[[], None]:
        """Run around every deadline's handler; returns a function that removes it."""
        self.interceptors.handler.append(interceptor)
        return lambda: self.interceptors.handler.remove(interceptor)

    def handle(self, item: ScheduledItem, consume: Callable[[ScheduledItem], object]) -> object:
        """Hand a deadline that came due to ``consume`` through the handler interceptors.

        The triggered deadlines then record the deadline as ``consume`` received it.
        """
        if not self.interceptors.handler:
            return consume(item)
        handled, result = self.interceptors.on_handle(item, consume)
        if handled is not None and handled is not item:
            triggered = self._triggered
            for index in range(len(triggered) - 1, -1, -1):
                if triggered[index] is item:
                    triggered[index] = handled
                    break
        return result

    def cancel_schedule(self, deadline_name: str, deadline_id: str) -> None:
        """Cancel the deadline with this name and id; anything else is ignored."""
        token = self._tokens.get(deadline_id)
        item = self._timeline.get(token) if token is not None else None
        if item is not None and item.deadline_name == deadline_name:
            self._cancel(item)

    def cancel_all(self, deadline_name: str) -> None:
        """Cancel every pending deadline named `deadline_name`."""
        for item in self.scheduled_deadlines:
            if item.deadline_name == deadline_name:
                self._cancel(item)

    def cancel_all_within_scope(self, deadline_name: str, scope: object) -> None:
        """Cancel every pending deadline named `deadline_name` that belongs to `scope`."""
        for item in self.scheduled_deadlines:
            if item.deadline_name == deadline_name and _same_scope(item.scope, scope):
                self._cancel(item)

    @property
    def scheduled_deadlines(self) -> list[ScheduledItem]:
        """The deadlines still pending, in the order they will fire."""
        return self._timeline.pending("deadline")

    @property
    def scheduled_names(self) -> frozenset[str]:
        """The name of every deadline scheduled here: pending, triggered or cancelled."""
        return frozenset(self._names)

    @property
    def triggered_deadlines(self) -> list[ScheduledItem]:
        """The deadlines fired since the last `clear_triggered`, in firing order."""
        return list(self._triggered)

    def clear_triggered(self) -> None:
        """Forget which deadlines have fired, e.g. when a scenario's when-phase starts."""
        self._triggered.clear()

    def next_scheduled_deadline(self) -> ScheduledItem | None:
        """The deadline that fires next, or None if none is pending."""
        return self._timeline.next_pending("deadline")

    def _cancel(self, item: ScheduledItem) -> None:
        self._timeline.remove(item.token)
        self._tokens.pop(str(item.deadline_id), None)
        if self._undo is not None:
            self._undo.append(partial(self._restore, item))

    def _unschedule(self, deadline_id: str) -> None:
        token = self._tokens.pop(deadline_id, None)
        if token is not None:
            self._timeline.remove(token)

    def _restore(self, item: ScheduledItem) -> None:
        # the same item, due as before, past the dispatch interceptors it already went
        # through, and in its place among the deadlines due at the same instant
        self._timeline.put_back(item)
        self._tokens[str(item.deadline_id)] = item.token

    def _record_triggered(self, deadline: ScheduledItem) -> None:
        self._tokens.pop(str(deadline.deadline_id), None)
        self._triggered.append(deadline)


def _same_scope(candidate: object, scope: object) -> bool:
    return candidate is scope or candidate == scope
