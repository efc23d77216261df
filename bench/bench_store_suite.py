"""The aggregate suite of bench_suite_speed.py on the SQLite store against the in-memory one.

The same castle-bdd suite (N gift-card scenarios: 10 given events, one command, an exact
Then table) runs with ``behave`` and with ``behave -D castle_store=sqlite``, in pairs,
A B A B …; the ratio is the median of the per-pair ratios of CPU time (user + system of
the behave process; wall time beside it). On the SQLite store each scenario opens an
in-memory database, writes its 10 given events and the When's event to it, reads the
aggregate back from it, and writes and reads back every event and command once more
for the round-trip check. Then each part of that work is timed alone, in this process,
to tell where the difference goes; ``--profile`` adds a cProfile run of the sqlite suite
(by cumulative time, the castle-bdd, sqlite3 and json functions), whose own cost weighs
on Python functions more than on sqlite3's C code.

    python bench/bench_store_suite.py [N ...] [--runs R] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import io
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _suite_speed() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_suite_speed", HERE / "bench_suite_speed.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


SUITE_SPEED = _suite_speed()
BEHAVE = [sys.executable, "-m", "behave", "-f", "null", "--no-summary"]
STORES = {"memory": [], "sqlite": ["-D", "castle_store=sqlite"]}


def measure(count: int, runs: int) -> None:
    """Print the times of the suite of ``count`` scenarios on both stores, and their ratio."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = SUITE_SPEED.castle_suite(Path(scratch) / "suite", count)
        for options in STORES.values():
            SUITE_SPEED.timed([*BEHAVE, *options], folder)  # warm the caches
        rounds = [
            {
                name: SUITE_SPEED.timed([*BEHAVE, *options], folder)
                for name, options in STORES.items()
            }
            for _ in range(runs)
        ]
    cpu = [(r["sqlite"].cpu, r["memory"].cpu) for r in rounds]
    wall = [(r["sqlite"].wall, r["memory"].wall) for r in rounds]
    lowest, highest = SUITE_SPEED.ratio_range(cpu)
    memory_cpu = statistics.median(m for _, m in cpu)
    sqlite_cpu = statistics.median(s for s, _ in cpu)
    print(
        f"N={count:>5}: in-memory {memory_cpu:6.2f} s CPU   sqlite {sqlite_cpu:6.2f} s CPU   "
        f"ratio {SUITE_SPEED.median_ratio(cpu):.2f} CPU (pairs {lowest:.2f} to {highest:.2f}), "
        f"{SUITE_SPEED.median_ratio(wall):.2f} wall; "
        f"{(sqlite_cpu - memory_cpu) / count * 1000:+.2f} ms CPU per scenario",
        flush=True,
    )


def parts(count: int) -> None:
    """Print what each part of a scenario's store work costs, without a profiler's bias.

    One scenario of the suite, on the SQLite store: open a database; write the 10 given
    events and later the When's event; ask the stream's version four times; read the 10
    events back; and the round-trip check of the 11 events and the command.
    """
    sys.path.insert(0, str(HERE.parent))
    from castle_bdd.eventstore import JsonSerializer, SqliteEventStore, check_round_trip
    from examples.giftcard import CardIssued, CardRedeemed, RedeemCard

    serializer = JsonSerializer()
    given = [CardIssued("GC-1", 1000), *(CardRedeemed("GC-1", n) for n in range(1, 10))]
    when = [CardRedeemed("GC-1", 30)]
    stores = [SqliteEventStore(serializer=serializer) for _ in range(count)]

    def write() -> None:
        for store in stores:
            store.append_events_now("GC-1", -1, given)
            store.append_events_now("GC-1", 9, when)

    def read() -> None:
        for store in stores:
            for _ in range(4):
                store.get_current_version_now("GC-1")
            store.load_events_now("GC-1")

    def check() -> None:
        for _ in range(count):
            check_round_trip([*given, RedeemCard("GC-1", 30), *when], serializer)

    def open_and_close() -> None:
        for _ in range(count):
            SqliteEventStore(serializer=serializer).close()

    for name, work in (
        ("open and close", open_and_close),
        ("write", write),
        ("read", read),
        ("round-trip check", check),
    ):
        started = time.process_time()
        work()
        print(f"  {name:<17} {(time.process_time() - started) / count * 1000:.3f} ms a scenario")
    for store in stores:
        store.close()


def profile(count: int) -> None:
    """Print where a behave run of the suite on the SQLite store spends its time."""
    from behave.__main__ import main as behave_main

    with tempfile.TemporaryDirectory() as scratch:
        folder = SUITE_SPEED.castle_suite(Path(scratch) / "suite", count)
        here = os.getcwd()
        os.chdir(folder)
        profiler = cProfile.Profile()
        try:
            profiler.runcall(behave_main, ["-f", "null", "--no-summary", *STORES["sqlite"]])
        finally:
            os.chdir(here)
    report = io.StringIO()
    stats = pstats.Stats(profiler, stream=report).sort_stats("cumulative")
    stats.print_stats(r"castle_bdd/(eventstore|fixtures/event_streams)|sqlite3|json", 25)
    print(report.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000])
    parser.add_argument("--runs", type=int, default=5, help="pairs of runs per size")
    parser.add_argument("--profile", action="store_true", help="profile one sqlite run")
    arguments = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs", flush=True)
    for count in arguments.sizes:
        measure(count, arguments.runs)
    print("Parts of a scenario's store work (CPU):", flush=True)
    parts(arguments.sizes[-1])
    if arguments.profile:
        profile(arguments.sizes[-1])


if __name__ == "__main__":
    main()
