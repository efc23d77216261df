"""castle-bdd for castlecraft-engineer domains: its store, aggregates, handlers and buses.

Everything here needs castlecraft-engineer, installed with ``pip install
castlecraft-engineer`` (or castle-bdd's ``castlecraft`` extra); the rest of castle-bdd
never imports this package, so a project without castlecraft pays nothing for it.
Importing it without castlecraft installed raises `CastlecraftMissingError`, which says
what to install.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from castle_bdd.extras import CastlecraftMissingError, require_castlecraft
from castle_bdd.lazy import lazy_exports

require_castlecraft()

if TYPE_CHECKING:
    from castle_bdd.castlecraft.access import PermissionsAuthorizationService
    from castle_bdd.castlecraft.catalogue import CastlecraftDomain
    from castle_bdd.castlecraft.fixture import CastlecraftTestFixture
    from castle_bdd.castlecraft.snapshots import InMemorySnapshotStore
    from castle_bdd.castlecraft.store import CastlecraftConflictError, CastlecraftEventStore
    from castle_bdd.castlecraft.wiring import RecordingEventPublisher

__all__ = [
    "CastlecraftConflictError",
    "CastlecraftDomain",
    "CastlecraftEventStore",
    "CastlecraftMissingError",
    "CastlecraftTestFixture",
    "InMemorySnapshotStore",
    "PermissionsAuthorizationService",
    "RecordingEventPublisher",
]

_LAZY = {
    "CastlecraftDomain": "castle_bdd.castlecraft.catalogue",
    "CastlecraftTestFixture": "castle_bdd.castlecraft.fixture",
    "RecordingEventPublisher": "castle_bdd.castlecraft.wiring",
    "CastlecraftConflictError": "castle_bdd.castlecraft.store",
    "CastlecraftEventStore": "castle_bdd.castlecraft.store",
    "InMemorySnapshotStore": "castle_bdd.castlecraft.snapshots",
    "PermissionsAuthorizationService": "castle_bdd.castlecraft.access",
}

__getattr__ = lazy_exports(__name__, _LAZY, globals())
