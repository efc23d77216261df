"""In-memory stores with one bug each, for proving that the contract notices."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from typing import Any

from castle_bdd.eventstore import EventStoreConflictError, InMemoryEventStore


class IgnoresExpectedVersion(InMemoryEventStore[Any]):
    """Appends at whatever version the stream is at: no optimistic concurrency at all."""

    async def append_events(
        self, aggregate_id: Any, expected_version: int, events: Sequence[Any]
    ) -> None:
        """Append, pretending the caller expected the current version."""
        current_version = self.get_current_version_now(aggregate_id)
        actual = -1 if current_version is None else current_version
        await super().append_events(aggregate_id, actual, events)


class ChecksThenYields(IgnoresExpectedVersion):
    """Checks the version, then awaits before writing: racing writers all get through."""

    async def append_events(
        self, aggregate_id: Any, expected_version: int, events: Sequence[Any]
    ) -> None:
        """Check, let other tasks run, then append whatever the version is by then."""
        current_version = self.get_current_version_now(aggregate_id)
        actual = -1 if current_version is None else current_version
        if events and actual != expected_version:
            raise EventStoreConflictError(aggregate_id, expected_version, actual)
        await asyncio.sleep(0)
        await super().append_events(aggregate_id, expected_version, events)


class SharesItsLists(InMemoryEventStore[Any]):
    """Hands out its own list instead of a copy."""

    async def load_events(self, aggregate_id: Any, from_version: int | None = None) -> list[Any]:
        """The store's internal list itself."""
        return self._streams.setdefault(aggregate_id, [])


class FromVersionInclusive(InMemoryEventStore[Any]):
    """Loads from `from_version` inclusive: an off-by-one."""

    async def load_events(self, aggregate_id: Any, from_version: int | None = None) -> list[Any]:
        """Events from `from_version` on, including it."""
        start = None if from_version is None else from_version - 1
        return await super().load_events(aggregate_id, start)


class EmptyStreamAtMinusOne(InMemoryEventStore[Any]):
    """Reports -1 rather than None for a stream with no events."""

    async def get_current_version(self, aggregate_id: Any) -> int | None:
        """-1 for an empty stream."""
        version = await super().get_current_version(aggregate_id)
        return -1 if version is None else version


class LenientArguments(InMemoryEventStore[Any]):
    """Takes any expected version and any iterable of events without complaint."""

    async def append_events(self, aggregate_id: Any, expected_version: Any, events: Any) -> None:
        """Append, coercing the arguments instead of refusing them."""
        version = -1 if expected_version is None else max(int(expected_version), -1)
        await super().append_events(aggregate_id, version, list(events) if events else [])


class LosesRacingWrites(InMemoryEventStore[Any]):
    """Reads, checks and writes a stream back with no lock: racing threads overwrite."""

    def append_events_now(
        self, aggregate_id: Any, expected_version: int, events: Sequence[Any]
    ) -> None:
        """Copy the stream, check its version, pause, and put back the copy extended."""
        if not events:
            return
        stream = list(self._streams.get(aggregate_id, []))
        if len(stream) - 1 != expected_version:
            raise EventStoreConflictError(aggregate_id, expected_version, len(stream) - 1)
        # A slow write: other threads check the same version meanwhile.
        time.sleep(0.002)
        self._streams[aggregate_id] = stream + list(events)
