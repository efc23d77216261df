"""castlecraft's own event-store test contract, run on castle-bdd's castlecraft store."""

from __future__ import annotations

import asyncio
import itertools
import pickle
from collections.abc import Callable

import pytest
from castlecraft_engineer.abstractions.event_store import EventStore as CastlecraftStore
from castlecraft_engineer.abstractions.event_store import (
    EventStoreConflictError as CastlecraftConflict,
)
from castlecraft_engineer.testing.event_store import BaseEventStoreTest
from castlecraft_engineer.testing.event_store import InMemoryEventStore as CastlecraftOwnStore
from castlecraft_engineer.testing.snapshot_store import BaseSnapshotStoreTest

from castle_bdd.castlecraft import CastlecraftConflictError, CastlecraftEventStore
from castle_bdd.castlecraft.snapshots import InMemorySnapshotStore
from castle_bdd.eventstore import EventStoreConflictError, InMemoryEventStore
from castle_bdd.testing import EventStoreContract

_ids = itertools.count(1)


# castlecraft's test_stream_isolation takes one id from its fixture and appends to it
# twice at version -1, as if it were two streams: every correct store, castlecraft's own
# in-memory store among them, raises a conflict there. It is run, and must fail so.
_ISOLATION_SELF_CONFLICT = pytest.mark.xfail(
    raises=CastlecraftConflict,
    strict=True,
    reason="castlecraft's test appends twice at -1 to one stream id",
)


@pytest.mark.asyncio
class TestCastlecraftContract(BaseEventStoreTest[str]):
    """Every test of castlecraft's `BaseEventStoreTest`, on a fresh store each."""

    @pytest.fixture
    def event_store(self) -> CastlecraftEventStore[str]:
        return CastlecraftEventStore()

    @pytest.fixture
    def generate_aggregate_id(self) -> str:
        return f"stream-{next(_ids)}"

    @_ISOLATION_SELF_CONFLICT
    async def test_stream_isolation(  # type: ignore[override]
        self, event_store: CastlecraftEventStore[str], generate_aggregate_id: str
    ) -> None:
        await BaseEventStoreTest.test_stream_isolation(self, event_store, generate_aggregate_id)


@pytest.mark.asyncio
class TestCastlecraftOwnStoreFailsTheSameWay(BaseEventStoreTest[str]):
    """castlecraft's own in-memory store under its own isolation test: the same conflict."""

    @pytest.fixture
    def event_store(self) -> CastlecraftOwnStore[str]:
        return CastlecraftOwnStore()

    @pytest.fixture
    def generate_aggregate_id(self) -> str:
        return f"own-{next(_ids)}"

    @_ISOLATION_SELF_CONFLICT
    async def test_stream_isolation(  # type: ignore[override]
        self, event_store: CastlecraftOwnStore[str], generate_aggregate_id: str
    ) -> None:
        await BaseEventStoreTest.test_stream_isolation(self, event_store, generate_aggregate_id)


class TestCastlecraftStoreOnCastleBddContract(EventStoreContract[str]):
    """castle-bdd's contract (isolation on two ids, edge cases, races) on the same store."""

    @pytest.fixture
    def event_store(self) -> CastlecraftEventStore[str]:
        return CastlecraftEventStore()

    @pytest.fixture
    def generate_aggregate_id(self) -> Callable[[], str]:
        return lambda: f"card-{next(_ids)}"


def test_the_contract_runs_every_test_castlecraft_defines() -> None:
    names = [name for name in dir(BaseEventStoreTest) if name.startswith("test_")]
    assert len(names) == 15


def test_the_store_is_a_castlecraft_store_and_a_castle_bdd_store() -> None:
    store = CastlecraftEventStore[str]()
    assert isinstance(store, CastlecraftStore)
    assert isinstance(store, InMemoryEventStore)


def test_a_conflict_is_caught_as_castlecraft_s_error_and_as_castle_bdd_s() -> None:
    store = CastlecraftEventStore[str]()
    store.append_events_now("GC-1", -1, ["issued"])
    with pytest.raises(CastlecraftConflict) as caught:
        asyncio.run(store.append_events("GC-1", -1, ["issued again"]))
    error = caught.value
    assert isinstance(error, EventStoreConflictError)  # type: ignore[unreachable]
    assert (error.aggregate_id, error.expected_version, error.actual_version) == ("GC-1", -1, 0)  # type: ignore[unreachable]
    assert str(error).endswith("expected it at version -1, but it is at version 0")


def test_the_conflict_error_survives_pickling() -> None:
    copy = pickle.loads(pickle.dumps(CastlecraftConflictError("GC-1", 0, 2)))
    assert isinstance(copy, CastlecraftConflict)
    assert (copy.aggregate_id, copy.expected_version, copy.actual_version) == ("GC-1", 0, 2)


def test_the_plain_in_memory_store_still_raises_castle_bdd_s_own_error() -> None:
    store = InMemoryEventStore[str]()
    store.append_events_now("GC-1", -1, ["issued"])
    with pytest.raises(EventStoreConflictError) as caught:
        store.append_events_now("GC-1", -1, ["again"])
    assert not isinstance(caught.value, CastlecraftConflict)  # type: ignore[unreachable]


@pytest.mark.asyncio
class TestSnapshotStoreOnCastlecraftContract(BaseSnapshotStoreTest[str]):
    """castlecraft's own snapshot-store tests on the store each scenario's handlers get."""

    @pytest.fixture
    def snapshot_store(self) -> InMemorySnapshotStore[str]:
        return InMemorySnapshotStore()

    @pytest.fixture
    def generate_aggregate_id(self) -> str:
        return f"snapshotted-{next(_ids)}"


def test_the_snapshot_contract_runs_every_test_castlecraft_defines() -> None:
    names = [name for name in dir(BaseSnapshotStoreTest) if name.startswith("test_")]
    assert len(names) == 5
