"""The event store contract, run on the SQLite store: in memory, and in a file."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from castle_bdd.eventstore import SqliteEventStore
from castle_bdd.testing import EventStoreContract


class TestSqliteInMemoryContract(EventStoreContract[str]):
    """A store in an in-memory database, closed after each test."""

    @pytest.fixture
    def event_store(self) -> Iterator[SqliteEventStore[str]]:
        """A fresh in-memory database."""
        with SqliteEventStore[str]() as store:
            yield store

    @pytest.fixture
    def generate_aggregate_id(self) -> Callable[[], str]:
        """Ids "card-1", "card-2", … (unique within a test)."""
        counter = itertools.count(1)
        return lambda: f"card-{next(counter)}"


class TestSqliteFileContract(EventStoreContract[uuid.UUID]):
    """A store in a file, with UUIDs for ids, to show ids need not be strings."""

    @pytest.fixture
    def event_store(self, tmp_path: Path) -> Iterator[SqliteEventStore[uuid.UUID]]:
        """A fresh database file."""
        with SqliteEventStore[uuid.UUID](tmp_path / "events.db") as store:
            yield store

    @pytest.fixture
    def generate_aggregate_id(self) -> Callable[[], uuid.UUID]:
        """A new UUID on each call."""
        return uuid.uuid4
