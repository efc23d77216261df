"""The event store contract, run on the in-memory store, as a user would run it on theirs."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager

import pytest

from castle_bdd.eventstore import InMemoryEventStore
from castle_bdd.testing import EventStoreContract


class TestInMemoryEventStoreContract(EventStoreContract[str]):
    """The store given directly, from a yield fixture that clears it afterwards."""

    @pytest.fixture
    def event_store(self) -> Iterator[InMemoryEventStore[str]]:
        """A fresh store, cleared after the test."""
        store: InMemoryEventStore[str] = InMemoryEventStore()
        yield store
        store.clear_now()

    @pytest.fixture
    def generate_aggregate_id(self) -> Callable[[], str]:
        """Ids "card-1", "card-2", … (unique within a test)."""
        counter = itertools.count(1)
        return lambda: f"card-{next(counter)}"


class TestInMemoryEventStoreOpenedInTheLoopContract(EventStoreContract[int]):
    """The store opened by an async context manager inside the contract's event loop."""

    @pytest.fixture
    def event_store(self) -> Callable[[], object]:
        """A factory of async context managers, as a store bound to a loop would give."""

        @asynccontextmanager
        async def open_store() -> AsyncIterator[InMemoryEventStore[int]]:
            store: InMemoryEventStore[int] = InMemoryEventStore()
            yield store
            await store.clear()

        return open_store

    @pytest.fixture
    def generate_aggregate_id(self) -> Callable[[], int]:
        """Integer ids, to show ids need not be strings."""
        return itertools.count(1000).__next__
