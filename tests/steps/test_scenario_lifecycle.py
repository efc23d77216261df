"""Each scenario starts afresh and leaves nothing behind, with no hooks of the user's.

A small project is written to a temporary folder — pyproject.toml naming the domain,
no ``setup_castle_bdd`` call, hooks of its own — and behave runs it in a subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FEATURE = """
Feature: Lifecycle

  Scenario: A scenario that fails after time moved
    Given the aggregate "INV-1" published InvoiceCreated with invoice_id "INV-1" and amount 100
    When 31 days elapse
    Then the probe fails

  Scenario: A scenario that raises
    Given the event CardIssued with card_id "GC-1" and amount 100
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the probe raises

  Scenario: The next scenario knows nothing of the last
    Given the probe sees a fresh scenario
    When the command RedeemCard is sent with card_id "GC-1" and amount 30
    Then the command fails with message "balance is 0"
    And the probe saw the fixture configured

  @aggregate:GiftCard
  Scenario: A custom step drives the same fixture
    Given the probe gives a card worth 50
    When the probe redeems 20
    Then the command returns 30
"""

PROBE_STEPS = """
from behave import given, then, when

from castle_bdd.behave import castle
from examples.giftcard import CardIssued, RedeemCard


@then("the probe fails")
def step_fails(context):
    assert False, "failing on purpose"


@then("the probe raises")
def step_raises(context):
    raise RuntimeError("raising on purpose")


@given("the probe sees a fresh scenario")
def step_fresh(context):
    scenario = castle(context)
    assert scenario.givens == [] and scenario.fixture is None and not scenario.ran
    scenario.configure(lambda fixture: setattr(context, "configured", type(fixture).__name__))


@then("the probe saw the fixture configured")
def step_configured(context):
    assert context.configured == "AggregateTestFixture"
    assert castle(context).journal is not None


@given("the probe gives a card worth {amount:d}")
def step_gives(context, amount):
    castle(context).given(CardIssued("GC-5", amount))


@when("the probe redeems {amount:d}")
def step_redeems(context, amount):
    castle(context).when(RedeemCard("GC-5", amount))
"""

ENVIRONMENT = """
import json
from datetime import datetime, timezone

from castle_bdd import clock


def before_scenario(context, scenario):
    context.seen_before = True
    context.left_over = "_castle_bdd_scenario" in context.__dict__


def after_scenario(context, scenario):
    drift = abs((datetime.now(timezone.utc) - clock.real_now()).total_seconds())
    record = {
        "name": scenario.name,
        "status": scenario.status.name,
        "frozen": clock.frozen_windows_active(),
        "drift": drift,
        "left_over": context.left_over,
        "journal": len(getattr(scenario, "castle_journal", None) or ()),
        "hook": getattr(context, "seen_before", False),
    }
    with open("lifecycle.jsonl", "a") as out:
        out.write(json.dumps(record) + "\\n")
"""


def _project(folder: Path) -> None:
    (folder / "features" / "steps").mkdir(parents=True)
    (folder / "pyproject.toml").write_text(
        '[tool.castle_bdd]\ndomain = ["examples.giftcard", "examples.invoicing"]\n'
    )
    (folder / "features" / "lifecycle.feature").write_text(textwrap.dedent(FEATURE))
    steps = folder / "features" / "steps"
    (steps / "castle_steps.py").write_text("from castle_bdd.steps import *  # noqa: F403\n")
    (steps / "probe_steps.py").write_text(PROBE_STEPS)
    (folder / "features" / "environment.py").write_text(ENVIRONMENT)


@pytest.mark.parametrize(
    ("formatters", "journals_kept"),
    [
        (["-f", "plain"], False),
        (["-f", "castle_bdd.docs:RunRecordFormatter", "-o", "run.json", "-f", "plain"], True),
    ],
    ids=["no formatter reads journals", "a run-record formatter"],
)
def test_scenarios_start_afresh_and_leave_nothing_behind(
    tmp_path: Path, formatters: list[str], journals_kept: bool
) -> None:
    """Journals stay on the scenarios only for a formatter that reads them."""
    _project(tmp_path)
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "behave", *formatters, "features"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    records = [json.loads(line) for line in (tmp_path / "lifecycle.jsonl").read_text().splitlines()]
    statuses = {r["name"]: r["status"] for r in records}
    assert statuses == {
        "A scenario that fails after time moved": "failed",
        "A scenario that raises": "error",
        "The next scenario knows nothing of the last": "passed",
        "A custom step drives the same fixture": "passed",
    }, result.stdout
    assert result.returncode == 1
    for record in records:
        assert not record["frozen"]
        assert record["drift"] < 60
        assert record["hook"]
        assert not record["left_over"]
        assert (record["journal"] > 0) is journals_kept
    assert "failing on purpose" in result.stdout
