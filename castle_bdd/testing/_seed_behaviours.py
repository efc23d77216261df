"""The behaviours of castlecraft-engineer's `BaseEventStoreTest`, stream isolation fixed."""

from __future__ import annotations

import pytest

from castle_bdd.eventstore import EventStore
from castle_bdd.testing._harness import ContractSettings, IdFactory, assert_conflict, contract_test
from castle_bdd.testing.events import create_test_events

_Store = EventStore[object]


class _SeedBehaviours(ContractSettings):
    """Appending, loading, versions and isolation, as the seed contract checks them."""

    @contract_test
    async def test_append_to_new_stream(self, store: _Store, new_id: IdFactory) -> None:
        """Events appended to a new stream load back in order; the version is 0-based."""
        stream_id = new_id()
        events = create_test_events(2)
        await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, events)
        assert await store.load_events(stream_id) == events
        assert await store.get_current_version(stream_id) == len(events) - 1

    @contract_test
    async def test_append_to_new_stream_no_events(self, store: _Store, new_id: IdFactory) -> None:
        """Appending nothing to a new stream leaves it empty, with no version."""
        stream_id = new_id()
        await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, [])
        assert await store.load_events(stream_id) == []
        assert await store.get_current_version(stream_id) is None

    @contract_test
    async def test_append_to_existing_stream(self, store: _Store, new_id: IdFactory) -> None:
        """A second append at the stream's version extends it."""
        stream_id = new_id()
        initial_events = create_test_events(2, "initial_")
        await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, initial_events)
        assert await store.get_current_version(stream_id) == 1
        additional_events = create_test_events(3, "additional_")
        await store.append_events(stream_id, 1, additional_events)
        assert await store.load_events(stream_id) == initial_events + additional_events
        assert await store.get_current_version(stream_id) == 4

    @contract_test
    async def test_append_to_existing_stream_no_events(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """Appending nothing to an existing stream changes neither its events nor version."""
        stream_id = new_id()
        initial_events = create_test_events(1, "initial_")
        await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, initial_events)
        await store.append_events(stream_id, 0, [])
        assert await store.load_events(stream_id) == initial_events
        assert await store.get_current_version(stream_id) == 0

    @contract_test
    async def test_append_conflict_new_stream_wrong_expected_version(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """Expecting version 0 of a new stream conflicts, and the stream stays empty."""
        stream_id = new_id()
        with pytest.raises(self.CONFLICT_ERROR) as conflict:
            await store.append_events(stream_id, 0, create_test_events(1))
        assert_conflict(conflict.value, stream_id, 0, self.NEW_STREAM_EXPECTED_VERSION)
        assert await store.load_events(stream_id) == []
        assert await store.get_current_version(stream_id) is None

    @contract_test
    async def test_append_conflict_existing_stream_wrong_expected_version(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """Expecting an older version conflicts, and the stream is unchanged."""
        stream_id = new_id()
        initial_events = create_test_events(2, "initial_")
        await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, initial_events)
        with pytest.raises(self.CONFLICT_ERROR) as conflict:
            await store.append_events(stream_id, 0, create_test_events(1, "additional_"))
        assert_conflict(conflict.value, stream_id, 0, 1)
        assert await store.load_events(stream_id) == initial_events
        assert await store.get_current_version(stream_id) == 1

    @contract_test
    async def test_load_events_non_existent_stream(self, store: _Store, new_id: IdFactory) -> None:
        """An unknown stream loads as an empty list."""
        assert await store.load_events(new_id()) == []

    @contract_test
    async def test_load_all_events_with_from_version_none(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """`from_version=None` loads the whole stream."""
        stream_id = new_id()
        events = create_test_events(3)
        await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, events)
        assert await store.load_events(stream_id, from_version=None) == events

    @contract_test
    async def test_load_events_from_specific_version(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """`from_version` is exclusive; past the end gives nothing; below -1 counts as -1."""
        stream_id = new_id()
        events = create_test_events(5)
        await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, events)
        expected_after = {-1: events, 0: events[1:], 2: events[3:], 4: [], 5: [], -10: events}
        for from_version, expected in expected_after.items():
            loaded = await store.load_events(stream_id, from_version=from_version)
            assert loaded == expected, f"load_events(..., from_version={from_version})"

    @contract_test
    async def test_load_events_returns_copy(self, store: _Store, new_id: IdFactory) -> None:
        """Changing a loaded list does not change the stream."""
        stream_id = new_id()
        events = create_test_events(2)
        await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, events)
        loaded = await store.load_events(stream_id)
        assert loaded == events
        loaded.append(create_test_events(1, "rogue_")[0])
        assert await store.load_events(stream_id) == events

    @contract_test
    async def test_get_current_version_non_existent_stream(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """An unknown stream has no version."""
        assert await store.get_current_version(new_id()) is None

    @contract_test
    async def test_get_current_version_after_first_append(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """The first event of a stream is version 0."""
        stream_id = new_id()
        await store.append_events(
            stream_id, self.NEW_STREAM_EXPECTED_VERSION, create_test_events(1)
        )
        assert await store.get_current_version(stream_id) == 0

    @contract_test
    async def test_get_current_version_after_multiple_appends(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """Each append moves the version on by the number of events appended."""
        stream_id = new_id()
        first_batch = create_test_events(1, "batch1_")
        await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, first_batch)
        assert await store.get_current_version(stream_id) == 0
        await store.append_events(stream_id, 0, create_test_events(2, "batch2_"))
        assert await store.get_current_version(stream_id) == 2

    @contract_test
    async def test_stream_isolation(self, store: _Store, new_id: IdFactory) -> None:
        """Two streams keep their own events and versions."""
        stream_a, stream_b = new_id(), new_id()
        assert stream_a != stream_b, "generate_aggregate_id gave the same id twice"
        events_a1 = create_test_events(2, "streamA_batch1_")
        events_b1 = create_test_events(3, "streamB_batch1_")
        await store.append_events(stream_a, self.NEW_STREAM_EXPECTED_VERSION, events_a1)
        await store.append_events(stream_b, self.NEW_STREAM_EXPECTED_VERSION, events_b1)
        assert await store.load_events(stream_a) == events_a1
        assert await store.get_current_version(stream_a) == 1
        assert await store.load_events(stream_b) == events_b1
        assert await store.get_current_version(stream_b) == 2
        events_a2 = create_test_events(1, "streamA_batch2_")
        await store.append_events(stream_a, 1, events_a2)
        assert await store.load_events(stream_a) == events_a1 + events_a2
        assert await store.get_current_version(stream_a) == 2
        assert await store.load_events(stream_b) == events_b1
        assert await store.get_current_version(stream_b) == 2

    @contract_test
    async def test_append_many_events_in_one_batch(self, store: _Store, new_id: IdFactory) -> None:
        """Fifty events appended at once all load back, in order."""
        stream_id = new_id()
        events = create_test_events(50)
        await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, events)
        assert await store.load_events(stream_id) == events
        assert await store.get_current_version(stream_id) == 49
