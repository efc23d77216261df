"""`EventStoreContract`: the pytest base class that proves a store keeps the contract."""

from __future__ import annotations

from typing import Generic

from castle_bdd.eventstore.base import TAggregateId
from castle_bdd.testing._concurrency_behaviours import _ConcurrencyBehaviours
from castle_bdd.testing._more_behaviours import _MoreBehaviours
from castle_bdd.testing._seed_behaviours import _SeedBehaviours


class EventStoreContract(
    _SeedBehaviours, _MoreBehaviours, _ConcurrencyBehaviours, Generic[TAggregateId]
):
    """Subclass in a test module (as `Test…`) to run the event store contract on a store.

    The subclass (or a conftest) provides two fixtures:

    - `event_store`: a clean store for each test, or a function (sync or async) that
      opens one, or an async context manager that does; the contract opens it inside
      the event loop the test runs in, and closes it afterwards.
    - `generate_aggregate_id`: a function returning a new, unique aggregate id on each
      call (for example `lambda: str(uuid.uuid4())`).

    Each contract test is a plain method that runs its async body in an event loop of its
    own, so no asyncio plugin or mode is needed. Class attributes tune it:
    `NEW_STREAM_EXPECTED_VERSION`, `CONFLICT_ERROR` (the error the store raises on a
    version conflict), `CONCURRENT_WRITERS` and `CONCURRENT_THREADS` (0 skips the thread
    test, for stores bound to one event loop).
    """
