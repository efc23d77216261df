"""An event store in SQLite (the standard library's sqlite3): in a file, or in memory.

Each event is one row: its stream, its version, its type name and its fields as text,
written by a `Serializer` (`JsonSerializer` unless told otherwise). Streams are keyed
by the aggregate id written as JSON, so ids may be strings, numbers, UUIDs or anything
the serializer can write.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Sequence
from types import TracebackType

from castle_bdd.eventstore._arguments import (
    checked_events,
    checked_expected_version,
    checked_start_index,
)
from castle_bdd.eventstore.base import TAggregateId
from castle_bdd.eventstore.errors import EventStoreConflictError
from castle_bdd.eventstore.serialization import JsonSerializer, Serializer
from castle_bdd.eventstore.synchronous import SynchronousEventStore

_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    stream TEXT NOT NULL,
    version INTEGER NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (stream, version)
) WITHOUT ROWID
"""
_VERSION = "SELECT MAX(version) FROM events WHERE stream = ?"
_LOAD = "SELECT type, data FROM events WHERE stream = ? AND version >= ? ORDER BY version"
_INSERT = "INSERT INTO events (stream, version, type, data) VALUES (?, ?, ?, ?)"


class SqliteEventStore(SynchronousEventStore[TAggregateId]):
    """An `EventStore` in an SQLite database, safe for many asyncio tasks and threads.

    ``SqliteEventStore()`` keeps its events in memory, for as long as the store is
    open; ``SqliteEventStore("events.db")`` in a file, which other processes may share
    (SQLite's own locking and the table's primary key keep one winner per version).
    Every method has a synchronous twin ending in ``_now``, as `InMemoryEventStore`'s.
    ``close()`` (or leaving a ``with`` block) closes the database.
    """

    def __init__(
        self, path: str | os.PathLike[str] = ":memory:", serializer: Serializer | None = None
    ) -> None:
        """Open (and if need be create) the database at ``path``."""
        #: Writes each event as a type name and text, and reads it back.
        self.serializer: Serializer = serializer if serializer is not None else JsonSerializer()
        self._ids = JsonSerializer()
        self._path = os.fspath(path)
        # One connection, shared by every thread under one threading.Lock: nothing is
        # awaited while it is held, so tasks cannot deadlock on it.
        self._connection = sqlite3.connect(
            self._path, check_same_thread=False, isolation_level=None, timeout=30
        )
        self._lock = threading.Lock()
        with self._lock:
            self._connection.execute(_SCHEMA)

    def append_events_now(
        self, aggregate_id: TAggregateId, expected_version: int, events: Sequence[object]
    ) -> None:
        """`append_events` without an event loop: same checks, same errors."""
        expected_version = checked_expected_version(expected_version)
        batch = list(checked_events(events))
        if not batch:
            return
        stream = self._ids.dumps(aggregate_id)
        rows = [
            (stream, expected_version + number, *self.serializer.serialize(event))
            for number, event in enumerate(batch, start=1)
        ]
        with self._lock:
            connection = self._connection
            connection.execute("BEGIN IMMEDIATE")
            try:
                actual_version = _version(connection, stream)
                if actual_version != expected_version:
                    raise EventStoreConflictError(aggregate_id, expected_version, actual_version)
                connection.executemany(_INSERT, rows)
            except sqlite3.IntegrityError:  # another process took the version first
                connection.execute("ROLLBACK")
                actual = _version(connection, stream)
                raise EventStoreConflictError(aggregate_id, expected_version, actual) from None
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    def load_events_now(
        self, aggregate_id: TAggregateId, from_version: int | None = None
    ) -> list[object]:
        """`load_events` without an event loop."""
        start = checked_start_index(from_version)
        stream = self._ids.dumps(aggregate_id)
        with self._lock:
            rows = self._connection.execute(_LOAD, (stream, start)).fetchall()
        deserialize = self.serializer.deserialize
        return [deserialize(type_name, data) for type_name, data in rows]

    def get_current_version_now(self, aggregate_id: TAggregateId) -> int | None:
        """`get_current_version` without an event loop."""
        with self._lock:
            version = _version(self._connection, self._ids.dumps(aggregate_id))
        return None if version == -1 else version

    def get_stream_now(self, aggregate_id: TAggregateId) -> list[object]:
        """`get_stream` without an event loop."""
        return self.load_events_now(aggregate_id)

    def clear_now(self) -> None:
        """`clear` without an event loop."""
        with self._lock:
            self._connection.execute("DELETE FROM events")

    def close(self) -> None:
        """Close the database; the store cannot be used afterwards."""
        with self._lock:
            self._connection.close()

    def __enter__(self) -> SqliteEventStore[TAggregateId]:
        """Use the store in a ``with`` block, which closes it."""
        return self

    def __exit__(
        self,
        error_type: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Close the database."""
        self.close()

    def __repr__(self) -> str:
        """Show where the store keeps its events."""
        return f"<SqliteEventStore {self._path!r}>"


def _version(connection: sqlite3.Connection, stream: str) -> int:
    (version,) = connection.execute(_VERSION, (stream,)).fetchone()
    return -1 if version is None else int(version)
