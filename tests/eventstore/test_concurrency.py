"""Many asyncio tasks and threads racing on one stream: one writer wins each version."""

from __future__ import annotations

import asyncio
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pytest

from castle_bdd.eventstore import EventStoreConflictError, InMemoryEventStore

_STREAM = "GC-1"
_TASKS, _EVENTS_PER_TASK = 100, 3
_THREADS, _EVENTS_PER_THREAD = 8, 25


def _events(writer: str, count: int) -> list[str]:
    return [f"{writer}-{number}" for number in range(count)]


_TASK_BATCHES = [_events(f"task{n}", _EVENTS_PER_TASK) for n in range(_TASKS)]
_THREAD_BATCHES = [_events(f"thread{n}", _EVENTS_PER_THREAD) for n in range(_THREADS)]


@pytest.fixture
def frequent_thread_switches() -> Iterator[None]:
    """Let the interpreter switch threads far more often than usual, to provoke races."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(interval)


def _expected_version(store: InMemoryEventStore[str]) -> int:
    version = store.get_current_version_now(_STREAM)
    return -1 if version is None else version


def _write_sync(store: InMemoryEventStore[str], events: list[str]) -> int:
    conflicts = 0
    for event in events:
        while True:
            version = _expected_version(store)
            time.sleep(0)
            try:
                store.append_events_now(_STREAM, version, [event])
                break
            except EventStoreConflictError:
                conflicts += 1
    return conflicts


async def _write_async(store: InMemoryEventStore[str], events: list[str]) -> int:
    conflicts = 0
    for event in events:
        while True:
            version = await store.get_current_version(_STREAM)
            await asyncio.sleep(0)
            try:
                await store.append_events(_STREAM, -1 if version is None else version, [event])
                break
            except EventStoreConflictError:
                conflicts += 1
    return conflicts


def _thread_writer(store: InMemoryEventStore[str], start: threading.Barrier, number: int) -> int:
    events = _THREAD_BATCHES[number]
    start.wait(timeout=30)
    # Half the threads drive the async API in event loops of their own.
    if number % 2:
        return asyncio.run(_write_async(store, events))
    return _write_sync(store, events)


async def _task_writers(store: InMemoryEventStore[str], start: threading.Barrier) -> list[int]:
    start.wait(timeout=30)
    return await asyncio.gather(*(_write_async(store, batch) for batch in _TASK_BATCHES))


@pytest.mark.usefixtures("frequent_thread_switches")
def test_tasks_and_threads_racing_on_one_stream_lose_nothing() -> None:
    store: InMemoryEventStore[str] = InMemoryEventStore()
    start = threading.Barrier(_THREADS + 1)
    with ThreadPoolExecutor(max_workers=_THREADS) as pool:
        threads = [pool.submit(_thread_writer, store, start, n) for n in range(_THREADS)]
        task_conflicts = asyncio.run(_task_writers(store, start))
        for thread in threads:
            thread.result(timeout=60)
    stream = store.load_events_now(_STREAM)
    batches = _TASK_BATCHES + _THREAD_BATCHES
    assert sorted(stream) == sorted(event for batch in batches for event in batch)  # type: ignore[type-var]
    assert len(set(stream)) == len(stream)
    assert store.get_current_version_now(_STREAM) == len(stream) - 1
    for batch in batches:
        assert [event for event in stream if event in batch] == batch, "a writer's order changed"
    assert sum(task_conflicts) > 0, "the tasks never raced: the test proves nothing"


def test_every_version_is_won_by_exactly_one_of_racing_threads() -> None:
    store: InMemoryEventStore[str] = InMemoryEventStore()
    start = threading.Barrier(_THREADS)

    def claim(number: int) -> list[int]:
        start.wait(timeout=30)
        won = []
        for version in range(-1, 200):
            try:
                store.append_events_now(_STREAM, version, [f"thread{number}-v{version + 1}"])
                won.append(version + 1)
            except EventStoreConflictError:
                pass
        return won

    with ThreadPoolExecutor(max_workers=_THREADS) as pool:
        wins = list(pool.map(claim, range(_THREADS)))
    all_wins = sorted(version for won in wins for version in won)
    assert all_wins == list(range(201))
    stream = store.load_events_now(_STREAM)
    assert [event.rsplit("-v", 1)[1] for event in stream] == [str(v) for v in all_wins]  # type: ignore[attr-defined]


@dataclass(frozen=True)
class _SlowToHashId:
    """An id whose hashing lets other threads run, as a Python-level __hash__ may."""

    value: str

    def __hash__(self) -> int:
        time.sleep(0)
        return hash(self.value)


def test_racing_threads_creating_a_stream_keyed_by_a_slow_to_hash_id_have_one_winner() -> None:
    store: InMemoryEventStore[_SlowToHashId] = InMemoryEventStore()
    start = threading.Barrier(_THREADS)

    def create(number: int) -> bool:
        start.wait(timeout=30)
        try:
            store.append_events_now(_SlowToHashId("GC-1"), -1, [f"thread{number}"])
        except EventStoreConflictError:
            return False
        return True

    for _ in range(20):
        store.clear_now()
        with ThreadPoolExecutor(max_workers=_THREADS) as pool:
            outcomes = list(pool.map(create, range(_THREADS)))
        assert outcomes.count(True) == 1
        assert store.load_events_now(_SlowToHashId("GC-1")) == [f"thread{outcomes.index(True)}"]
