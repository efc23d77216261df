"""A project step whose sentence is one of the step library's: both places, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROJECT_STEP = """\
from behave import given


@given("no prior activity")
def step_nothing_happened(context):
    pass
"""

FEATURE = """\
Feature: Cards

  Scenario: A card is issued
    Given no prior activity
"""


def behave_with(project: Path, step_module: str) -> subprocess.CompletedProcess[str]:
    """Run behave on a project whose steps are the library's and ``step_module``."""
    steps = project / "features" / "steps"
    steps.mkdir(parents=True)
    (project / "features" / "cards.feature").write_text(FEATURE)
    (steps / "library_steps.py").write_text("from castle_bdd.steps import *  # noqa: F403\n")
    (steps / step_module).write_text(PROJECT_STEP)
    (project / "pyproject.toml").write_text('[tool.castle_bdd]\ndomain = ["examples.giftcard"]\n')
    return subprocess.run(
        [sys.executable, "-m", "behave", "-f", "plain", "--no-capture"],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )


# behave loads the step modules in the order of their names: the project's step comes
# after the library's, or before it
@pytest.mark.parametrize("step_module", ["my_steps.py", "a_steps.py"])
def test_both_places_are_named_and_the_run_fails(tmp_path: Path, step_module: str) -> None:
    result = behave_with(tmp_path, step_module)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert f"features/steps/{step_module}:4: the step 'Given no prior activity'" in output
    assert "castle-bdd's sentence 'Given no prior activity' (castle_bdd/steps/given_steps.py:" in (
        output
    )
    assert "remove your step if it does the same, or give it other words" in output
    assert "Traceback" not in output
