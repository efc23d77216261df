"""How much the in-memory event store costs over a bare dict of lists.

Run `python bench/bench_eventstore.py`. Each workload appends batches of events to many
streams (passing the version each stream is at) and reads the streams back. The baseline
does the same appends and reads on a plain dict of lists, with no version check and no
lock, in the same process. A ratio is the store's time over the baseline's (lower is
better; the target is at most 3x). The async API runs in one event loop for the whole
workload; its second ratio is against the bare dict behind `async def` functions, which
pays the same coroutine cost and so isolates the store's own cost.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Run as a plain script from a checkout, without installing the package.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from castle_bdd.eventstore import InMemoryEventStore

STREAMS = 1_000
REPEATS = 7


@dataclass(frozen=True)
class Workload:
    """Per stream: `appends` appends of `batch_size` events, then `loads` reads."""

    name: str
    appends: int
    batch_size: int
    loads: int

    @property
    def operations(self) -> int:
        """Appends and loads over all streams."""
        return STREAMS * (self.appends + self.loads)


WORKLOADS = [
    Workload("fixture: 1 append of 50 given, 1 load", appends=1, batch_size=50, loads=1),
    Workload("mixed: 10 appends of 3, 2 loads", appends=10, batch_size=3, loads=2),
    Workload("worst: 30 appends of 1, 1 load", appends=30, batch_size=1, loads=1),
]
_IDS = [f"stream-{n}" for n in range(STREAMS)]


def bare_dict(work: Workload) -> None:
    """The baseline: a dict of lists, no checks, no lock."""
    batch = [object()] * work.batch_size
    streams: dict[str, list[Any]] = {}
    for aggregate_id in _IDS:
        for _ in range(work.appends):
            streams.setdefault(aggregate_id, []).extend(batch)
    for aggregate_id in _IDS:
        for from_version in range(-1, work.loads - 1):
            streams.get(aggregate_id, [])[from_version + 1 :]


def store_now(work: Workload) -> None:
    """The store's synchronous `*_now` methods."""
    batch = [object()] * work.batch_size
    store: InMemoryEventStore[str] = InMemoryEventStore()
    for aggregate_id in _IDS:
        for version in range(-1, work.appends * work.batch_size - 1, work.batch_size):
            store.append_events_now(aggregate_id, version, batch)
    for aggregate_id in _IDS:
        for from_version in range(-1, work.loads - 1):
            store.load_events_now(aggregate_id, from_version)


async def bare_dict_async(work: Workload) -> None:
    """The baseline behind coroutines: same dict of lists, awaited like the store."""
    batch = [object()] * work.batch_size
    streams: dict[str, list[Any]] = {}

    async def append(aggregate_id: str, events: list[Any]) -> None:
        streams.setdefault(aggregate_id, []).extend(events)

    async def load(aggregate_id: str, from_version: int) -> list[Any]:
        return streams.get(aggregate_id, [])[from_version + 1 :]

    for aggregate_id in _IDS:
        for _ in range(work.appends):
            await append(aggregate_id, batch)
    for aggregate_id in _IDS:
        for from_version in range(-1, work.loads - 1):
            await load(aggregate_id, from_version)


async def store_async(work: Workload) -> None:
    """The store's async API."""
    batch = [object()] * work.batch_size
    store: InMemoryEventStore[str] = InMemoryEventStore()
    for aggregate_id in _IDS:
        for version in range(-1, work.appends * work.batch_size - 1, work.batch_size):
            await store.append_events(aggregate_id, version, batch)
    for aggregate_id in _IDS:
        for from_version in range(-1, work.loads - 1):
            await store.load_events(aggregate_id, from_version)


def best_time(run: Callable[[], object]) -> float:
    """The fastest of `REPEATS` runs, in seconds of this process's CPU time."""
    # CPU time rather than wall time: other processes busy on the machine then
    # distort the figures far less.
    timings = []
    for _ in range(REPEATS):
        started = time.process_time()
        run()
        timings.append(time.process_time() - started)
    return min(timings)


def report(work: Workload, runner: asyncio.Runner) -> None:
    """Time one workload every way and print the figures and ratios."""

    def in_loop(body: Callable[[Workload], Coroutine[Any, Any, None]]) -> float:
        return best_time(lambda: runner.run(body(work)))

    bare = best_time(lambda: bare_dict(work))
    now = best_time(lambda: store_now(work))
    bare_async, in_async = in_loop(bare_dict_async), in_loop(store_async)
    print(f"{work.name} ({STREAMS} streams, {work.operations} operations)")
    print(f"  bare dict of lists   {_rate(work, bare)}")
    print(f"  store, *_now         {_rate(work, now)}  {now / bare:4.2f}x bare dict")
    print(
        f"  store, async API     {_rate(work, in_async)}  {in_async / bare:4.2f}x bare dict, "
        f"{in_async / bare_async:4.2f}x bare dict behind async def"
    )


def _rate(work: Workload, seconds: float) -> str:
    return f"{seconds * 1e3:7.2f} ms {work.operations / seconds / 1e6:5.2f} M ops/s"


def main() -> None:
    """Measure every workload."""
    with asyncio.Runner() as runner:
        for work in WORKLOADS:
            report(work, runner)


if __name__ == "__main__":
    main()
