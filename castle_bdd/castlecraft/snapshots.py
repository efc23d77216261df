"""A castlecraft ``SnapshotStore`` in memory, given to the handlers of each scenario.

castlecraft aggregates snapshot themselves (``create_snapshot``); where a handler keeps
the snapshots is a ``SnapshotStore`` it is given. Each scenario's container holds a
fresh one of these, so a handler that snapshots and loads from snapshots runs as in
production, and a test can read what it kept.
"""

from __future__ import annotations

import threading
from typing import TypeVar

from castlecraft_engineer.abstractions.snapshot import Snapshot
from castlecraft_engineer.abstractions.snapshot_store import SnapshotStore

#: The type of the ids of the aggregates whose snapshots are kept.
TAggregateId = TypeVar("TAggregateId")


class InMemorySnapshotStore(SnapshotStore[TAggregateId]):
    """The latest snapshot of each aggregate; an older one than kept is ignored."""

    def __init__(self) -> None:
        """No snapshots yet."""
        self._latest: dict[TAggregateId, Snapshot[TAggregateId]] = {}
        self._lock = threading.Lock()  # no await happens while it is held

    async def save_snapshot(self, snapshot: Snapshot[TAggregateId]) -> None:
        """Keep ``snapshot`` unless a newer one of its aggregate is kept already."""
        with self._lock:
            kept = self._latest.get(snapshot.aggregate_id)
            if kept is None or snapshot.version >= kept.version:
                self._latest[snapshot.aggregate_id] = snapshot

    async def get_latest_snapshot(
        self, aggregate_id: TAggregateId
    ) -> Snapshot[TAggregateId] | None:
        """The newest snapshot of ``aggregate_id``, if any."""
        return self._latest.get(aggregate_id)

    async def clear_snapshots(self, aggregate_id: TAggregateId) -> None:
        """Forget the snapshots of ``aggregate_id``."""
        with self._lock:
            self._latest.pop(aggregate_id, None)
