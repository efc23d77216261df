"""What behave prints as it runs, around Given steps whose output waits for the When.

The steps that really ran are printed with their own results: the Then steps of a
scenario that continues after a failed step, and a project's step between a Given that
failed and the When. A step that fails among the Given steps is printed before the
scenario's ``after_scenario`` hook runs. With ``--no-capture`` nothing waits: a print
comes out beside the step that printed it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.cli.support import write
from tests.steps.test_failed_given_live import (
    LEDGER,
    STEPS,
    behave_failing,
    printed,
    step_lines,
)

CLERK_STEPS = """

@given("the clerk is logged in")
def step_clerk(context):
    print("the clerk logs in")
    context.clerk = "Ada"


@given("the clerk is away")
def step_clerk_away(context):
    assert False, "the clerk is away"
"""

ENVIRONMENT = """
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context, domain=["ledger"])


def before_scenario(context, scenario):
    if "continue" in scenario.tags:
        scenario.continue_after_failed_step = True


def after_scenario(context, scenario):
    if "broken_hook" in scenario.tags:
        print("after_scenario has run")
        raise RuntimeError("the hook broke")
"""

CLERKS = """
Feature: Clerks

  @continue
  Scenario: The Then steps run after the failed When
    Given the event LedgerOpened with ledger_id "L-1"
    And the event LedgerFrozen with ledger_id "L-1"
    When the command PostEntry is sent with ledger_id "L-1" and amount 5
    Then the event EntryPosted is published with ledger_id "L-1" and amount 5

  Scenario: The clerk logs in after the Given that failed
    Given the event LedgerOpened with ledger_id "L-1"
    And the event LedgerFrozen with ledger_id "L-1"
    And the clerk is logged in
    And the event EntryPosted with ledger_id "L-1" and amount 3
    When the command PostEntry is sent with ledger_id "L-1" and amount 5
    Then the command succeeds

  Scenario: The clerk logs in after a Given that never ran
    Given the event LedgerFrozen with ledger_id "L-1"
    And the event EntryPosted with ledger_id "L-1" and amount 3
    And the clerk is logged in
    When the command PostEntry is sent with ledger_id "L-1" and amount 5
    Then the command succeeds

  @broken_hook
  Scenario: A step fails among the Given steps
    Given the event LedgerOpened with ledger_id "L-1"
    And the clerk is away
    When the command PostEntry is sent with ledger_id "L-1" and amount 5
    Then the command succeeds

  @broken_hook
  Scenario: Given steps alone
    Given the event LedgerOpened with ledger_id "L-1"
    And the clerk is logged in

  Scenario: The clerk prints between Given steps
    Given the event LedgerOpened with ledger_id "L-1"
    And the clerk is logged in
    When the command PostEntry is sent with ledger_id "L-1" and amount 5
    Then the command succeeds

  @continue
  Scenario: A Then step runs after a When that names no command
    Given the event LedgerOpened with ledger_id "L-1"
    When the command PostEntri is sent with ledger_id "L-1" and amount 5
    Then the command succeeds
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ledger project with a clerk's steps and an ``after_scenario`` hook that breaks."""
    files = {"ledger.py": LEDGER, "features/steps/steps.py": STEPS + CLERK_STEPS}
    files |= {"features/environment.py": ENVIRONMENT, "features/clerks.feature": CLERKS}
    return write(tmp_path_factory.mktemp("clerks"), files)


@pytest.fixture(scope="module")
def plain(project: Path) -> str:
    """What ``behave -f plain`` printed, with a JUnit report in ``reports``."""
    return behave_failing(project, "-f", "plain", "--junit", "--junit-directory", "reports")


def test_the_then_steps_that_ran_after_the_failed_when_are_printed(plain: str) -> None:
    block = printed(plain, "The Then steps run after the failed When")
    assert step_lines(block) == [
        '    Given the event LedgerOpened with ledger_id "L-1" ... passed',
        '    And the event LedgerFrozen with ledger_id "L-1" ... failed',
        '    When the command PostEntry is sent with ledger_id "L-1" and amount 5 ... skipped',
        '    Then the event EntryPosted is published with ledger_id "L-1" and amount 5 ... failed',
    ]
    assert block.index("features/clerks.feature:6: a Given step failed") < block.index(
        "features/clerks.feature:8: this Then step has nothing to check: the Given step at "
        "features/clerks.feature:6 failed, so the When step did not run"
    )


def test_a_then_step_after_a_when_that_failed_before_it_ran_says_the_when_failed(
    plain: str,
) -> None:
    block = printed(plain, "A Then step runs after a When that names no command")
    assert "this Then step has nothing to check: the When step failed" in block
    assert "no When before it" not in block


def test_a_project_step_that_ran_after_the_failed_given_is_shown_passed(plain: str) -> None:
    block = printed(plain, "The clerk logs in after the Given that failed")
    assert step_lines(block) == [
        '    Given the event LedgerOpened with ledger_id "L-1" ... passed',
        '    And the event LedgerFrozen with ledger_id "L-1" ... failed',
        "    And the clerk is logged in ... passed",
    ]
    assert step_lines(printed(plain, "The clerk logs in after a Given that never ran")) == [
        '    Given the event LedgerFrozen with ledger_id "L-1" ... failed',
        '    And the event EntryPosted with ledger_id "L-1" and amount 3 ... skipped',
        "    And the clerk is logged in ... passed",
    ]


def test_the_summary_and_junit_count_the_project_step_passed(project: Path, plain: str) -> None:
    assert "12 steps passed, 7 failed, 9 skipped" in plain
    (report,) = (project / "reports").glob("*.xml")
    (case,) = [
        case
        for case in ET.parse(report).getroot().iter("testcase")
        if case.get("name") == "The clerk logs in after the Given that failed"
    ]
    out = case.findtext("system-out") or ""
    assert re.findall(r"^ {4}(\w+ .*?) \.\.\. (\w+)", out, flags=re.MULTILINE) == [
        ('Given the event LedgerOpened with ledger_id "L-1"', "passed"),
        ('And the event LedgerFrozen with ledger_id "L-1"', "failed"),
        ("And the clerk is logged in", "passed"),
        ('And the event EntryPosted with ledger_id "L-1" and amount 3', "skipped"),
        ('When the command PostEntry is sent with ledger_id "L-1" and amount 5', "skipped"),
        ("Then the command succeeds", "skipped"),
    ]


def test_pretty_prints_each_step_that_ran_on_its_own_line(project: Path) -> None:
    block = printed(
        behave_failing(project, "-f", "pretty"), "The clerk logs in after a Given that never ran"
    )
    lines = [line.rstrip() for line in block.splitlines() if line.startswith("    ")]
    clerk = next(n for n, line in enumerate(lines) if "And the clerk is logged in" in line)
    assert lines[clerk].endswith("# features/steps/steps.py:21")
    assert "And the event EntryPosted" in lines[clerk - 1]


@pytest.mark.parametrize("title", ["A step fails among the Given steps", "Given steps alone"])
def test_the_steps_are_printed_before_the_after_scenario_hook_runs(plain: str, title: str) -> None:
    block = printed(plain, title)
    last_step = block.index('LedgerOpened with ledger_id "L-1" ... passed')
    if "fails" in title:
        last_step = block.index("And the clerk is away ... failed")
    assert last_step < block.index("after_scenario has run")
    assert last_step < block.index("HOOK-ERROR in after_scenario")


@pytest.fixture(scope="module")
def not_captured(project: Path) -> str:
    """What ``behave -f plain --no-capture`` printed."""
    return behave_failing(project, "-f", "plain", "--no-capture")


def test_without_capture_a_print_comes_after_the_steps_before_it(not_captured: str) -> None:
    block = printed(not_captured, "The clerk prints between Given steps")
    given = block.index('Given the event LedgerOpened with ledger_id "L-1" ... passed')
    assert given < block.index("the clerk logs in") < block.index("And the clerk is logged in")


def test_without_capture_a_given_failure_is_printed_on_the_when(not_captured: str) -> None:
    block = printed(not_captured, "The clerk logs in after the Given that failed")
    when = 'When the command PostEntry is sent with ledger_id "L-1" and amount 5 ... failed'
    assert step_lines(block)[-1] == f"    {when}"
    assert "features/clerks.feature:12: a Given step failed" in block
    assert "12 steps passed, 7 failed, 9 skipped" in not_captured
