"""The event store interface: append with optimistic concurrency, load, read the version."""

from __future__ import annotations

import abc
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

#: The type of the ids that name streams (one stream per aggregate).
TAggregateId = TypeVar("TAggregateId")


class EventStore(Generic[TAggregateId], abc.ABC):
    """Persists and retrieves each aggregate's stream of events.

    Versions are 0-based: the first event of a stream is version 0, so a stream's
    version is its number of events minus one, and a stream with no events is
    expected at -1 (`NEW_STREAM_VERSION`). Events are any objects.
    """

    #: The version to expect when appending the first events of a stream.
    NEW_STREAM_VERSION: int = -1

    # Events are typed Any, not object, so that a subclass may narrow them to its
    # own event base class (list is invariant) without breaking the override rules.

    @abc.abstractmethod
    async def append_events(
        self, aggregate_id: TAggregateId, expected_version: int, events: Sequence[Any]
    ) -> None:
        """Append `events` to the stream, which must be at `expected_version`.

        An empty `events` changes nothing and checks nothing further. Raise
        `EventStoreConflictError` when the stream is at another version, `ValueError`
        when `expected_version` is below -1 and `TypeError` when `expected_version` is
        not an int or `events` is not a sequence.
        """

    @abc.abstractmethod
    async def load_events(
        self, aggregate_id: TAggregateId, from_version: int | None = None
    ) -> list[Any]:
        """A new list of the stream's events after `from_version` (all of them for `None`).

        `from_version` is exclusive, and anything below -1 counts as -1. An unknown
        stream gives an empty list. Raise `TypeError` when `from_version` is neither an
        int nor `None`.
        """

    @abc.abstractmethod
    async def get_current_version(self, aggregate_id: TAggregateId) -> int | None:
        """The version of the stream's last event, or `None` when it has no events."""
