"""`InMemoryEventStore` beyond the contract: sync twins, extras and argument checks."""

from __future__ import annotations

import asyncio
import enum
from collections import deque

import pytest

from castle_bdd.eventstore import EventStoreConflictError, InMemoryEventStore


@pytest.fixture
def store() -> InMemoryEventStore[str]:
    return InMemoryEventStore()


class _Version(enum.IntEnum):
    NEW = -1
    FIRST = 0


def test_sync_and_async_methods_share_the_streams(store: InMemoryEventStore[str]) -> None:
    store.append_events_now("GC-1", -1, ["issued"])
    asyncio.run(store.append_events("GC-1", 0, ["redeemed"]))
    assert asyncio.run(store.load_events("GC-1")) == ["issued", "redeemed"]
    assert store.load_events_now("GC-1", 0) == ["redeemed"]
    assert asyncio.run(store.get_current_version("GC-1")) == 1
    assert store.get_current_version_now("GC-1") == 1


def test_sync_append_raises_the_same_conflict(store: InMemoryEventStore[str]) -> None:
    store.append_events_now("GC-1", -1, ["issued"])
    with pytest.raises(EventStoreConflictError) as conflict:
        store.append_events_now("GC-1", -1, ["issued again"])
    assert (conflict.value.expected_version, conflict.value.actual_version) == (-1, 0)


def test_clear_forgets_every_stream(store: InMemoryEventStore[str]) -> None:
    store.append_events_now("GC-1", -1, ["issued"])
    store.append_events_now("GC-2", -1, ["issued"])
    asyncio.run(store.clear())
    assert store.get_current_version_now("GC-1") is None
    store.append_events_now("GC-1", -1, ["reissued"])
    store.clear_now()
    assert store.load_events_now("GC-1") == []


def test_get_stream_returns_a_copy_of_the_whole_stream(store: InMemoryEventStore[str]) -> None:
    store.append_events_now("GC-1", -1, ["issued", "redeemed"])
    stream = asyncio.run(store.get_stream("GC-1"))
    stream.clear()
    assert store.get_stream_now("GC-1") == ["issued", "redeemed"]
    assert asyncio.run(store.get_stream("unknown")) == []


def test_events_come_back_as_the_same_objects(store: InMemoryEventStore[str]) -> None:
    event = {"card_id": "GC-1"}
    store.append_events_now("GC-1", -1, [event])
    assert store.load_events_now("GC-1")[0] is event


def test_a_long_history_appends_and_loads_in_one_call(store: InMemoryEventStore[str]) -> None:
    history = list(range(100_000))
    store.append_events_now("GC-1", -1, history)
    assert store.get_current_version_now("GC-1") == 99_999
    assert store.load_events_now("GC-1") == history
    assert store.load_events_now("GC-1", 99_997) == [99_998, 99_999]


def test_any_sequence_of_events_is_accepted(store: InMemoryEventStore[str]) -> None:
    store.append_events_now("GC-1", -1, range(3))
    store.append_events_now("GC-1", 2, deque(["a", "b"]))
    assert store.load_events_now("GC-1") == [0, 1, 2, "a", "b"]


def test_int_subclasses_other_than_bool_are_versions(store: InMemoryEventStore[str]) -> None:
    store.append_events_now("GC-1", _Version.NEW, ["issued"])
    store.append_events_now("GC-1", _Version.FIRST, ["redeemed"])
    assert store.load_events_now("GC-1", _Version.FIRST) == ["redeemed"]


@pytest.mark.parametrize("version", [True, False, None, "0", 0.0])
def test_expected_version_must_be_an_int(store: InMemoryEventStore[str], version: object) -> None:
    with pytest.raises(TypeError, match=r"expected_version must be an int \(use -1 for a new"):
        store.append_events_now("GC-1", version, ["issued"])  # type: ignore[arg-type]


@pytest.mark.parametrize("version", [True, "0", 0.5])
def test_from_version_must_be_an_int_or_none(
    store: InMemoryEventStore[str], version: object
) -> None:
    with pytest.raises(TypeError, match="from_version must be an int"):
        store.load_events_now("GC-1", version)  # type: ignore[arg-type]


def test_expected_version_below_minus_one_is_a_value_error(store: InMemoryEventStore[str]) -> None:
    with pytest.raises(ValueError, match=r"expected_version must be -1 \(a new stream\) or more"):
        store.append_events_now("GC-1", -2, [])


@pytest.mark.parametrize("events", ["issued", b"issued", {"issued"}, iter(["issued"]), 42])
def test_events_must_be_a_sequence(store: InMemoryEventStore[str], events: object) -> None:
    with pytest.raises(TypeError, match="events must be a sequence"):
        store.append_events_now("GC-1", -1, events)  # type: ignore[arg-type]
    assert store.get_current_version_now("GC-1") is None


def test_repr_counts_streams_and_events(store: InMemoryEventStore[str]) -> None:
    store.append_events_now("GC-1", -1, ["issued", "redeemed"])
    store.append_events_now("GC-2", -1, ["issued"])
    assert repr(store) == "<InMemoryEventStore: 2 streams, 3 events>"
