"""Behaviours beyond the seed's: the rest of its semantics, and arguments it must refuse."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from castle_bdd.eventstore import EventStore
from castle_bdd.testing._harness import ContractSettings, IdFactory, assert_conflict, contract_test
from castle_bdd.testing.events import create_test_events

_Store = EventStore[object]


class _MoreBehaviours(ContractSettings):
    """Edge cases of appending and loading, and the errors for arguments that cannot work."""

    @contract_test
    async def test_generate_aggregate_id_gives_new_ids(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """The id fixture gives a different id on each call (the contract relies on it)."""
        ids = [new_id() for _ in range(3)]
        assert len(set(map(repr, ids))) == 3, f"generate_aggregate_id repeated itself: {ids}"

    @contract_test
    async def test_empty_append_skips_the_version_check(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """Appending nothing succeeds whatever version is expected, and changes nothing."""
        new_stream, old_stream = new_id(), new_id()
        events = create_test_events(2)
        await store.append_events(old_stream, self.NEW_STREAM_EXPECTED_VERSION, events)
        await store.append_events(new_stream, 5, [])
        await store.append_events(old_stream, 7, ())
        assert await store.get_current_version(new_stream) is None
        assert await store.load_events(old_stream) == events

    @contract_test
    async def test_append_conflict_expected_version_ahead_of_stream(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """Expecting a version the stream has not reached conflicts too."""
        stream_id = new_id()
        events = create_test_events(2)
        await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, events)
        with pytest.raises(self.CONFLICT_ERROR) as conflict:
            await store.append_events(stream_id, 5, create_test_events(1, "late_"))
        assert_conflict(conflict.value, stream_id, 5, 1)
        assert await store.load_events(stream_id) == events

    @contract_test
    async def test_append_after_conflict_succeeds_at_current_version(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """After a conflict, retrying at the stream's current version succeeds."""
        stream_id = new_id()
        first, retried = create_test_events(1, "first_"), create_test_events(1, "retried_")
        await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, first)
        with pytest.raises(self.CONFLICT_ERROR):
            await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, retried)
        current_version = await store.get_current_version(stream_id)
        assert current_version == 0
        await store.append_events(stream_id, current_version, retried)
        assert await store.load_events(stream_id) == first + retried

    @contract_test
    async def test_versions_count_events_one_append_at_a_time(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """Ten single-event appends make versions 0 to 9, each event where it was put."""
        stream_id = new_id()
        events = create_test_events(10)
        for version, event in enumerate(events, start=self.NEW_STREAM_EXPECTED_VERSION):
            await store.append_events(stream_id, version, [event])
            assert await store.get_current_version(stream_id) == version + 1
        assert await store.load_events(stream_id) == events
        assert await store.load_events(stream_id, from_version=6) == events[7:]

    @contract_test
    async def test_append_keeps_its_own_copy_of_the_events(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """Changing the list after appending it does not change the stream."""
        stream_id = new_id()
        events = create_test_events(2)
        appended = list(events)
        await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, appended)
        appended.append(create_test_events(1, "rogue_")[0])
        appended[0] = create_test_events(1, "replaced_")[0]
        assert await store.load_events(stream_id) == events

    @contract_test
    async def test_append_accepts_a_tuple(self, store: _Store, new_id: IdFactory) -> None:
        """Any sequence of events can be appended; loading gives a list."""
        stream_id = new_id()
        events = create_test_events(3)
        await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, tuple(events))
        assert await store.load_events(stream_id) == events

    @contract_test
    async def test_load_events_from_version_of_non_existent_stream(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """An unknown stream loads as an empty list from any version."""
        for from_version in (-5, -1, 0, 3):
            assert await store.load_events(new_id(), from_version=from_version) == []

    @contract_test
    async def test_expected_version_below_minus_one_is_refused(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """An expected version below -1 is a ValueError, even with no events, not a conflict."""
        stream_id = new_id()
        events = create_test_events(1)
        for bad_version, batch in ((-2, events), (-10, events), (-2, [])):
            with pytest.raises(ValueError):
                await store.append_events(stream_id, bad_version, batch)
        assert await store.get_current_version(stream_id) is None

    @contract_test
    async def test_expected_version_must_be_an_int(self, store: _Store, new_id: IdFactory) -> None:
        """`None`, a string or a float as the expected version is a TypeError."""
        stream_id = new_id()
        bad_versions: tuple[Any, ...] = (None, "-1", -1.0)
        for bad_version in bad_versions:
            with pytest.raises(TypeError):
                await store.append_events(stream_id, bad_version, create_test_events(1))
        assert await store.load_events(stream_id) == []

    @contract_test
    async def test_from_version_must_be_an_int_or_none(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """A string or a float as `from_version` is a TypeError."""
        stream_id = new_id()
        await store.append_events(
            stream_id, self.NEW_STREAM_EXPECTED_VERSION, create_test_events(2)
        )
        bad_versions: tuple[Any, ...] = ("0", 0.5)
        for bad_version in bad_versions:
            with pytest.raises(TypeError):
                await store.load_events(stream_id, from_version=bad_version)

    @contract_test
    async def test_events_must_be_a_sequence(self, store: _Store, new_id: IdFactory) -> None:
        """A lone event or a generator instead of a sequence is a TypeError."""
        stream_id = new_id()
        not_sequences: tuple[Any, ...] = (
            create_test_events(1)[0],
            _generate(create_test_events(2)),
        )
        for events in not_sequences:
            with pytest.raises(TypeError):
                await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, events)
        assert await store.get_current_version(stream_id) is None


def _generate(events: list[Any]) -> Iterator[object]:
    yield from events
