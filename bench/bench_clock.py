"""What freezing time costs: the castle-bdd `Clock` against freezegun alone.

A scenario here freezes time at a start instant, moves it three times (one day each),
reads `datetime.now()` after each move and unfreezes. freezegun's own
`freeze_time(t).start()` / `.stop()` scans every loaded module on each start and stop;
the `Clock` keeps one freezer for the whole run and only swaps the instant. Libraries a
real run loads (behave, castle-bdd's step library, PyHamcrest, hypothesis, pydantic, ...)
are imported first so that `sys.modules` is as large as in a real run. Everything is
measured in this process, while nothing else is frozen.

Also measured, each against freezegun in the same process:

- the first window of a run, which installs the freezer, against the module scan of a
  plain `freeze_time(t).start()` as in a fresh process (freezegun's attribute cache
  emptied first, as it is at a run's first scenario);
- one window alone (`activate()` / `deactivate()`), one `with clock.frozen():` block, and
  a `Clock()` made between windows.

Run: python bench/bench_clock.py
"""

from __future__ import annotations

import datetime as datetime_module
import importlib
import sys
from collections.abc import Callable
from datetime import timedelta, timezone
from pathlib import Path

# Run as a plain script from a checkout, without installing the package.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from freezegun import api as freezegun_api
from freezegun import freeze_time

from castle_bdd.clock import Clock, freezer_installed, real_perf_counter, shutdown

LIBRARIES = (
    "asyncio",
    "attrs",
    "behave",
    "behave.formatter.pretty",
    "behave.reporter.junit",
    "castle_bdd.behave",
    "castle_bdd.steps",
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
INSTALLS = 5
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


_WINDOW_CLOCK = Clock(START)


def _window() -> None:
    _WINDOW_CLOCK.activate()
    _WINDOW_CLOCK.deactivate()


def _frozen_block() -> None:
    with _WINDOW_CLOCK.frozen():
        pass


def _best_ms_per_call(action: Callable[[], object], count: int) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        started = real_perf_counter()
        for _ in range(count):
            action()
        best = min(best, (real_perf_counter() - started) / count)
    return best * 1000


def _once_ms(action: Callable[[], object]) -> float:
    started = real_perf_counter()
    action()
    return (real_perf_counter() - started) * 1000


def _forget_freezeguns_module_cache() -> None:
    # freezegun caches each module's attributes after its first scan: a run's first
    # scan finds the cache empty.
    freezegun_api._GLOBAL_MODULES_CACHE.clear()


def _freezegun_cold_start_ms() -> tuple[float, float]:
    _forget_freezeguns_module_cache()
    freezer = freeze_time(START)
    start_ms = _once_ms(freezer.start)
    return start_ms, _once_ms(freezer.stop)


def _first_window_ms() -> float:
    shutdown()
    _forget_freezeguns_module_cache()
    first_ms = _once_ms(_clock_scenario)
    assert freezer_installed()
    return first_ms


def _install() -> None:
    """The first window of a run against freezegun's module scan, best of INSTALLS each."""
    freezegun_runs = [_freezegun_cold_start_ms() for _ in range(INSTALLS)]
    start_ms = min(start for start, _ in freezegun_runs)
    stop_ms = min(stop for _, stop in freezegun_runs)
    first_ms = min(_first_window_ms() for _ in range(INSTALLS))
    print(f"freezegun freeze_time.start(), first scan of a run: {start_ms:.2f} ms")
    print(f"  its .stop(): {stop_ms:.2f} ms")
    print(f"Clock, first window of a run (installs the freezer): {first_ms:.2f} ms")
    print(f"ratio freezegun first start / Clock first window: {start_ms / first_ms:.1f}x")


def _per_scenario() -> None:
    freezegun_ms = _best_ms_per_call(_freezegun_scenario, FREEZEGUN_SCENARIOS)
    print(f"freezegun freeze_time start/tick x{MOVES}/stop: {freezegun_ms:.3f} ms per scenario")
    clock_ms = _best_ms_per_call(_clock_scenario, CLOCK_SCENARIOS)
    print(f"Clock activate/advance x{MOVES}/deactivate: {clock_ms:.4f} ms per scenario")
    bare_ms = _best_ms_per_call(_clock_scenario_without_reads, CLOCK_SCENARIOS)
    print(f"  of which the clock itself, without the {MOVES} reads: {bare_ms:.4f} ms")
    window_us = _best_ms_per_call(_window, CLOCK_SCENARIOS) * 1000
    print(f"  one window alone, activate/deactivate: {window_us:.1f} us")
    block_us = _best_ms_per_call(_frozen_block, CLOCK_SCENARIOS) * 1000
    print(f"  one window alone, with clock.frozen(): {block_us:.1f} us")
    print(f"ratio freezegun / Clock: {freezegun_ms / clock_ms:.0f}x")
    print(f"target 0.05 ms per scenario: {'met' if clock_ms <= 0.05 else 'MISSED'}")


def _clock_creation() -> None:
    now_us = _best_ms_per_call(Clock, CLOCK_SCENARIOS) * 1000
    real_us = _best_ms_per_call(lambda: freezegun_api.real_datetime.now(timezone.utc), 20_000)
    start_us = _best_ms_per_call(lambda: Clock(START), CLOCK_SCENARIOS) * 1000
    print(f"Clock() between windows: {now_us:.2f} us; Clock(start): {start_us:.2f} us")
    print(f"  against datetime.now(timezone.utc) alone: {real_us * 1000:.2f} us")


def main() -> None:
    """Print the costs of both ways and their ratios."""
    for name in LIBRARIES:
        importlib.import_module(name)
    print(f"modules loaded: {len(sys.modules)}")
    _install()
    _per_scenario()
    _clock_creation()
    shutdown_ms = _once_ms(shutdown)
    print(f"shutdown (forgets the recorded replacements): {shutdown_ms:.3f} ms")
    assert not freezer_installed()


if __name__ == "__main__":
    main()
