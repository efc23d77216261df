"""The public names of `castle_bdd.eventstore` and the shape of the `EventStore` interface."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import pytest

import castle_bdd.eventstore
from castle_bdd.errors import CastleBddError
from castle_bdd.eventstore import EventStore, EventStoreConflictError, InMemoryEventStore


def test_eventstore_package_exports() -> None:
    assert castle_bdd.eventstore.__all__ == [
        "EventStore",
        "EventStoreConflictError",
        "InMemoryEventStore",
        "JsonSerializer",
        "MissingFieldError",
        "RoundTripError",
        "SerializationError",
        "Serializer",
        "SqliteEventStore",
        "check_round_trip",
        "round_trip_differences",
    ]


def test_event_store_is_abstract() -> None:
    with pytest.raises(TypeError, match="abstract"):
        EventStore()  # type: ignore[abstract]


def test_a_subclass_implementing_the_three_methods_is_an_event_store() -> None:
    class _Nothing(EventStore[str]):
        async def append_events(
            self, aggregate_id: str, expected_version: int, events: Sequence[Any]
        ) -> None:
            return None

        async def load_events(
            self, aggregate_id: str, from_version: int | None = None
        ) -> list[Any]:
            return []

        async def get_current_version(self, aggregate_id: str) -> int | None:
            return None

    store = _Nothing()
    assert asyncio.run(store.load_events("x")) == []
    assert isinstance(InMemoryEventStore(), EventStore)


def test_a_new_stream_is_expected_at_minus_one() -> None:
    assert EventStore.NEW_STREAM_VERSION == -1
    assert InMemoryEventStore.NEW_STREAM_VERSION == -1


def test_in_memory_store_is_generic_over_the_id_type() -> None:
    store = InMemoryEventStore[int]()
    store.append_events_now(1, -1, ["opened"])
    assert store.get_stream_now(1) == ["opened"]


def test_conflict_error_is_a_castle_bdd_error() -> None:
    assert issubclass(EventStoreConflictError, CastleBddError)
