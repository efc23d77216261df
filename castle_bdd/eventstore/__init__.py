"""Event stores: the `EventStore` interface, an in-memory store and the conflict error."""

from __future__ import annotations

from castle_bdd.eventstore.base import EventStore
from castle_bdd.eventstore.errors import EventStoreConflictError
from castle_bdd.eventstore.in_memory import InMemoryEventStore

__all__ = ["EventStore", "EventStoreConflictError", "InMemoryEventStore"]
