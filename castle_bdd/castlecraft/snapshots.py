"""A castlecraft ``SnapshotStore`` in memory, given to the handlers of each scenario.

castlecraft aggregates snapshot themselves (``create_snapshot``); where a handler keeps
the snapshots is a ``SnapshotStore`` it is given. Each scenario's container holds a
fresh one of these, so a handler that snapshots and loads from snapshots runs as in
production, and a test can read what it kept.
"""

from __future__ import annotations

import threading
from typing import Any

from castlecraft_engineer.abstractions.snapshot import Snapshot
from castlecraft_engineer.abstractions.snapshot_store import SnapshotStore


class InMemorySnapshotStore(SnapshotStore[Any]):
    """The latest snapshot of each aggregate; an older one than kept is ignored."""

    def __init__(self) -> None:
        """No snapshots yet."""
        self._latest: dict[object, Snapshot[object]] = {}
        self._lock = threading.Lock()  # no await happens while it is held

    async def save_snapshot(self, snapshot: Snapshot[object]) -> None:
        """Keep ``snapshot`` unless a newer one of its aggregate is kept already."""
        with self._lock:
            kept = self._latest.get(snapshot.aggregate_id)
            if kept is None or snapshot.version >= kept.version:
                self._latest[snapshot.aggregate_id] = snapshot

    async def get_latest_snapshot(self, aggregate_id: object) -> Snapshot[object] | None:
        """The newest snapshot of ``aggregate_id``, if any."""
        return self._latest.get(aggregate_id)

    async def clear_snapshots(self, aggregate_id: object) -> None:
        """Forget the snapshots of ``aggregate_id``."""
        with self._lock:
            self._latest.pop(aggregate_id, None)
