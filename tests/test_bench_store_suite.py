"""The store benchmark runs the suite on both stores and prints their ratio."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_benchmark_prints_the_sqlite_run_against_the_in_memory_run() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_store_suite.py"), "3", "--runs", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("N="))
    assert "in-memory" in line and "sqlite" in line and "ratio" in line
