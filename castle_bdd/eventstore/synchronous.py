"""Stores whose work is synchronous: the async interface, written once over `*_now` twins."""

from __future__ import annotations

import abc
from collections.abc import Sequence
from typing import Any

from castle_bdd.eventstore.base import EventStore, TAggregateId


class SynchronousEventStore(EventStore[TAggregateId]):
    """An `EventStore` that does its work without waiting, in synchronous `*_now` methods.

    Each async method of `EventStore` calls its twin (`append_events_now`,
    `load_events_now`, `get_current_version_now`, `clear_now`, `get_stream_now`), which
    callers with no event loop, such as the fixtures, may call directly.
    """

    async def append_events(
        self, aggregate_id: TAggregateId, expected_version: int, events: Sequence[object]
    ) -> None:
        """Append `events` to the stream, which must be at `expected_version`."""
        self.append_events_now(aggregate_id, expected_version, events)

    async def load_events(
        self, aggregate_id: TAggregateId, from_version: int | None = None
    ) -> list[Any]:
        """A new list of the stream's events after `from_version` (all of them for `None`)."""
        return self.load_events_now(aggregate_id, from_version)

    async def get_current_version(self, aggregate_id: TAggregateId) -> int | None:
        """The version of the stream's last event, or `None` when it has no events."""
        return self.get_current_version_now(aggregate_id)

    async def clear(self) -> None:
        """Forget every stream."""
        self.clear_now()

    async def get_stream(self, aggregate_id: TAggregateId) -> list[object]:
        """A new list of all the stream's events (empty for an unknown stream)."""
        return self.get_stream_now(aggregate_id)

    @abc.abstractmethod
    def append_events_now(
        self, aggregate_id: TAggregateId, expected_version: int, events: Sequence[object]
    ) -> None:
        """`append_events` without an event loop: same checks, same errors."""

    @abc.abstractmethod
    def load_events_now(
        self, aggregate_id: TAggregateId, from_version: int | None = None
    ) -> list[Any]:
        """`load_events` without an event loop."""

    @abc.abstractmethod
    def get_current_version_now(self, aggregate_id: TAggregateId) -> int | None:
        """`get_current_version` without an event loop."""

    @abc.abstractmethod
    def clear_now(self) -> None:
        """`clear` without an event loop."""

    @abc.abstractmethod
    def get_stream_now(self, aggregate_id: TAggregateId) -> list[object]:
        """`get_stream` without an event loop."""
