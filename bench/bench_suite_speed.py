"""The same N scenarios written two ways, run with behave: castle-bdd versus hand-written.

(a) castle-bdd's sentences on examples/giftcard.py: a horizontal table of 10 given events,
one command with inline fields, an exact Then table;
(b) minimal hand-written steps (bench/suite_speed/plain_steps.py) on a plain-Python copy
of the aggregate that build the events, replay them and compare with ``==``;
(c) steps that do nothing (bench/suite_speed/idle_steps.py): behave alone, so that what
each suite's steps add per scenario can be told apart from what behave itself costs.

The suites have the same feature text. Runs alternate, and each ratio is the median of
the per-round ratios of (a) to (b); the lowest and highest CPU ones follow it. Times
include starting Python and behave, as a user sees them: wall time, and CPU time
(user + system of the behave process), which a busy machine disturbs less. The same
suites with one scenario tell what a run costs before its scenarios, and so what each
suite costs per scenario. Last, the cost of ``import castle_bdd`` on top of
``import behave``.

    python bench/bench_suite_speed.py [N ...] [--runs R] [--imports R]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PER_FILE = 100
ENVIRONMENT = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}


def scenario(index: int) -> str:
    card = f"GC-{index}"
    given = "\n".join(f"      | CardRedeemed | {card} | {n:<6} |" for n in range(1, 10))
    return f"""
  Scenario: Redeeming card {index}
    Given the events:
      | event        | card_id | amount |
      | CardIssued   | {card} | 1000   |
{given}
    When the command RedeemCard is sent with card_id "{card}" and amount 30
    Then the events are:
      | event        | card_id | amount |
      | CardRedeemed | {card} | 30     |
"""


def write_features(folder: Path, count: int) -> None:
    features = folder / "features"
    features.mkdir(parents=True)
    for start in range(0, count, PER_FILE):
        body = "".join(scenario(i) for i in range(start, min(start + PER_FILE, count)))
        (features / f"cards_{start // PER_FILE:03}.feature").write_text(
            f"Feature: Gift cards {start}\n{body}"
        )


def castle_suite(folder: Path, count: int) -> Path:
    """The suite written with castle-bdd's sentences."""
    write_features(folder, count)
    (folder / "steps").mkdir()
    (folder / "steps" / "castle_steps.py").write_text(
        "from castle_bdd.steps import *  # noqa: F401,F403\n"
    )
    (folder / "environment.py").write_text(
        "from castle_bdd.behave import setup_castle_bdd\n\n\n"
        "def before_all(context):\n"
        '    setup_castle_bdd(context, domain=["examples.giftcard"])\n'
    )
    return folder


def plain_suite(folder: Path, count: int) -> Path:
    """The same feature files with hand-written steps."""
    return _suite_with_steps(folder, count, "plain_steps.py")


def idle_suite(folder: Path, count: int) -> Path:
    """The same feature files with steps that do nothing: behave alone."""
    return _suite_with_steps(folder, count, "idle_steps.py")


def _suite_with_steps(folder: Path, count: int, steps: str) -> Path:
    write_features(folder, count)
    (folder / "steps").mkdir()
    shutil.copy(ROOT / "bench" / "suite_speed" / steps, folder / "steps")
    return folder


@dataclass(frozen=True)
class Timing:
    """One run: wall time and CPU time (user + system) of the child process, in seconds."""

    wall: float
    cpu: float


def timed(command: list[str], folder: Path) -> Timing:
    """Run ``command`` in ``folder``; it must succeed."""
    before = os.times()
    started = time.perf_counter()
    result = subprocess.run(
        command, cwd=folder, env=ENVIRONMENT, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - started
    after = os.times()
    if result.returncode != 0:
        raise SystemExit(f"{folder} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return Timing(wall, cpu)


def run(folder: Path) -> Timing:
    """One behave run of ``folder``; the run must pass."""
    return timed([sys.executable, "-m", "behave", "-f", "null", "--no-summary"], folder)


def median_ratio(pairs: list[tuple[float, float]]) -> float:
    """The median of ``a / b`` over the pairs."""
    return statistics.median(a / b for a, b in pairs)


def ratio_range(pairs: list[tuple[float, float]]) -> tuple[float, float]:
    """The lowest and the highest ``a / b`` over the pairs: how far single rounds stray."""
    ratios = [a / b for a, b in pairs]
    return min(ratios), max(ratios)


SUITES = {"castle": castle_suite, "plain": plain_suite, "idle": idle_suite}


def run_suites(count: int, runs: int) -> list[dict[str, Timing]]:
    """``runs`` rounds of the three suites of ``count`` scenarios, alternating."""
    with tempfile.TemporaryDirectory() as scratch:
        folders = {name: make(Path(scratch) / name, count) for name, make in SUITES.items()}
        for folder in folders.values():
            run(folder)  # warm the file cache and compiled modules
        return [{name: run(folder) for name, folder in folders.items()} for _ in range(runs)]


def median_cpu(rounds: list[dict[str, Timing]], name: str) -> float:
    """The median CPU time of one suite over ``rounds``."""
    return statistics.median(timings[name].cpu for timings in rounds)


def measure(count: int, runs: int, one: list[dict[str, Timing]]) -> None:
    """Print the times of the suites of ``count`` scenarios, their ratios and parts.

    ``one`` holds rounds of the one-scenario suites: what a run costs before its
    scenarios, so that the rest can be told per scenario.
    """
    rounds = run_suites(count, runs)
    wall = [(t["castle"].wall, t["plain"].wall) for t in rounds]
    cpu = [(t["castle"].cpu, t["plain"].cpu) for t in rounds]
    cpu_of = {name: median_cpu(rounds, name) for name in SUITES}
    lowest, highest = ratio_range(cpu)
    print(
        f"N={count:>5}: castle-bdd {statistics.median(c for c, _ in wall):6.2f} s "
        f"({cpu_of['castle']:5.2f} s CPU)   "
        f"hand-written {statistics.median(p for _, p in wall):6.2f} s "
        f"({cpu_of['plain']:5.2f} s CPU)   "
        f"ratio {median_ratio(wall):.2f} wall, {median_ratio(cpu):.2f} CPU "
        f"(rounds {lowest:.2f} to {highest:.2f})",
        flush=True,
    )
    if count < 2:
        return
    per_scenario = {
        name: (cpu_of[name] - median_cpu(one, name)) / (count - 1) * 1000 for name in SUITES
    }
    print(
        f"{'':8}CPU per scenario: behave alone (steps that do nothing) "
        f"{per_scenario['idle']:.2f} ms, hand-written steps "
        f"{per_scenario['plain'] - per_scenario['idle']:+.2f} ms, castle-bdd steps "
        f"{per_scenario['castle'] - per_scenario['idle']:+.2f} ms",
        flush=True,
    )


def measure_one(runs: int) -> list[dict[str, Timing]]:
    """Time the one-scenario suites and print what a run costs before its scenarios."""
    one = run_suites(1, runs)
    print(
        f"One scenario (what a run costs before its scenarios): castle-bdd "
        f"{median_cpu(one, 'castle'):.2f} s CPU, hand-written {median_cpu(one, 'plain'):.2f} s, "
        f"behave alone {median_cpu(one, 'idle'):.2f} s",
        flush=True,
    )
    return one


def measure_import(runs: int) -> None:
    """Print what ``import castle_bdd`` (and the step library) adds to ``import behave``."""
    code = {
        "behave": "import behave",
        "castle_bdd": "import behave, castle_bdd",
        "castle_bdd.steps": "import behave, castle_bdd.steps",
    }
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        times: dict[str, list[float]] = {name: [] for name in code}
        for _ in range(runs + 1):  # the first round only warms the caches
            for name, source in code.items():
                times[name].append(timed([sys.executable, "-c", source], folder).wall)
    base = statistics.median(times["behave"][1:])
    for name in ("castle_bdd", "castle_bdd.steps"):
        extra = statistics.median(times[name][1:]) - base
        print(f"import {name} on top of import behave: {extra:.3f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=5, help="alternating pairs per size")
    parser.add_argument("--imports", type=int, default=15, help="rounds of import timing")
    arguments = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs", flush=True)
    one = measure_one(arguments.runs)
    for count in arguments.sizes:
        measure(count, arguments.runs, one)
    if arguments.imports:
        measure_import(arguments.imports)


if __name__ == "__main__":
    main()
