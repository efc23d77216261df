"""`SqliteEventStore` beyond the contract: files, serializers, and closing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from castle_bdd.eventstore import (
    EventStoreConflictError,
    JsonSerializer,
    SerializationError,
    SqliteEventStore,
)
from castle_bdd.testing import ContractEvent, create_test_events
from tests.eventstore.lossy import CardRenamed, TableSerializer


def test_a_file_keeps_its_events_after_the_store_is_closed(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    events = create_test_events(3)
    with SqliteEventStore[str](path) as store:
        store.append_events_now("GC-1", -1, events)
    with SqliteEventStore[str](str(path)) as reopened:
        assert reopened.load_events_now("GC-1") == events
        assert reopened.get_current_version_now("GC-1") == 2


def test_two_stores_on_one_file_keep_one_winner_per_version(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    with SqliteEventStore[str](path) as first, SqliteEventStore[str](path) as second:
        first.append_events_now("GC-1", -1, create_test_events(1, "first_"))
        with pytest.raises(EventStoreConflictError) as conflict:
            second.append_events_now("GC-1", -1, create_test_events(1, "second_"))
        assert conflict.value.actual_version == 0
        assert second.load_events_now("GC-1") == [ContractEvent("first_1")]


def test_ids_of_different_types_are_different_streams() -> None:
    with SqliteEventStore[int | str]() as store:
        store.append_events_now(1, -1, create_test_events(1, "number_"))
        store.append_events_now("1", -1, create_test_events(1, "text_"))
        assert store.load_events_now(1) == [ContractEvent("number_1")]
        assert store.load_events_now("1") == [ContractEvent("text_1")]


def test_events_are_written_by_its_serializer() -> None:
    with SqliteEventStore[str](serializer=TableSerializer()) as store:
        assert isinstance(store.serializer, TableSerializer)
        store.append_events_now("GC-1", -1, [CardRenamed("GC-1", "EUR")])
        with pytest.raises(SerializationError, match=r"CardRenamed\.currency"):
            store.load_events_now("GC-1")
    with SqliteEventStore[str]() as default:
        assert isinstance(default.serializer, JsonSerializer)


def test_an_event_that_cannot_be_written_leaves_the_stream_unchanged() -> None:
    with SqliteEventStore[str]() as store:
        with pytest.raises(SerializationError):
            store.append_events_now("GC-1", -1, [ContractEvent("ok"), object()])
        assert store.get_current_version_now("GC-1") is None


def test_clear_forgets_every_stream_and_close_closes() -> None:
    store: SqliteEventStore[str] = SqliteEventStore()
    store.append_events_now("GC-1", -1, create_test_events(2))
    store.clear_now()
    assert store.get_stream_now("GC-1") == []
    assert repr(store) == "<SqliteEventStore ':memory:'>"
    store.close()
    with pytest.raises(sqlite3.ProgrammingError):
        store.get_current_version_now("GC-1")
