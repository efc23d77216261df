"""The same N scenarios written two ways, run with behave: castle-bdd versus hand-written.

(a) castle-bdd's sentences on examples/giftcard.py: a horizontal table of 10 given events,
one command with inline fields, an exact Then table;
(b) minimal hand-written steps (bench/suite_speed/plain_steps.py) on a plain-Python copy
of the aggregate that build the events, replay them and compare with ``==``.

Both suites have the same feature text. Runs alternate, and each ratio is the median of
the per-pair ratios. Times include starting Python and behave, as a user sees them: wall
time, and CPU time (user + system of the behave process), which a busy machine disturbs
less. Then the cost of ``import castle_bdd`` on top of ``import behave``.

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
    write_features(folder, count)
    (folder / "steps").mkdir()
    shutil.copy(ROOT / "bench" / "suite_speed" / "plain_steps.py", folder / "steps")
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


def measure(count: int, runs: int) -> None:
    """Print the times of both suites of ``count`` scenarios and their ratios."""
    with tempfile.TemporaryDirectory() as scratch:
        castle = castle_suite(Path(scratch) / "castle", count)
        plain = plain_suite(Path(scratch) / "plain", count)
        run(castle), run(plain)  # warm the file cache and compiled modules
        pairs = [(run(castle), run(plain)) for _ in range(runs)]
    wall = [(c.wall, p.wall) for c, p in pairs]
    cpu = [(c.cpu, p.cpu) for c, p in pairs]
    print(
        f"N={count:>5}: castle-bdd {statistics.median(c for c, _ in wall):6.2f} s "
        f"({statistics.median(c for c, _ in cpu):5.2f} s CPU)   "
        f"hand-written {statistics.median(p for _, p in wall):6.2f} s "
        f"({statistics.median(p for _, p in cpu):5.2f} s CPU)   "
        f"ratio {median_ratio(wall):.2f} wall, {median_ratio(cpu):.2f} CPU",
        flush=True,
    )


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
    for count in arguments.sizes:
        measure(count, arguments.runs)
    if arguments.imports:
        measure_import(arguments.imports)


if __name__ == "__main__":
    main()
