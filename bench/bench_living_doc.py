"""The living document at 1,000 and 5,000 scenarios: size, generation time, Chromium's times.

The scenarios are the project's own feature files (aggregates, sagas, nested values,
outlines, time) and its failing ones, run once by behave and repeated, feature by feature,
until the suite has the size asked for. For each size it prints:

- the file's size (targets: < 1.5 MB at 1,000, < 5 MB at 5,000);
- rendering time, against ``json.dumps`` of the same record in the same process;
- in headless Chromium (when installed): time to the first paint, and how long a status
  filter, a search keystroke and clearing them take until the next frame (target 100 ms).

Timings on a shared machine are noisy; read them as directions, and the ratios first.

    python bench/bench_living_doc.py [SCENARIOS ...]      (default: 1000 5000)
"""

from __future__ import annotations

import json
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


def in_chromium(html: str) -> dict[str, float] | None:
    """First paint and interaction times in headless Chromium, in milliseconds."""
    from tests.docs.browser import missing, start_chromium, until_next_frame

    if missing() is not None:
        return None
    with tempfile.TemporaryDirectory() as scratch:
        page = Path(scratch) / "doc.html"
        page.write_text(html, encoding="utf-8")
        driver = start_chromium()
        try:
            driver.get(page.as_uri())
            paint = driver.execute_script(
                "const p = performance.getEntriesByName('first-contentful-paint')[0];"
                "return p ? p.startTime : performance.now();"
            )
            chip = "document.querySelector('#status-filter .chip').click()"
            search = "const s = document.getElementById('search'); s.value = '{}';"
            search += "s.dispatchEvent(new Event('input'))"
            return {
                "first paint": paint,
                "filter": until_next_frame(driver, chip),
                "unfilter": until_next_frame(driver, chip),
                "search": until_next_frame(driver, search.format("redeem")),
                "search more": until_next_frame(driver, search.format("redeem part")),
                "clear": until_next_frame(driver, search.format("")),
            }
        finally:
            driver.quit()


def main() -> None:
    sizes = [int(size) for size in sys.argv[1:]] or [1000, 5000]
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
        for name, milliseconds in (times or {}).items():
            print(f"chromium {name + ':':15}{milliseconds:8.1f} ms")
        print()


if __name__ == "__main__":
    main()
