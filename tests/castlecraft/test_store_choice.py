"""The project's features on castlecraft stores chosen for the run, castlecraft's own too."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.support import child_environment

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "factory",
    [
        "castle_bdd.castlecraft.store:CastlecraftEventStore",
        "castlecraft_engineer.testing.event_store:InMemoryEventStore",
    ],
)
def test_every_feature_passes_on_a_castlecraft_store(factory: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "behave", "-D", f"castle_store={factory}", "-f", "plain"],
        cwd=ROOT,
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (passed,) = re.findall(r"(\d+) scenarios passed, 0 failed", result.stdout)
    assert int(passed) > 40
    assert "A wallet is read back from its latest snapshot" in result.stdout
