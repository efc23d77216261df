"""The living document at 1,000 and 5,000 scenarios: size, generation time, Chromium's times.

The scenarios are the project's own feature files (aggregates, sagas, nested values,
outlines, time) and its failing ones, run once by behave and repeated, feature by feature,
until the suite has the size asked for. For each size it prints:

- the file's size (targets: < 1.5 MB at 1,000, < 5 MB at 5,000);
- rendering time, against ``json.dumps`` of the same record in the same process;
- in headless Chromium (when installed): time to the first paint, and how long a status
  filter, a search keystroke and clearing them take until the next frame (target 100 ms):
  the median and the slowest of five rounds, the first right after the page has loaded,
  and that round's search on its own (before the page may have built its search index);
- what the living-document formatter adds to a behave run of as many scenarios (the
  project's feature files and its wrong expectations, copied until the suite has the size
  asked for): wall time, the time spent in full garbage-collector passes, and peak
  memory, against the same run without it.

Timings on a shared machine are noisy; read them as directions, and the ratios first.

    python bench/bench_living_doc.py [SCENARIOS ...] [--no-run]      (default: 1000 5000)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the examples/ package and tests.docs.browser

from castle_bdd.docs import RunRecord, render  # noqa: E402
from castle_bdd.docs.model import FeatureRecord  # noqa: E402
from castle_bdd.sharding import read_feature  # noqa: E402

_SOURCES = (["features"], ["features/must_fail/wrong_expectations.feature", "-t", "@must-fail"])


def recorded(*arguments: str) -> RunRecord:
    """The run record of behave, run at the repository's root with ``arguments``."""
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "run.json"
        command = [sys.executable, "-m", "behave", "-f", "castle_bdd.docs:RunRecordFormatter"]
        subprocess.run(
            [*command, "-o", str(target), *arguments],
            cwd=ROOT,
            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
            capture_output=True,
            timeout=300,
            check=False,
        )
        return RunRecord.from_json(json.loads(target.read_text(encoding="utf-8")))


def suite_record(scenarios: int) -> RunRecord:
    """A record of ``scenarios`` scenarios: the project's features, repeated."""
    runs = [recorded(*arguments) for arguments in _SOURCES]
    base = [f for run in runs for f in run.features if f.scenarios]
    features: list[FeatureRecord] = []
    total, copy = 0, 0
    while total < scenarios:
        for feature in base:
            wanted = scenarios - total
            if wanted <= 0:
                break
            kept = feature.scenarios[:wanted]
            name = f"{feature.name} ({copy + 1})" if copy else feature.name
            folder = f"features/part{copy}" if copy else "features"
            filename = f"{folder}/{feature.filename.rsplit('/', 1)[-1]}"
            features.append(replace(feature, name=name, filename=filename, scenarios=kept))
            total += len(kept)
        copy += 1
    return replace(runs[0], features=features)


def rendering(record: RunRecord) -> tuple[str, float, float]:
    """The HTML, the best of three rendering times and json.dumps' time for the record."""
    started = time.perf_counter()
    json.dumps(record.to_json())
    baseline = time.perf_counter() - started
    render(record)  # the template compiled, as for a second document in one run
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        html = render(record)
        timings.append(time.perf_counter() - started)
    return html, min(timings), baseline


#: How many times each interaction is timed; the median and the slowest are printed.
_ROUNDS = 5


def in_chromium(html: str) -> dict[str, tuple[float, float]] | None:
    """First paint, and the median and slowest time of each interaction, in milliseconds.

    The first round starts as soon as the page has loaded; its search is also printed on
    its own ("first search"), as a reader who types at once meets it.
    """
    from tests.docs.browser import missing, start_chromium, until_next_frame

    if missing() is not None:
        return None
    with tempfile.TemporaryDirectory() as scratch:
        page = Path(scratch) / "doc.html"
        page.write_text(html, encoding="utf-8")
        driver = start_chromium()
        try:
            driver.get(page.as_uri())
            paint: float = driver.execute_script(
                "const p = performance.getEntriesByName('first-contentful-paint')[0];"
                "return p ? p.startTime : performance.now();"
            )
            chip = "document.querySelector('#status-filter .chip').click()"
            search = "const s = document.getElementById('search'); s.value = '{}';"
            search += "s.dispatchEvent(new Event('input'))"
            actions = {
                "filter": chip,
                "unfilter": chip,
                "search": search.format("redeem"),
                "search more": search.format("redeem part"),
                "clear": search.format(""),
            }
            timed: dict[str, list[float]] = {name: [] for name in actions}
            for _ in range(_ROUNDS):
                for name, action in actions.items():
                    timed[name].append(until_next_frame(driver, action))
            first = timed["search"][0]
            spread = {name: (statistics.median(t), max(t)) for name, t in timed.items()}
            return {"first paint": (paint, paint), "first search": (first, first), **spread}
        finally:
            driver.quit()


#: behave under a watch on full (generation 2) garbage-collector passes, reported at exit.
_WATCHED_BEHAVE = """
import atexit, gc, sys, time
spent, started = [0.0, 0], [0.0]
def watch(phase, info):
    if info["generation"] == 2:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            spent[0] += time.perf_counter() - started[0]
            spent[1] += 1
gc.callbacks.append(watch)
atexit.register(lambda: print(f"full-gc {spent[0]:.4f} {spent[1]}", file=sys.stderr))
from behave.__main__ import main
sys.argv[0] = "behave"
sys.exit(main())
"""


def behave_run(folder: Path, *arguments: str) -> dict[str, float]:
    """Wall and CPU seconds, full-GC seconds and passes, peak memory (MB) and the number
    of scenarios that ran (passed or failed) of one behave run."""
    command = [sys.executable, "-c", _WATCHED_BEHAVE, *arguments]
    environment = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    summary = folder / "summary.txt"
    started = time.perf_counter()
    with summary.open("wb") as written:
        process = subprocess.Popen(
            command, cwd=folder, env=environment, stdout=written, stderr=subprocess.PIPE
        )
        assert process.stderr is not None
        with process.stderr:
            errors = process.stderr.read().decode()
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    watched = [line.split() for line in errors.splitlines() if line.startswith("full-gc ")]
    ran = re.search(r"(\d+) scenarios? passed, (\d+) failed", summary.read_text())
    # 1: the suite's failing scenarios; a run that stopped early has no summary
    if process.returncode not in (0, 1) or not watched or ran is None:
        raise RuntimeError(f"behave failed in {folder}:\n{errors[-2000:]}")
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "gc": float(watched[-1][1]),
        "passes": float(watched[-1][2]),
        "memory": usage.ru_maxrss / 1024,
        "scenarios": float(int(ran[1]) + int(ran[2])),
    }


_RUN_SOURCES = [*sorted(ROOT.glob("features/*.feature")), ROOT / _SOURCES[1][0]]


def write_suite(folder: Path, scenarios: int) -> int:
    """The project's features (and failing ones) copied under ``folder``; how many scenarios."""
    for name in ("pyproject.toml", "environment.py"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(ROOT / "steps", folder / "steps")
    sizes = [sum(1 for _ in read_feature(path).walk_scenarios()) for path in _RUN_SOURCES]
    total, copy = 0, 0
    while total < scenarios:
        part = folder / "features" / f"part{copy}"
        part.mkdir(parents=True)
        for path, size in zip(_RUN_SOURCES, sizes, strict=True):
            shutil.copy(path, part / path.name)
            total += size
        copy += 1
    return total


def formatter_cost(scenarios: int) -> tuple[int, dict[str, float], dict[str, float]]:
    """The same suite run without and with the living-document formatter."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        write_suite(folder, scenarios)
        chosen = ["--tags", "not @wip", "features"]
        behave_run(folder, "-f", "null", "--tags", "not @wip", "features/part0")  # warm up
        without = behave_run(folder, "-f", "null", *chosen)
        living = behave_run(
            folder, "-f", "castle_bdd.docs:LivingDocFormatter", "-o", "living.html", *chosen
        )
        if without["scenarios"] != living["scenarios"]:
            raise RuntimeError(f"the runs differ: {without} and {living}")
        return int(living["scenarios"]), without, living


def print_formatter_cost(scenarios: int) -> None:
    """What the formatter adds to a run of ``scenarios`` scenarios."""
    written, without, living = formatter_cost(scenarios)
    print(f"behave run of:          {written} scenarios (the project's features, copied)")
    for name, run in (("without formatter", without), ("with formatter", living)):
        print(f"run {name + ':':19} {run['wall']:.2f} s wall, {run['cpu']:.2f} s CPU,", end=" ")
        print(
            f"full GC {run['gc']:.2f} s in {run['passes']:.0f} passes, peak {run['memory']:.0f} MB"
        )
    print(
        f"formatter adds:         {living['wall'] - without['wall']:.2f} s wall, "
        f"{living['cpu'] - without['cpu']:.2f} s CPU, "
        f"peak memory {living['memory'] / without['memory']:.2f}x"
    )


def main() -> None:
    reading = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    reading.add_argument(
        "sizes",
        metavar="SCENARIOS",
        type=int,
        nargs="*",
        default=[1000, 5000],
        help="how many scenarios each document has (default: 1000 5000)",
    )
    reading.add_argument(
        "--no-run", action="store_true", help="leave out the formatter's cost in a behave run"
    )
    arguments = reading.parse_args()
    sizes = arguments.sizes
    for size in sizes:
        record = suite_record(size)
        html, seconds, baseline = rendering(record)
        megabytes = len(html.encode()) / 1e6
        target = 1.5 if size <= 1000 else 5.0
        print(f"scenarios:              {size}")
        print(f"document size:          {megabytes:.2f} MB (target < {target} MB)")
        print(f"render (best of 3):     {seconds:.3f} s")
        print(f"baseline json.dumps:    {baseline:.3f} s (render/json {seconds / baseline:.1f}x)")
        times = in_chromium(html)
        if times is None:
            print("chromium:               not installed (see tests/docs/browser.py)")
        for name, (median, slowest) in (times or {}).items():
            print(f"chromium {name + ':':15}{median:8.1f} ms", end="")
            print(f" (median of {_ROUNDS}, slowest {slowest:.1f} ms)" if median != slowest else "")
        if not arguments.no_run:
            print_formatter_cost(size)
        print()


if __name__ == "__main__":
    main()
