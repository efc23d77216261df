"""Event stores: the `EventStore` interface, an in-memory store, an SQLite store and errors.

`SqliteEventStore` keeps messages as text, written by a `Serializer` (`JsonSerializer`
unless told otherwise); `check_round_trip` tells whether messages survive a serializer.
Each is imported when first used: a run on the in-memory store does not pay for sqlite3,
nor a saga suite, which keeps no events, for any store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from castle_bdd.lazy import lazy_exports

if TYPE_CHECKING:
    from castle_bdd.eventstore.base import EventStore
    from castle_bdd.eventstore.errors import (
        EventStoreConflictError,
        MissingFieldError,
        SerializationError,
    )
    from castle_bdd.eventstore.in_memory import InMemoryEventStore
    from castle_bdd.eventstore.round_trip import (
        RoundTripError,
        check_round_trip,
        round_trip_differences,
    )
    from castle_bdd.eventstore.serialization import JsonSerializer, Serializer
    from castle_bdd.eventstore.sqlite import SqliteEventStore

__all__ = [
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

_LAZY = {
    "EventStore": "castle_bdd.eventstore.base",
    "EventStoreConflictError": "castle_bdd.eventstore.errors",
    "MissingFieldError": "castle_bdd.eventstore.errors",
    "SerializationError": "castle_bdd.eventstore.errors",
    "InMemoryEventStore": "castle_bdd.eventstore.in_memory",
    "JsonSerializer": "castle_bdd.eventstore.serialization",
    "Serializer": "castle_bdd.eventstore.serialization",
    "RoundTripError": "castle_bdd.eventstore.round_trip",
    "check_round_trip": "castle_bdd.eventstore.round_trip",
    "round_trip_differences": "castle_bdd.eventstore.round_trip",
    "SqliteEventStore": "castle_bdd.eventstore.sqlite",
}

__getattr__ = lazy_exports(__name__, _LAZY, globals())
