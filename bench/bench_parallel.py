"""Wall time of a large gift-card suite: plain behave against parallel runs of the same suite.

The suite (bench/generate_suite.py: 2,000 scenarios in 40 feature files, plus a @wip
feature that fails if it runs) is written to a temporary folder and run, unchanged, by:

- behave, one process (the baseline);
- behavex, 2 processes, one feature per job;
- behave-pool, 2 worker processes, one feature per work unit;
- two behave processes side by side, each on one `castle-bdd shard` of the suite, as
  two CI matrix jobs would run on one machine.

Every run must pass and run every scenario but the @wip one, so each runner is also
checked to honour the suite's [tool.behave] settings. behavex and behave-pool are
optional: a runner that is not installed is reported and left out. The speedup is the
baseline's wall time over the run's; it depends on the machine's cores and on what else
runs on it (the load average is printed). CPU time (of all processes of a run) shows what
a runner costs beside the steps.

Each round runs every runner once; the best of the rounds counts.

Run: python bench/bench_parallel.py [--scenarios 2000] [--plain] [--repeat 3]
     (--plain: hand-written steps instead of the castle-bdd step library;
      --scenario-scheme: also behavex with one scenario per job, which is slow)
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

from generate_suite import write_suite  # noqa: E402

from castle_bdd.sharding import shard  # noqa: E402

PROCESSES = 2
STEPS_PER_SCENARIO = 3
#: behave's and behavex's summary line, and behave-pool's: the steps that passed.
_STEPS_PASSED = (
    re.compile(r"^(\d+) steps? passed, 0 failed", re.M),
    re.compile(r" steps - passed: (\d+), failed: 0,", re.M),
)


@dataclass
class Run:
    """One way of running the suite: the commands started side by side."""

    name: str
    commands: list[list[str]]
    needs: str = "behave"


def runs(suite: Path, scenario_scheme: bool) -> list[Run]:
    """The runs to time, the baseline first."""
    python, out = sys.executable, suite / "out"
    found = [
        Run("behave, 1 process", [[python, "-m", "behave", "-f", "null"]]),
        Run(f"behavex, {PROCESSES} processes", [_behavex(out, "feature")], "behavex"),
        Run(f"behave-pool, {PROCESSES} processes", [_pool(out)], "behave_pool"),
        Run(f"{PROCESSES} castle-bdd shards side by side", _shards(suite)),
    ]
    if scenario_scheme:
        found.append(Run("behavex, scenario scheme", [_behavex(out, "scenario")], "behavex"))
    return found


def _behavex(out: Path, scheme: str) -> list[str]:
    # behavex passes tags of its own (~@WIP, ~@MANUAL), which replace behave's default_tags:
    # the @wip exclusion has to be given again
    return [
        *(sys.executable, "-m", "behavex", "-t", "not @wip", "--no-report"),
        *("--parallel-processes", str(PROCESSES), "--parallel-scheme", scheme),
        *("-o", str(out / f"behavex-{scheme}"), "features"),
    ]


def _pool(out: Path) -> list[str]:
    return [
        *(sys.executable, "-m", "behave_pool", "--parallel", str(PROCESSES)),
        *("--parallel-scheme", "feature", "--parallel-report", str(out / "pool-report.json")),
        *("--parallel-timing-file", str(out / "pool-timing.json")),
    ]


def _shards(suite: Path) -> list[list[str]]:
    commands = []
    for index in range(1, PROCESSES + 1):
        listing = suite / f"shard-{index}.txt"
        files = shard([suite / "features"], index, PROCESSES)
        listing.write_text("".join(f"{Path(f.path).relative_to(suite)}\n" for f in files))
        commands.append([sys.executable, "-m", "behave", "-f", "null", f"@{listing.name}"])
    return commands


def timed(run: Run, suite: Path, expected: int) -> tuple[float, float]:
    """Wall and CPU seconds until every command of ``run`` has finished and passed."""
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(suite)])}
    cpu_before = _children_cpu()
    started = time.perf_counter()
    children = [
        subprocess.Popen(
            command, cwd=suite, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        for command in run.commands
    ]
    outputs = [child.communicate()[0].decode(errors="replace") for child in children]
    elapsed = time.perf_counter() - started
    passed = sum(_steps_passed(output) for output in outputs)
    if any(child.returncode for child in children) or passed != expected * STEPS_PER_SCENARIO:
        tail = "\n".join(output[-1500:] for output in outputs)
        raise SystemExit(
            f"{run.name}: {passed} steps passed, not {expected * STEPS_PER_SCENARIO}\n{tail}"
        )
    return elapsed, _children_cpu() - cpu_before


def _children_cpu() -> float:
    # waited-for children's usage includes their own children (the runners' workers)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _steps_passed(output: str) -> int:
    for pattern in _STEPS_PASSED:
        found = pattern.findall(output)
        if found:
            return int(found[-1])
    return 0


def main() -> None:
    """Generate the suite, time each run, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenarios", type=int, default=2000)
    parser.add_argument("--features", type=int, default=40)
    parser.add_argument("--plain", action="store_true", help="hand-written steps")
    parser.add_argument("--repeat", type=int, default=1, help="keep the best of N runs")
    parser.add_argument("--scenario-scheme", action="store_true")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="castle-bench-") as folder:
        suite = Path(folder)
        write_suite(suite, arguments.scenarios, arguments.features, arguments.plain)
        steps = "hand-written steps" if arguments.plain else "castle-bdd step library"
        print(f"{arguments.scenarios} scenarios in {arguments.features} files, {steps}")
        print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start\n")
        _report(runs(suite, arguments.scenario_scheme), suite, arguments)


def _report(chosen: list[Run], suite: Path, arguments: argparse.Namespace) -> None:
    installed = [run for run in chosen if importlib.util.find_spec(run.needs) is not None]
    for run in chosen:
        if run not in installed:
            print(f"{run.name:<34} not installed (pip install castle-bdd[parallel])")
    best: dict[str, tuple[float, float]] = {}
    # round after round, so that every runner meets about the same load on the machine
    for _ in range(arguments.repeat):
        for run in installed:
            measured = timed(run, suite, arguments.scenarios)
            best[run.name] = min(best.get(run.name, measured), measured)
    baseline = best[installed[0].name][0]
    for name, (wall, cpu) in best.items():
        print(f"{name:<34} {wall:6.2f} s wall {cpu:6.2f} s CPU   speedup {baseline / wall:4.2f}x")
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end; best of {arguments.repeat} rounds")


if __name__ == "__main__":
    main()
