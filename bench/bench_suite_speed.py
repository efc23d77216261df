"""The same N scenarios written two ways, run with behave: castle-bdd versus hand-written.

Two shapes of suite. The aggregate suite, on examples/giftcard.py: a horizontal table of
10 given events, one command with inline fields, an exact Then table. The saga suite, on
examples/invoicing.py: an invoice created, two Given time jumps and a When one (3 time
jumps a scenario), an exact table of dispatched commands. Each shape is written

(a) in castle-bdd's sentences;
(b) with minimal hand-written steps (bench/suite_speed/plain_steps.py and
    plain_saga_steps.py) on a plain-Python copy of the domain, comparing with ``==``;
(c) with steps that do nothing (bench/suite_speed/idle_steps.py): behave alone, so that
    what each suite's steps add per scenario can be told apart from behave's own cost.

The suites of a shape have the same feature text. (a) and (b) run in pairs, A B A B …,
and each ratio is the median of the per-pair ratios; the lowest and highest CPU ones
follow it. Times include starting Python and behave, as a user sees them: wall time, and
CPU time (user + system of the behave process), which a busy machine disturbs far less.
The same suites with one scenario tell what a run costs before its scenarios, and so
what each suite costs per scenario. Last, the cost of ``import castle_bdd`` on top of
``import behave``, timed inside one interpreter.

``--max-ratio R`` makes the run fail (exit code 1) when a median CPU ratio is above R:
CI runs one small size with it, to catch a regression.

    python bench/bench_suite_speed.py [N ...] [--runs R] [--imports R] [--shapes S ...]
        [--max-ratio R]
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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PER_FILE = 100
ENVIRONMENT = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}


def scenario(index: int) -> str:
    """One scenario of the aggregate suite."""
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


def saga_scenario(index: int) -> str:
    """One scenario of the saga suite: three jumps in time."""
    invoice = f"INV-{index}"
    created = f'InvoiceCreated with invoice_id "{invoice}" and amount 100'
    return f"""
  Scenario: Invoice {index} goes overdue
    Given the aggregate "{invoice}" published {created}
    And 10 days have elapsed
    And 10 days have elapsed
    When 11 days elapse
    Then the dispatched commands are:
      | command       | invoice_id |
      | MarkAsOverdue | {invoice} |
"""


@dataclass(frozen=True)
class Shape:
    """A shape of suite: its scenarios, its domain and its hand-written steps."""

    title: str
    scenario: Callable[[int], str]
    domain: str
    plain_steps: str


SHAPES = {
    "aggregate": Shape("Gift cards", scenario, "examples.giftcard", "plain_steps.py"),
    "saga": Shape("Invoices", saga_scenario, "examples.invoicing", "plain_saga_steps.py"),
}


def write_features(folder: Path, count: int, shape: Shape = SHAPES["aggregate"]) -> None:
    """``count`` scenarios of ``shape``, 100 a feature file."""
    features = folder / "features"
    features.mkdir(parents=True)
    for start in range(0, count, PER_FILE):
        body = "".join(shape.scenario(i) for i in range(start, min(start + PER_FILE, count)))
        (features / f"cards_{start // PER_FILE:03}.feature").write_text(
            f"Feature: {shape.title} {start}\n{body}"
        )


def castle_suite(folder: Path, count: int, shape: Shape = SHAPES["aggregate"]) -> Path:
    """The suite written with castle-bdd's sentences."""
    write_features(folder, count, shape)
    (folder / "steps").mkdir()
    (folder / "steps" / "castle_steps.py").write_text(
        "from castle_bdd.steps import *  # noqa: F401,F403\n"
    )
    (folder / "environment.py").write_text(
        "from castle_bdd.behave import setup_castle_bdd\n\n\n"
        "def before_all(context):\n"
        f'    setup_castle_bdd(context, domain=["{shape.domain}"])\n'
    )
    return folder


def plain_suite(folder: Path, count: int, shape: Shape = SHAPES["aggregate"]) -> Path:
    """The same feature files with hand-written steps."""
    return _suite_with_steps(folder, count, shape, shape.plain_steps)


def idle_suite(folder: Path, count: int, shape: Shape = SHAPES["aggregate"]) -> Path:
    """The same feature files with steps that do nothing: behave alone."""
    return _suite_with_steps(folder, count, shape, "idle_steps.py")


def _suite_with_steps(folder: Path, count: int, shape: Shape, steps: str) -> Path:
    write_features(folder, count, shape)
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


def run_suites(
    count: int, runs: int, shape: Shape = SHAPES["aggregate"]
) -> list[dict[str, Timing]]:
    """``runs`` rounds of the suites of ``count`` scenarios of ``shape``.

    Each round runs castle-bdd's suite and the hand-written one back to back, a pair
    (A B A B …), then behave alone.
    """
    with tempfile.TemporaryDirectory() as scratch:
        folders = {name: make(Path(scratch) / name, count, shape) for name, make in SUITES.items()}
        for folder in folders.values():
            run(folder)  # warm the file cache and compiled modules
        return [{name: run(folder) for name, folder in folders.items()} for _ in range(runs)]


def median_cpu(rounds: list[dict[str, Timing]], name: str) -> float:
    """The median CPU time of one suite over ``rounds``."""
    return statistics.median(timings[name].cpu for timings in rounds)


def measure(count: int, runs: int, one: list[dict[str, Timing]], shape: Shape) -> float:
    """Print the times of the suites of ``count`` scenarios, their ratios and parts.

    ``one`` holds rounds of the one-scenario suites: what a run costs before its
    scenarios, so that the rest can be told per scenario. Returns the median CPU ratio.
    """
    rounds = run_suites(count, runs, shape)
    wall = [(t["castle"].wall, t["plain"].wall) for t in rounds]
    cpu = [(t["castle"].cpu, t["plain"].cpu) for t in rounds]
    cpu_of = {name: median_cpu(rounds, name) for name in SUITES}
    lowest, highest = ratio_range(cpu)
    print(
        f"{shape.title:<10} N={count:>5}: "
        f"castle-bdd {statistics.median(c for c, _ in wall):6.2f} s "
        f"({cpu_of['castle']:5.2f} s CPU)   "
        f"hand-written {statistics.median(p for _, p in wall):6.2f} s "
        f"({cpu_of['plain']:5.2f} s CPU)   "
        f"ratio {median_ratio(wall):.2f} wall, {median_ratio(cpu):.2f} CPU "
        f"(pairs {lowest:.2f} to {highest:.2f})",
        flush=True,
    )
    if count >= 2:
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
    return median_ratio(cpu)


def measure_one(runs: int, shape: Shape) -> list[dict[str, Timing]]:
    """Time the one-scenario suites and print what a run costs before its scenarios."""
    one = run_suites(1, runs, shape)
    print(
        f"{shape.title}, one scenario (what a run costs before its scenarios): castle-bdd "
        f"{median_cpu(one, 'castle'):.2f} s CPU, hand-written {median_cpu(one, 'plain'):.2f} s, "
        f"behave alone {median_cpu(one, 'idle'):.2f} s",
        flush=True,
    )
    return one


def measure_import(runs: int) -> None:
    """Print what ``import castle_bdd`` (and the step library) adds to ``import behave``.

    Timed inside a fresh interpreter, in CPU time, from just after ``import behave`` to
    just after the second import: no difference of two processes' times, which a busy
    machine can make negative.
    """
    with tempfile.TemporaryDirectory() as scratch:
        for name in ("castle_bdd", "castle_bdd.steps"):
            source = (
                "import time, behave; started = time.process_time(); "
                f"import {name}; print(time.process_time() - started)"
            )
            costs = [_printed_float(source, Path(scratch)) for _ in range(runs + 1)][1:]
            print(
                f"import {name} on top of import behave: {statistics.median(costs):.3f} s CPU",
                flush=True,
            )


def _printed_float(source: str, folder: Path) -> float:
    result = subprocess.run(
        [sys.executable, "-c", source], cwd=folder, env=ENVIRONMENT, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise SystemExit(f"{source} failed:\n{result.stderr[-3000:]}")
    return float(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=5, help="pairs per size")
    parser.add_argument("--imports", type=int, default=15, help="rounds of import timing")
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=sorted(SHAPES))
    parser.add_argument(
        "--max-ratio", type=float, default=None, help="fail when a CPU ratio is above this"
    )
    arguments = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs", flush=True)
    ratios: list[tuple[str, int, float]] = []
    for name in arguments.shapes:
        shape = SHAPES[name]
        one = measure_one(arguments.runs, shape)
        for count in arguments.sizes:
            ratios.append((name, count, measure(count, arguments.runs, one, shape)))
    if arguments.imports:
        measure_import(arguments.imports)
    too_slow = above(ratios, arguments.max_ratio)
    for line in too_slow:
        print(line)
    if too_slow:
        raise SystemExit(1)


def above(ratios: list[tuple[str, int, float]], max_ratio: float | None) -> list[str]:
    """A line for each (shape, size, CPU ratio) above ``max_ratio`` (none without one)."""
    return [
        f"the {name} suite at N={count} is {ratio:.2f} CPU, above {max_ratio}"
        for name, count, ratio in ratios
        if max_ratio is not None and ratio > max_ratio
    ]


if __name__ == "__main__":
    main()
