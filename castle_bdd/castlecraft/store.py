"""castle-bdd's in-memory store as a castlecraft `EventStore`, with castlecraft's conflict error.

`CastlecraftEventStore` is both stores at once: castlecraft code that takes an
``EventStore`` takes it, and castle-bdd's fixtures drive it through its synchronous
``…_now`` twins. A lost optimistic-concurrency race raises `CastlecraftConflictError`,
which is castlecraft's ``EventStoreConflictError`` and castle-bdd's alike, so code that
catches either one catches it.
"""

from __future__ import annotations

from castlecraft_engineer.abstractions import event_store as castlecraft_store

from castle_bdd.eventstore import EventStoreConflictError, InMemoryEventStore
from castle_bdd.eventstore.base import TAggregateId


# The two bases type aggregate_id differently (object, a type variable); both hold it.
class CastlecraftConflictError(  # type: ignore[misc]
    EventStoreConflictError, castlecraft_store.EventStoreConflictError
):
    """An append lost an optimistic-concurrency race: castlecraft's error and castle-bdd's.

    It reads and pickles as castle-bdd's error, and carries the same three attributes.
    """


class CastlecraftEventStore(
    InMemoryEventStore[TAggregateId], castlecraft_store.EventStore[TAggregateId]
):
    """castle-bdd's `InMemoryEventStore`, and a castlecraft ``EventStore`` too.

    Register it in the container where your command handlers find their store; every
    method keeps the in-memory store's semantics (versions from -1, ``from_version``
    exclusive, copies on load) and its synchronous twins.
    """

    conflict_error = CastlecraftConflictError
