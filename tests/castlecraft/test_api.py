"""The public names of castle_bdd.castlecraft: sorted, and each one found where it lives."""

from __future__ import annotations

import castle_bdd.castlecraft as castlecraft


def test_the_public_names_are_pinned_and_sorted() -> None:
    assert castlecraft.__all__ == [
        "CastlecraftConflictError",
        "CastlecraftDomain",
        "CastlecraftEventStore",
        "CastlecraftMissingError",
        "CastlecraftTestFixture",
        "InMemorySnapshotStore",
        "PermissionsAuthorizationService",
        "RecordingEventPublisher",
    ]
    assert castlecraft.__all__ == sorted(castlecraft.__all__)


def test_every_public_name_resolves_to_a_class() -> None:
    for name in castlecraft.__all__:
        assert isinstance(getattr(castlecraft, name), type), name
