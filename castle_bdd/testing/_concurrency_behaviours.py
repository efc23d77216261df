"""Racing writers: one wins each version, and writers that retry lose nothing."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from castle_bdd.eventstore import EventStore
from castle_bdd.testing._harness import ContractSettings, IdFactory, contract_test
from castle_bdd.testing.events import ContractEvent, create_test_events

_Store = EventStore[object]
_EVENTS_PER_WRITER = 5
# A writer that keeps losing this often is not being starved: the store is broken.
_MAX_ATTEMPTS = 1_000


class _ConcurrencyBehaviours(ContractSettings):
    """Many tasks, and many threads with their own event loops, append to one stream."""

    @contract_test
    async def test_racing_appends_to_new_stream_have_one_winner(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """Of many tasks creating the same stream at once, exactly one succeeds."""
        await self._race_for_one_version(store, new_id(), history=[])

    @contract_test
    async def test_racing_appends_to_existing_stream_have_one_winner(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """Of many tasks appending at the same version at once, exactly one succeeds."""
        await self._race_for_one_version(store, new_id(), history=create_test_events(2, "old_"))

    @contract_test
    async def test_racing_tasks_that_retry_lose_nothing(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """Tasks that retry on conflict get every event in, once, in each task's order."""
        stream_id = new_id()
        batches = _writer_batches(self.CONCURRENT_WRITERS)
        writers = (self._append_one_by_one(store, stream_id, batch) for batch in batches)
        await asyncio.gather(*writers)
        await _assert_every_event_once(store, stream_id, batches)

    @contract_test
    async def test_racing_threads_that_retry_lose_nothing(
        self, store: _Store, new_id: IdFactory
    ) -> None:
        """Threads, each with its own event loop, that retry on conflict lose nothing."""
        if self.CONCURRENT_THREADS < 1:
            pytest.skip("CONCURRENT_THREADS is 0: the store is not meant for threads")
        stream_id = new_id()
        batches = _writer_batches(self.CONCURRENT_THREADS)
        start_together = threading.Barrier(len(batches))

        def write(batch: list[ContractEvent]) -> None:
            start_together.wait(timeout=30)
            asyncio.run(self._append_one_by_one(store, stream_id, batch))

        loop = asyncio.get_running_loop()
        with ThreadPoolExecutor(max_workers=len(batches)) as threads:
            await asyncio.gather(*(loop.run_in_executor(threads, write, b) for b in batches))
        await _assert_every_event_once(store, stream_id, batches)

    async def _race_for_one_version(
        self, store: _Store, stream_id: object, history: list[ContractEvent]
    ) -> None:
        version = self.NEW_STREAM_EXPECTED_VERSION + len(history)
        if history:
            await store.append_events(stream_id, self.NEW_STREAM_EXPECTED_VERSION, history)
        batches = _writer_batches(self.CONCURRENT_WRITERS)
        outcomes = await asyncio.gather(
            *(store.append_events(stream_id, version, batch) for batch in batches),
            return_exceptions=True,
        )
        failures = [outcome for outcome in outcomes if outcome is not None]
        assert all(isinstance(failure, self.CONFLICT_ERROR) for failure in failures), failures
        winners = [
            batch for batch, outcome in zip(batches, outcomes, strict=True) if outcome is None
        ]
        assert len(winners) == 1, f"{len(winners)} of {len(batches)} racing appends succeeded"
        assert await store.load_events(stream_id) == history + winners[0]
        assert await store.get_current_version(stream_id) == version + len(winners[0])

    async def _append_one_by_one(
        self, store: _Store, stream_id: object, events: list[ContractEvent]
    ) -> None:
        for event in events:
            await self._append_with_retry(store, stream_id, event)

    async def _append_with_retry(self, store: _Store, stream_id: object, event: object) -> None:
        for _ in range(_MAX_ATTEMPTS):
            version = await store.get_current_version(stream_id)
            # Yield between reading and writing, so that rivals read the same version.
            await asyncio.sleep(0)
            expected = self.NEW_STREAM_EXPECTED_VERSION if version is None else version
            try:
                await store.append_events(stream_id, expected, [event])
                return
            except self.CONFLICT_ERROR:
                continue
        pytest.fail(f"{event!r} lost {_MAX_ATTEMPTS} races in a row")


def _writer_batches(writers: int) -> list[list[ContractEvent]]:
    return [create_test_events(_EVENTS_PER_WRITER, f"writer{n}_") for n in range(writers)]


async def _assert_every_event_once(
    store: _Store, stream_id: object, batches: list[list[ContractEvent]]
) -> None:
    stream = await store.load_events(stream_id)
    expected = [event for batch in batches for event in batch]
    repeated = [event for event, count in Counter(stream).items() if count > 1]
    assert not repeated, f"events appended more than once: {repeated}"
    assert Counter(stream) == Counter(expected), "events lost or foreign events present"
    for batch in batches:
        assert [event for event in stream if event in batch] == batch, "a writer's order changed"
    assert await store.get_current_version(stream_id) == len(expected) - 1
