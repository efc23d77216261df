"""The same N scenarios written two ways, run with behave: castle-bdd versus hand-written.

(a) castle-bdd's sentences on examples/giftcard.py: a horizontal table of 10 given events,
one command with inline fields, an exact Then table;
(b) minimal hand-written steps (bench/suite_speed/plain_steps.py) on a plain-Python copy
of the aggregate that build the events, replay them and compare with ``==``.

Both suites have the same feature text. Runs alternate, and the ratio is the median of
the per-pair ratios. Wall time includes starting Python and behave, as a user sees it.

    python bench/bench_suite_speed.py [N ...] [--runs R]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PER_FILE = 100


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


def run(folder: Path) -> float:
    """Wall time of one behave run of ``folder``; the run must pass."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "behave", "-f", "null", "--no-summary"],
        cwd=folder,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{folder} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return elapsed


def measure(count: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        castle = castle_suite(Path(scratch) / "castle", count)
        plain = plain_suite(Path(scratch) / "plain", count)
        run(castle), run(plain)  # warm the file cache and compiled modules
        pairs = [(run(castle), run(plain)) for _ in range(runs)]
    castle_times, plain_times = zip(*pairs, strict=True)
    ratio = statistics.median(c / p for c, p in pairs)
    print(
        f"N={count:>5}: castle-bdd {statistics.median(castle_times):6.2f} s   "
        f"hand-written {statistics.median(plain_times):6.2f} s   ratio {ratio:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    for count in arguments.sizes:
        measure(count, arguments.runs)


if __name__ == "__main__":
    main()
