"""How firing scheduled items grows with their number, against a plain heap sort.

Schedules 10,000 and 100,000 events at random offsets within a year on a
`StubEventScheduler`, then advances one year with a no-op dispatch. The ratio of the two
sizes is compared with n log n growth (about 12.5 for 10x), and each size with a heapq
push/pop of the same tuples measured in the same process.

Last, the same 100,000 items through a saga fixture: a saga schedules them in the given
phase, and the When lets a year elapse, so that every item is fired, journalled and
handed to the saga's handler, as a Gherkin scenario does. The target is under a second.
This one is timed in CPU time (`time.process_time`), beside the bare scheduler timed the
same way in the same run, which a machine busy with other work disturbs far less.

Run `python bench/bench_scheduler.py`. Each figure is the best of five runs, each run
starting after a garbage collection; the target is 100,000 items scheduled and fired well
under a second, at no more than twice the bare heap. On a shared machine the timings
wander; the ratio to the heap, measured alongside, wanders much less.
"""

from __future__ import annotations

import gc
import heapq
import math
import random
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

# Run as a plain script from a checkout, without installing the package.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dataclasses import dataclass

from castle_bdd import Saga, saga_event_handler, start_saga
from castle_bdd.fixtures.saga import SagaTestFixture
from castle_bdd.scheduling import ManualTimeSource, ScheduledItem, StubEventScheduler

START = datetime(2026, 1, 1, tzinfo=timezone.utc)
YEAR = timedelta(days=365)
SIZES = (10_000, 100_000)
REPEATS = 5


def _offsets(count: int, seed: int) -> list[timedelta]:
    rng = random.Random(seed)
    year_seconds = YEAR.total_seconds()
    return [timedelta(seconds=rng.uniform(0, year_seconds)) for _ in range(count)]


def _ignore(item: ScheduledItem) -> None:
    """Dispatch that does nothing, so only the scheduler is measured."""


def _run_scheduler(offsets: list[timedelta]) -> tuple[float, float]:
    scheduler = StubEventScheduler(ManualTimeSource(START))
    started = time.perf_counter()
    for index, offset in enumerate(offsets):
        scheduler.schedule(offset, index)
    scheduled = time.perf_counter()
    fired = scheduler.advance_time_by(YEAR, _ignore)
    finished = time.perf_counter()
    assert len(fired) == len(offsets), "every item must fire within the year"
    return scheduled - started, finished - scheduled


def _run_scheduler_cpu(offsets: list[timedelta]) -> tuple[float, float]:
    scheduler = StubEventScheduler(ManualTimeSource(START))
    started = time.process_time()
    for index, offset in enumerate(offsets):
        scheduler.schedule(offset, index)
    scheduler.advance_time_by(YEAR, _ignore)
    return time.process_time() - started, 0.0


def _run_heapq(offsets: list[timedelta]) -> tuple[float, float]:
    heap: list[tuple[datetime, int, int]] = []
    started = time.perf_counter()
    for index, offset in enumerate(offsets):
        heapq.heappush(heap, (START + offset, index, index))
    pushed = time.perf_counter()
    while heap:
        heapq.heappop(heap)
    return pushed - started, time.perf_counter() - pushed


def _best(
    run: Callable[[list[timedelta]], tuple[float, float]], offsets: list[timedelta]
) -> tuple[float, float]:
    results = []
    for _ in range(REPEATS):
        # Garbage from the previous run would otherwise be collected during this one.
        gc.collect()
        results.append(run(offsets))
    return min(results, key=sum)


@dataclass(frozen=True)
class PlanMade:
    """A plan of reminders, one per offset."""

    plan_id: str
    offsets: tuple[timedelta, ...]


@dataclass(frozen=True)
class Reminder:
    """One scheduled reminder."""

    plan_id: str
    number: int


class RemindingSaga(Saga):
    """Schedules one reminder per offset of its plan, and hears each when it comes due."""

    heard = 0

    @start_saga
    @saga_event_handler(association="plan_id")
    def on_plan(self, event: PlanMade) -> None:
        for number, offset in enumerate(event.offsets):
            self.scheduler.schedule(offset, Reminder(event.plan_id, number))

    @saga_event_handler(association="plan_id")
    def on_reminder(self, event: Reminder) -> None:
        RemindingSaga.heard += 1


def _run_saga_fixture(offsets: list[timedelta]) -> tuple[float, float]:
    fixture = SagaTestFixture(RemindingSaga)
    RemindingSaga.heard = 0
    started = time.process_time()
    given = fixture.given_current_time(START).and_then_a_published(PlanMade("P-1", tuple(offsets)))
    scheduled = time.process_time()
    given.when_time_elapses(YEAR)
    finished = time.process_time()
    assert RemindingSaga.heard == len(offsets), "every reminder must be heard within the year"
    return scheduled - started, finished - scheduled


def main() -> None:
    """Print timings per size, the growth ratio and the heapq baseline."""
    totals: dict[int, float] = {}
    for size in SIZES:
        offsets = _offsets(size, seed=size)
        schedule_s, advance_s = _best(_run_scheduler, offsets)
        push_s, pop_s = _best(_run_heapq, offsets)
        totals[size] = schedule_s + advance_s
        print(
            f"{size:>7,} items: schedule {schedule_s:.3f}s + advance {advance_s:.3f}s "
            f"= {totals[size]:.3f}s | heapq baseline {push_s + pop_s:.3f}s "
            f"-> {totals[size] / (push_s + pop_s):.1f}x baseline"
        )
    small, large = SIZES
    expected = (large * math.log(large)) / (small * math.log(small))
    ratio = totals[large] / totals[small]
    print(f"ratio {large:,}/{small:,}: {ratio:.1f} (n log n predicts {expected:.1f})")
    offsets = _offsets(large, seed=large)
    bare = sum(_best(_run_scheduler_cpu, offsets))
    schedule_s, advance_s = _best(_run_saga_fixture, offsets)
    total = schedule_s + advance_s
    print(
        f"{large:>7,} items through a saga fixture, CPU time: schedule {schedule_s:.3f}s + "
        f"advance a year {advance_s:.3f}s = {total:.3f}s (target: under 1 s) | "
        f"the bare scheduler {bare:.3f}s -> {total / bare:.1f}x"
    )


if __name__ == "__main__":
    main()
