"""The merge benchmark, at a small size: its document is checked as the benchmark runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cli.support import child_environment

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_merge_records.py"


def test_the_benchmark_merges_its_folders_into_one_correct_document() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH), "--scenarios", "60", "--folders", "3"],
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "{'passed': 60, 'skipped': 1}" in result.stdout
    assert "60 scenarios in 2 files, 63 record files" in result.stdout
