"""One living document from the records folders of a large sharded run; target: under 10 s.

A suite of 20,000 gift-card scenarios (bench/generate_suite.py, plus its @wip feature)
is parsed with behave, each scenario marked passed with a journal of three notes, and
split into 8 shards of consecutive scenarios. Each shard's scenarios are written into a
records folder of its own, one file per scenario, by the writer a behave run uses
(`castle_bdd.docs.records.ScenarioRecordWriter`), each shard as a run of its own, as
8 CI jobs would. Then, timed:

- **folders**: ``castle-bdd docs --from`` on the 8 folders: read, merge, account for every
  scenario of the suite's feature files, render the HTML document;
- **baseline**: the same from one whole-run record of the same scenarios (what
  ``behave -f castle_bdd.docs:RunRecordFormatter`` writes in a single run).

The document must hold every scenario once, all passed but the @wip ones (skipped), none
not run. Also printed: the writer's cost per scenario, which a run that writes records
pays as each scenario ends.

Run: python bench/bench_merge_records.py [--scenarios 20000] [--folders 8] [--repeat 1]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

from behave.model_type import Status  # noqa: E402
from behave.parser import parse_file  # noqa: E402
from generate_suite import write_suite  # noqa: E402

from castle_bdd.commands.living_doc import merged_record  # noqa: E402
from castle_bdd.docs import render  # noqa: E402
from castle_bdd.docs.collector import feature_record  # noqa: E402
from castle_bdd.docs.records import ScenarioRecordWriter, run_record  # noqa: E402
from castle_bdd.fixtures.journal import EntryKind, Journal, Phase  # noqa: E402
from castle_bdd.marks import attach_journal  # noqa: E402
from examples.giftcard import CardIssued, CardRedeemed, RedeemCard  # noqa: E402

SELECTION = ["not @wip"]
AT = datetime(2026, 1, 1, tzinfo=timezone.utc)


def ran(feature: Any) -> Any:
    """Mark a parsed feature's scenarios as a run leaves them: passed with a journal.

    @wip scenarios are skipped, as behave marks the scenarios its tags leave out.
    """
    for number, scenario in enumerate(feature.walk_scenarios()):
        wip = "wip" in scenario.effective_tags
        for step in scenario.all_steps:
            step.status = Status.skipped if wip else Status.passed
            step.duration = 0.0 if wip else 0.0004
        card = f"GC-{number}"
        journal = Journal()
        journal.record(Phase.GIVEN, EntryKind.EVENT, CardIssued(card, 100), AT)
        journal.record(Phase.WHEN, EntryKind.COMMAND, RedeemCard(card, 30), AT)
        journal.record(Phase.WHEN, EntryKind.EVENT, CardRedeemed(card, 30), AT)
        attach_journal(scenario, journal.entries)
    return feature


def write_folders(features: list[Any], folders: int, records: Path) -> tuple[float, float]:
    """Write each shard's scenario records; the writer's wall and CPU seconds per scenario."""
    every = (s for f in features for s in f.walk_scenarios())
    scenarios = [s for s in every if "wip" not in s.effective_tags]
    size, wall, cpu = -(-len(scenarios) // folders), 0.0, 0.0
    for index in range(folders):
        writer = ScenarioRecordWriter(records / f"shard-{index + 1}", SELECTION)
        writer.run = f"shard-{index + 1}"  # as 8 CI jobs: a run each
        writer.start()
        started, cpu_started = time.perf_counter(), time.process_time()
        for scenario in scenarios[index * size : (index + 1) * size]:
            writer.scenario_finished(scenario)
        wall += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
    return wall / len(scenarios), cpu / len(scenarios)


def write_whole_run(features: list[Any], target: Path) -> None:
    """The single record one behave run of the whole suite writes."""
    record = run_record([feature_record(f) for f in features], "", SELECTION)
    target.write_text(json.dumps(record.to_json(), default=str), encoding="utf-8")


def document(records: list[Path], output: Path) -> tuple[float, float, Any]:
    """Wall and CPU seconds to read, merge, account for and render; the merged record."""
    started, cpu_started = time.perf_counter(), time.process_time()
    record = merged_record(records, ["features"])
    output.write_text(render(record, "html"), encoding="utf-8")
    return time.perf_counter() - started, time.process_time() - cpu_started, record


def check(record: Any, scenarios: int) -> Counter[str]:
    """The document's statuses; stops the benchmark if the document is wrong."""
    keys = [(f.filename, s.line) for f in record.features for s in f.scenarios]
    statuses = Counter(s.status for f in record.features for s in f.scenarios)
    wrong = statuses["passed"] != scenarios or statuses["skipped"] != 1 or record.not_run
    if len(keys) != len(set(keys)) or wrong:
        raise SystemExit(f"wrong document: {dict(statuses)}, {len(keys)} scenarios")
    return statuses


def main() -> None:
    """Generate, write, merge, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenarios", type=int, default=20_000)
    parser.add_argument("--folders", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=1, help="keep the best of N rounds")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="castle-bench-") as folder:
        root = Path(folder)
        write_suite(root, arguments.scenarios, max(1, arguments.scenarios // 125), True)
        with contextlib.chdir(root):
            _report(root, arguments)


def _report(root: Path, arguments: argparse.Namespace) -> None:
    paths = sorted(Path("features").glob("*.feature"))
    features = [ran(parse_file(str(path))) for path in paths]
    write_wall, write_cpu = write_folders(features, arguments.folders, Path("records"))
    write_whole_run(features, Path("run.json"))
    folders = sorted(Path("records").iterdir())
    best: dict[str, tuple[float, float]] = {}
    document([Path("run.json")], Path("warm-up.html"))  # imports, templates: not timed
    for _ in range(arguments.repeat):
        for name, records in (("baseline", [Path("run.json")]), ("folders", folders)):
            wall, cpu, record = document(records, Path(f"{name}.html"))
            statuses = check(record, arguments.scenarios)
            best[name] = min(best.get(name, (wall, cpu)), (wall, cpu))
    files = sum(1 for _ in Path("records").rglob("*.json"))
    size = os.path.getsize("folders.html") / 1e6
    print(f"{arguments.scenarios} scenarios in {len(paths)} files, {files} record files")
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    print(
        f"writing a scenario record: {write_wall * 1e6:.0f} us wall, {write_cpu * 1e6:.0f} us CPU"
    )
    for name, label in (("baseline", "one whole-run record"), ("folders", "records folders")):
        wall, cpu = best[name]
        print(f"{label:<22} {wall:6.2f} s wall {cpu:6.2f} s CPU")
    ratio = best["folders"][0] / best["baseline"][0]
    print(f"ratio folders / baseline (wall): {ratio:.2f}; target: folders under 10 s")
    print(f"document: {size:.1f} MB, {dict(statuses)}")


if __name__ == "__main__":
    main()
