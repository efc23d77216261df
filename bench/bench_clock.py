"""What freezing time costs per scenario: the castle-bdd `Clock` against freezegun alone.

A scenario here freezes time at a start instant, moves it three times (one day each),
reads `datetime.now()` after each move and unfreezes. freezegun's own
`freeze_time(t).start()` / `.stop()` scans every loaded module on each start and stop;
the `Clock` keeps one freezer for the whole run and only swaps the instant. Libraries a
real run loads (behave, PyHamcrest, hypothesis, pydantic, ...) are imported first so that
`sys.modules` is as large as in a real run. Both are measured in this process, freezegun
first, while nothing else is frozen.

Run: python bench/bench_clock.py
"""

from __future__ import annotations

import datetime as datetime_module
import importlib
import sys
from collections.abc import Callable
from datetime import timedelta, timezone

from freezegun import freeze_time

from castle_bdd.clock import Clock, freezer_installed, real_perf_counter, shutdown

LIBRARIES = (
    "asyncio",
    "attrs",
    "behave",
    "behave.formatter.pretty",
    "behave.reporter.junit",
    "castlecraft_engineer",
    "decimal",
    "email.message",
    "hamcrest",
    "http.client",
    "hypothesis",
    "jinja2",
    "json",
    "logging",
    "parse",
    "pydantic",
    "sqlite3",
    "unittest",
    "uuid",
)
START = datetime_module.datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc)
DAY = timedelta(days=1)
MOVES = 3
FREEZEGUN_SCENARIOS = 200
CLOCK_SCENARIOS = 20_000
REPEATS = 5


def _freezegun_scenario() -> None:
    freezer = freeze_time(START)
    factory = freezer.start()
    for _ in range(MOVES):
        factory.tick(DAY)
        datetime_module.datetime.now(timezone.utc)
    freezer.stop()


def _clock_scenario() -> None:
    clock = Clock(START)
    clock.activate()
    for _ in range(MOVES):
        clock.advance(DAY)
        datetime_module.datetime.now(timezone.utc)
    clock.deactivate()


def _clock_scenario_without_reads() -> None:
    clock = Clock(START)
    clock.activate()
    for _ in range(MOVES):
        clock.advance(DAY)
    clock.deactivate()


def _best_ms_per_scenario(scenario: Callable[[], None], count: int) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        started = real_perf_counter()
        for _ in range(count):
            scenario()
        best = min(best, (real_perf_counter() - started) / count)
    return best * 1000


def _once_ms(action: Callable[[], object]) -> float:
    started = real_perf_counter()
    action()
    return (real_perf_counter() - started) * 1000


def main() -> None:
    """Print the cost per scenario of both ways and their ratio."""
    for name in LIBRARIES:
        importlib.import_module(name)
    print(f"modules loaded: {len(sys.modules)}")

    freezegun_ms = _best_ms_per_scenario(_freezegun_scenario, FREEZEGUN_SCENARIOS)
    print(f"freezegun freeze_time start/tick x{MOVES}/stop: {freezegun_ms:.3f} ms per scenario")

    first_ms = _once_ms(_clock_scenario)
    print(f"Clock, first scenario of the run (installs freezegun once): {first_ms:.3f} ms")
    clock_ms = _best_ms_per_scenario(_clock_scenario, CLOCK_SCENARIOS)
    print(f"Clock activate/advance x{MOVES}/deactivate: {clock_ms:.4f} ms per scenario")
    bare_ms = _best_ms_per_scenario(_clock_scenario_without_reads, CLOCK_SCENARIOS)
    print(f"  of which the clock itself, without the {MOVES} reads: {bare_ms:.4f} ms")
    print(f"ratio freezegun / Clock: {freezegun_ms / clock_ms:.0f}x")
    print(f"target 0.05 ms per scenario: {'met' if clock_ms <= 0.05 else 'MISSED'}")

    shutdown_ms = _once_ms(shutdown)
    print(f"shutdown (forgets the recorded replacements): {shutdown_ms:.3f} ms")
    assert not freezer_installed()


if __name__ == "__main__":
    main()
