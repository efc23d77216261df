"""The suite benchmark's three suites: the same feature files, and every one passes."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_suite_speed.py"


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location("bench_suite_speed", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


@pytest.mark.parametrize("shape", ["aggregate", "saga"])
@pytest.mark.parametrize("name", ["castle", "plain", "idle"])
def test_each_suite_passes_with_behave(
    bench: ModuleType, tmp_path: Path, name: str, shape: str
) -> None:
    folder = bench.SUITES[name](tmp_path / name, 3, bench.SHAPES[shape])
    timing = bench.run(folder)  # exits with behave's output when a step fails or is undefined
    assert timing.cpu > 0


def test_a_saga_scenario_jumps_in_time_three_times(bench: ModuleType) -> None:
    text = bench.SHAPES["saga"].scenario(7)
    jumps = [line for line in text.splitlines() if line.strip().endswith(("elapsed", "elapse"))]
    assert len(jumps) == 3
    assert "MarkAsOverdue | INV-7" in text


def test_the_suites_share_their_feature_files(bench: ModuleType, tmp_path: Path) -> None:
    texts: dict[str, dict[str, str]] = {}
    for name, make in bench.SUITES.items():
        folder = make(tmp_path / name, 150)
        texts[name] = {p.name: p.read_text() for p in (folder / "features").glob("*.feature")}
    assert texts["castle"] == texts["plain"] == texts["idle"]
    assert sorted(texts["castle"]) == ["cards_000.feature", "cards_001.feature"]


def test_the_ratio_is_the_median_of_the_rounds_and_their_range_is_shown(bench: ModuleType) -> None:
    rounds = [(2.4, 2.0), (2.2, 2.0), (3.0, 2.0)]  # 1.2, 1.1, 1.5
    assert bench.median_ratio(rounds) == pytest.approx(1.2)
    assert bench.ratio_range(rounds) == pytest.approx((1.1, 1.5))


def test_a_ratio_above_the_limit_is_named(bench: ModuleType) -> None:
    ratios = [("aggregate", 500, 1.3), ("saga", 500, 1.6)]
    assert bench.above(ratios, 1.5) == ["the saga suite at N=500 is 1.60 CPU, above 1.5"]
    assert bench.above(ratios, None) == []
