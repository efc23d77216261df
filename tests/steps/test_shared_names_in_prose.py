"""Two domain classes with one name: only library sentences the run runs are uses of it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

ENVIRONMENT = """\
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(
        context,
        domain=["tests.mistakes.domains.duplicate_a", "tests.mistakes.domains.duplicate_b"],
    )
"""

PROJECT_STEP = """\
from behave import given


@given("the courier says the parcel shipped late")
def step_courier_note(context):
    pass
"""


def behave_on(
    project: Path, then: str, *options: str, more: str = ""
) -> subprocess.CompletedProcess[str]:
    """Run behave on a scenario: the project's own Given, a When, ``then``; and ``more``."""
    steps = project / "features" / "steps"
    steps.mkdir(parents=True)
    (project / "features" / "environment.py").write_text(ENVIRONMENT)
    (steps / "library_steps.py").write_text("from castle_bdd.steps import *  # noqa: F403\n")
    (steps / "courier_steps.py").write_text(PROJECT_STEP)
    (project / "features" / "parcels.feature").write_text(
        "Feature: Parcels\n\n  Scenario: Shipped\n"
        "    Given the courier says the parcel shipped late\n"
        '    When the command ShipParcel is sent with parcel_id "P-1"\n'
        f"    {then}\n{more}"
    )
    return subprocess.run(
        [sys.executable, "-m", "behave", "-f", "plain", "--no-capture", *options],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_words_of_a_project_step_are_not_a_use_of_the_name(tmp_path: Path) -> None:
    result = behave_on(
        tmp_path, 'Then the event duplicate_a.ParcelShipped is published with parcel_id "P-1"'
    )
    output = result.stdout + result.stderr
    assert "two classes are named ParcelShipped" not in output
    assert "1 scenario passed" in output
    assert result.returncode == 0


def test_a_library_sentence_with_the_plain_name_is_still_refused(tmp_path: Path) -> None:
    result = behave_on(tmp_path, 'Then the event ParcelShipped is published with parcel_id "P-1"')
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "features/parcels.feature:6: two classes are named ParcelShipped" in output
    assert "features/parcels.feature:4" not in output


PLAIN_SCENARIO = """
  @later
  Scenario: Shipped, named plainly
    When the command ShipParcel is sent with parcel_id "P-2"
    Then the event ParcelShipped is published with parcel_id "P-2"
"""
QUALIFIED = 'Then the event duplicate_a.ParcelShipped is published with parcel_id "P-1"'


@pytest.mark.parametrize(
    "selection",
    [("--tags=not @later",), ("--name", "Shipped$"), ("features/parcels.feature:3",)],
)
def test_a_scenario_the_run_leaves_out_is_not_read(
    tmp_path: Path, selection: tuple[str, ...]
) -> None:
    result = behave_on(tmp_path, QUALIFIED, *selection, more=PLAIN_SCENARIO)
    output = result.stdout + result.stderr
    assert "two classes are named ParcelShipped" not in output
    assert "1 scenario passed, 0 failed, 1 skipped" in output
    assert result.returncode == 0


def test_a_scenario_the_run_runs_is_read(tmp_path: Path) -> None:
    result = behave_on(tmp_path, QUALIFIED, "--tags=@later", more=PLAIN_SCENARIO)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "features/parcels.feature:11: two classes are named ParcelShipped" in output


@pytest.mark.parametrize(
    ("when", "then"),
    [
        (
            "When the command ShipParcel is sent with parcel_id parcel-shipped",
            'Then the event duplicate_a.ParcelShipped is published with parcel_id "parcel-shipped"',
        ),
        (
            "When the command ShipParcel is sent:\n"
            "      | field     | value          |\n"
            "      | parcel_id | parcel shipped |",
            'Then the event duplicate_a.ParcelShipped is published with parcel_id "parcel shipped"',
        ),
    ],
)
def test_a_value_written_like_the_name_is_not_a_use_of_it(
    tmp_path: Path, when: str, then: str
) -> None:
    more = f"\n  Scenario: A value\n    {when}\n    {then}\n"
    result = behave_on(tmp_path, QUALIFIED, more=more)
    output = result.stdout + result.stderr
    assert "two classes are named ParcelShipped" not in output
    assert "2 scenarios passed" in output
    assert result.returncode == 0


def test_the_name_in_a_table_of_events_is_a_use_of_it(tmp_path: Path) -> None:
    events = "Then the events are:\n      | event          |\n      | parcel shipped |"
    result = behave_on(tmp_path, events)
    assert result.returncode != 0
    assert "features/parcels.feature:6: two classes are named ParcelShipped" in (
        result.stdout + result.stderr
    )
