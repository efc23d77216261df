"""A ``freeze_time`` that a project's own step starts and never stops fails its scenario,
and is stopped, so that the next scenario reads the real time; one started in hooks for
the whole run or for each scenario is left alone. The first scenario of a feature has no
scenario before it to compare with, so the one that leaks comes second here.

A small project is written to a temporary folder and behave runs it in a subprocess.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

STEPS = """
import datetime
import time

import freezegun
from behave import given, then


@given("my own step freezes time")
def step_freeze(context):
    freezegun.freeze_time("2001-01-01").start()


@given("my own step freezes time and lets go")
def step_freeze_and_stop(context):
    with freezegun.freeze_time("2001-01-01"):
        assert datetime.date.today() == datetime.date(2001, 1, 1)


@then("time is real")
def step_real(context):
    real = time.clock_gettime(time.CLOCK_REALTIME)
    assert abs(datetime.datetime.now(datetime.timezone.utc).timestamp() - real) < 60
    assert abs(time.time() - real) < 60


@then("time is frozen for the whole run")
@then("time is frozen for the scenario")
def step_frozen(context):
    assert datetime.date.today() == datetime.date(1999, 12, 31), datetime.date.today()
"""

ENVIRONMENT = """
import freezegun

from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context, domain=["examples.giftcard"])
    if "frozen_run" in context.config.userdata:
        context.run_freezer = freezegun.freeze_time("1999-12-31")
        context.run_freezer.start()


def before_scenario(context, scenario):
    if "frozen_scenario" in context.config.userdata:
        context.scenario_freezer = freezegun.freeze_time("1999-12-31")
        context.scenario_freezer.start()


def after_scenario(context, scenario):
    if "frozen_scenario" in context.config.userdata:
        context.scenario_freezer.stop()


def after_all(context):
    if "frozen_run" in context.config.userdata:
        context.run_freezer.stop()
"""

LEFT_RUNNING = """
Feature: Time left frozen

  Scenario: A scenario before it
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed is published with card_id "GC-1" and amount 30

  Scenario: My own step freezes time
    Given my own step freezes time
    And the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed is published with card_id "GC-1" and amount 30

  Scenario: The next scenario reads the real time
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed is published with card_id "GC-1" and amount 30
    And time is real

  Scenario: A step that stops its freeze_time
    Given my own step freezes time and lets go
    Then time is real
"""

FROZEN_RUN = """
Feature: Time frozen for the whole run

  Scenario: One
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed is published with card_id "GC-1" and amount 30
    And time is frozen for the whole run

  Scenario: Two
    Given the event CardIssued with card_id "GC-1" and amount 100
    Then time is frozen for the whole run
"""


def _run(tmp_path: Path, feature: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    steps = tmp_path / "features" / "steps"
    steps.mkdir(parents=True, exist_ok=True)
    (tmp_path / "pyproject.toml").write_text('[tool.castle_bdd]\ndomain = ["examples.giftcard"]\n')
    (tmp_path / "features" / "environment.py").write_text(ENVIRONMENT)
    (tmp_path / "features" / "time.feature").write_text(textwrap.dedent(feature))
    (steps / "castle_steps.py").write_text("from castle_bdd.steps import *  # noqa: F403\n")
    (steps / "own_steps.py").write_text(STEPS)
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(tmp_path)])}
    return subprocess.run(
        [sys.executable, "-m", "behave", "-f", "plain", *arguments, "features"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_freeze_time_an_own_step_leaves_running_fails_its_scenario_and_is_stopped(
    tmp_path: Path,
) -> None:
    result = _run(tmp_path, LEFT_RUNNING)
    assert "3 scenarios passed, 0 failed, 1 hook_error" in result.stdout, result.stdout
    assert (
        'features/time.feature:9: the scenario "My own step freezes time" left a freeze_time '
        "running (the time frozen at 2001-01-01T00:00:00Z)"
    ) in result.stdout
    assert '"Given the current time is 2001-01-01T00:00:00Z"' in result.stdout
    assert "Traceback" not in result.stdout
    assert result.returncode == 1


def test_a_freeze_time_started_for_the_whole_run_is_left_alone(tmp_path: Path) -> None:
    result = _run(tmp_path, FROZEN_RUN, "-D", "frozen_run")
    assert "2 scenarios passed, 0 failed, 0 skipped" in result.stdout, result.stdout
    assert result.returncode == 0


FROZEN_SCENARIO = """
Feature: Time frozen for each scenario in hooks

  Scenario: One
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the event CardRedeemed is published with card_id "GC-1" and amount 30
    And time is frozen for the scenario

  Scenario: Two
    Given the event CardIssued with card_id "GC-1" and amount 100
    Then time is frozen for the scenario
"""


def test_a_freeze_time_started_and_stopped_in_scenario_hooks_is_left_alone(
    tmp_path: Path,
) -> None:
    result = _run(tmp_path, FROZEN_SCENARIO, "-D", "frozen_scenario")
    assert "2 scenarios passed, 0 failed, 0 skipped" in result.stdout, result.stdout
    assert result.returncode == 0
