"""The living document's benchmark: its command line, and the formatter's cost at a small size."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.support import child_environment

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_living_doc.py"


def test_the_benchmark_explains_itself() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH), "--help"],
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "SCENARIOS" in result.stdout and "--no-run" in result.stdout


def test_the_benchmark_prints_what_the_formatter_adds_to_a_run(
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec = importlib.util.spec_from_file_location("bench_living_doc", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.print_formatter_cost(60)
    printed = capsys.readouterr().out
    assert re.search(r"behave run of: +\d+ scenarios", printed), printed
    assert re.search(r"with formatter: .* peak \d+ MB", printed), printed
    assert re.search(r"formatter adds: +-?\d+\.\d+ s wall, .* peak memory \d+\.\d+x", printed)
