"""An event store that keeps every stream in a dict: for tests, fixtures and examples."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from castle_bdd.eventstore._arguments import (
    checked_events,
    checked_expected_version,
    checked_start_index,
)
from castle_bdd.eventstore.base import TAggregateId
from castle_bdd.eventstore.errors import EventStoreConflictError
from castle_bdd.eventstore.synchronous import SynchronousEventStore


class InMemoryEventStore(SynchronousEventStore[TAggregateId]):
    """An `EventStore` held in memory, safe for many asyncio tasks and threads at once.

    Every method has a synchronous twin ending in `_now` (`append_events_now`,
    `load_events_now`, `get_current_version_now`, `clear_now`, `get_stream_now`) with the
    same semantics, for callers that have no event loop or want to skip its cost.
    Aggregate ids must be hashable.
    """

    #: What a lost optimistic-concurrency race raises: a subclass may name its own
    #: subclass of `EventStoreConflictError` (read only when a conflict happens).
    conflict_error: type[EventStoreConflictError] = EventStoreConflictError

    def __init__(self) -> None:
        """Start with no streams."""
        self._streams: dict[TAggregateId, list[object]] = {}
        # One threading.Lock, not an asyncio.Lock: it works across threads and event
        # loops, and no await ever happens while it is held, so tasks cannot deadlock.
        self._lock = threading.Lock()

    def append_events_now(
        self, aggregate_id: TAggregateId, expected_version: int, events: Sequence[object]
    ) -> None:
        """`append_events` without an event loop: same checks, same errors."""
        if type(expected_version) is not int or expected_version < -1:
            expected_version = checked_expected_version(expected_version)
        batch = events if type(events) is list else _as_list(events)
        if not batch:
            return
        # acquire/release rather than `with`: this is the hot path, and `with` costs
        # twice as much on CPython 3.11.
        lock = self._lock
        lock.acquire()
        try:
            stream = self._streams.get(aggregate_id)
            actual_version = -1 if stream is None else len(stream) - 1
            if actual_version != expected_version:
                raise self.conflict_error(aggregate_id, expected_version, actual_version)
            if stream is None:
                self._streams[aggregate_id] = batch.copy()
            else:
                stream.extend(batch)
        finally:
            lock.release()

    def load_events_now(
        self, aggregate_id: TAggregateId, from_version: int | None = None
    ) -> list[object]:
        """`load_events` without an event loop."""
        start = 0 if from_version is None else checked_start_index(from_version)
        # No lock: a read is one dict lookup and one slice, and a writer changes a stream
        # in one step (see _as_list), so a reader sees a batch whole or not at all.
        stream = self._streams.get(aggregate_id)
        return [] if stream is None else stream[start:]

    def get_current_version_now(self, aggregate_id: TAggregateId) -> int | None:
        """`get_current_version` without an event loop."""
        stream = self._streams.get(aggregate_id)
        return None if stream is None else len(stream) - 1

    def get_stream_now(self, aggregate_id: TAggregateId) -> list[object]:
        """`get_stream` without an event loop."""
        return self.load_events_now(aggregate_id)

    def clear_now(self) -> None:
        """`clear` without an event loop."""
        with self._lock:
            self._streams.clear()

    def __repr__(self) -> str:
        """Show how many streams and events the store holds."""
        with self._lock:
            event_count = sum(map(len, self._streams.values()))
            return f"<InMemoryEventStore: {len(self._streams)} streams, {event_count} events>"


def _as_list(events: Sequence[object]) -> list[object]:
    # Readers take no lock, so a stream must grow in one uninterruptible step: extending
    # by a list is one, iterating an arbitrary sequence runs Python code half-way.
    return list(checked_events(events))
