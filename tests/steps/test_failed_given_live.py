"""A Given that fails as the When runs it is printed failed on its own line, as behave runs.

Formatters that print each step as it ends (``-f plain``, ``-f pretty``, the default one,
``-f json``) are told a Given step's result once the When has run the Given steps: the
Given that failed is printed failed with castle-bdd's message, and the steps after it are
skipped, as if it had failed on its own.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.cli.support import run_behave, write

LEDGER = """
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from castle_bdd import (
    Aggregate,
    Saga,
    command_handler,
    event_sourcing_handler,
    saga_event_handler,
    start_saga,
)


@dataclass(frozen=True)
class OpenLedger:
    ledger_id: str


@dataclass(frozen=True)
class PostEntry:
    ledger_id: str
    amount: int


@dataclass(frozen=True)
class LedgerOpened:
    ledger_id: str


@dataclass(frozen=True)
class LedgerFrozen:
    ledger_id: str


@dataclass(frozen=True)
class EntryPosted:
    ledger_id: str
    amount: int


@dataclass(frozen=True)
class ReminderDue:
    ledger_id: str


@dataclass(frozen=True)
class SendReminder:
    ledger_id: str


class Ledger(Aggregate):
    @command_handler
    def open(self, command: OpenLedger) -> None:
        raise ValueError("ledgers cannot be opened today")

    @command_handler
    def post(self, command: PostEntry) -> None:
        self.apply(EntryPosted(command.ledger_id, command.amount))

    @event_sourcing_handler
    def on_opened(self, event: LedgerOpened) -> None:
        self.id = event.ledger_id
        self.total = 0

    @event_sourcing_handler
    def on_frozen(self, event: LedgerFrozen) -> None:
        self.frozen = event.ledger_id.upper(1)  # bug

    @event_sourcing_handler
    def on_posted(self, event: EntryPosted) -> None:
        self.total += event.amount


class ReminderSaga(Saga):
    @start_saga
    @saga_event_handler(association="ledger_id")
    def on_opened(self, event: LedgerOpened) -> None:
        self.scheduler.schedule(timedelta(days=5), ReminderDue(event.ledger_id))

    @saga_event_handler(association="ledger_id")
    def on_frozen(self, event: LedgerFrozen) -> None:
        raise KeyError(event.ledger_id)  # bug

    @saga_event_handler(association="ledger_id")
    def on_due(self, event: ReminderDue) -> None:
        self.commands.send(SendReminder(event.ledger_id))
"""

STEPS = """
from behave import given, when

from castle_bdd.behave import castle
from castle_bdd.steps import *  # noqa: F403
from ledger import PostEntry


@given("a frozen ledger")
def step_frozen_ledger(context):
    context.execute_steps(
        'Given the event LedgerOpened with ledger_id "L-1"\\n'
        'And the event LedgerFrozen with ledger_id "L-1"'
    )


@when("five is posted")
def step_five_posted(context):
    castle(context).when_command(PostEntry("L-1", 5))
"""

ENVIRONMENT = """
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context, domain=["ledger"])
"""

LEDGERS = """
Feature: Ledgers

  Scenario: The second of three Given steps fails
    Given the event LedgerOpened with ledger_id "L-1"
    And the event LedgerFrozen with ledger_id "L-1"
    And the event EntryPosted with ledger_id "L-1" and amount 3
    When the command PostEntry is sent with ledger_id "L-1" and amount 5
    Then the event EntryPosted is published with ledger_id "L-1" and amount 5

  Scenario: Every step passes
    Given the event LedgerOpened with ledger_id "L-1"
    When the command PostEntry is sent with ledger_id "L-1" and amount 5
    Then the event EntryPosted is published with ledger_id "L-1" and amount 5

  Scenario: A Given command fails
    Given the command OpenLedger was sent with ledger_id "L-1"
    When the command PostEntry is sent with ledger_id "L-1" and amount 5
    Then the command succeeds

  Scenario Outline: A Given of an outline fails
    Given the event LedgerOpened with ledger_id "<id>"
    And the event LedgerFrozen with ledger_id "<id>"
    When the command PostEntry is sent with ledger_id "<id>" and amount 5
    Then the command succeeds

    Examples:
      | id  |
      | L-1 |

  Scenario: A project's step runs the Given steps
    Given a frozen ledger
    When the command PostEntry is sent with ledger_id "L-1" and amount 5
    Then the command succeeds

  Scenario: A project's When runs the Given steps
    Given the event LedgerFrozen with ledger_id "L-1"
    When five is posted
    Then the command succeeds

  Scenario: A value that cannot be read
    Given the event LedgerOpened with ledger_id "L-1"
    And the event EntryPosted with ledger_id "L-1" and amount "lots"
    When the command PostEntry is sent with ledger_id "L-1" and amount 5
    Then the command succeeds

  Scenario: Given steps and no When
    Given the event LedgerOpened with ledger_id "L-1"
    Then the command succeeds

  Scenario: Given steps alone
    Given the event LedgerOpened with ledger_id "L-1"
    And a frozen ledger
"""

BACKGROUND = """
Feature: A Background

  Background:
    Given the event LedgerFrozen with ledger_id "L-1"

  Scenario: The Background's Given fails
    Given the event EntryPosted with ledger_id "L-1" and amount 3
    When the command PostEntry is sent with ledger_id "L-1" and amount 5
    Then the command succeeds
"""

REMINDERS = """
Feature: Reminders

  Scenario: A Given of a saga fails, and time passes
    Given the event LedgerOpened was published with ledger_id "L-1"
    And the event LedgerFrozen was published with ledger_id "L-1"
    And 2 days have elapsed
    When 6 days elapse
    Then the dispatched commands are:
      | command      | ledger_id |
      | SendReminder | L-1       |

  Scenario: A saga's scenario passes
    Given the event LedgerOpened was published with ledger_id "L-1"
    And 2 days have elapsed
    When 6 days elapse
    Then the dispatched commands are:
      | command      | ledger_id |
      | SendReminder | L-1       |
"""

FEATURES = {"ledgers.feature": LEDGERS, "reminders.feature": REMINDERS}
FEATURES |= {"background.feature": BACKGROUND}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project whose domain code has bugs that show while Given steps run."""
    files = {"ledger.py": LEDGER, "features/steps/steps.py": STEPS}
    files |= {"features/environment.py": ENVIRONMENT}
    files |= {f"features/{name}": text for name, text in FEATURES.items()}
    return write(tmp_path_factory.mktemp("ledger"), files)


def behave_failing(project: Path, *arguments: str) -> str:
    """What ``behave`` printed for ``project``'s features, a run that must fail."""
    result = run_behave(project, *arguments, "--no-color", "features")
    assert result.returncode == 1, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout


@pytest.fixture(scope="module")
def plain(project: Path) -> str:
    """What ``behave -f plain`` printed."""
    return behave_failing(project, "-f", "plain")


@pytest.fixture(scope="module")
def pretty(project: Path) -> str:
    """What ``behave -f pretty`` printed."""
    return behave_failing(project, "-f", "pretty")


def printed(output: str, title: str) -> str:
    """What was printed for the scenario ``title``, up to the next scenario or the summary."""
    start = output.index(f": {title}")
    ends = [output.find(mark, start + 1) for mark in ("\n  Scenario", "\nFailing scenarios")]
    return output[start : min(end for end in ends if end != -1)]


def step_lines(block: str) -> list[str]:
    """The step lines of a scenario's plain output, with their results."""
    return re.findall(r"^ {4}\w+ .* \.\.\. \w+", block, flags=re.MULTILINE)


def test_the_given_that_failed_is_printed_failed_with_the_message(plain: str) -> None:
    block = printed(plain, "The second of three Given steps fails")
    assert step_lines(block) == [
        '    Given the event LedgerOpened with ledger_id "L-1" ... passed',
        '    And the event LedgerFrozen with ledger_id "L-1" ... failed',
    ]
    failed = block.index('LedgerFrozen with ledger_id "L-1" ... failed')
    message = block.index(
        "features/ledgers.feature:5: a Given step failed on the aggregate Ledger: "
        "its code raised TypeError"
    )
    assert failed < message


def test_the_engineer_sees_the_line_of_their_code(plain: str) -> None:
    block = printed(plain, "The second of three Given steps fails")
    assert "ledger.py:" in block and "in on_frozen" in block
    assert "self.frozen = event.ledger_id.upper(1)" in block
    assert "Traceback" not in block


def test_a_scenario_that_passes_is_printed_step_by_step(plain: str) -> None:
    assert step_lines(printed(plain, "Every step passes")) == [
        '    Given the event LedgerOpened with ledger_id "L-1" ... passed',
        '    When the command PostEntry is sent with ledger_id "L-1" and amount 5 ... passed',
        '    Then the event EntryPosted is published with ledger_id "L-1" and amount 5 ... passed',
    ]


@pytest.mark.parametrize(
    ("title", "failed", "message"),
    [
        (
            "A Given command fails",
            'Given the command OpenLedger was sent with ledger_id "L-1" ... failed',
            "features/ledgers.feature:16: the given command OpenLedger failed",
        ),
        (
            "A Given of an outline fails",
            'And the event LedgerFrozen with ledger_id "L-1" ... failed',
            "features/ledgers.feature:22: a Given step failed on the aggregate Ledger",
        ),
        (
            "A project's step runs the Given steps",
            "Given a frozen ledger ... failed",
            "features/ledgers.feature:31: a Given step failed on the aggregate Ledger",
        ),
        (
            "A project's When runs the Given steps",
            'Given the event LedgerFrozen with ledger_id "L-1" ... failed',
            "features/ledgers.feature:36: a Given step failed on the aggregate Ledger",
        ),
        (
            "A Given of a saga fails, and time passes",
            'And the event LedgerFrozen was published with ledger_id "L-1" ... failed',
            "features/reminders.feature:5: The saga failed in the given phase",
        ),
        (
            "The Background's Given fails",
            'Given the event LedgerFrozen with ledger_id "L-1" ... failed',
            "features/background.feature:4: a Given step failed on the aggregate Ledger",
        ),
    ],
)
def test_each_way_of_giving_shows_the_given_failed(
    plain: str, title: str, failed: str, message: str
) -> None:
    block = printed(plain, title)
    assert step_lines(block)[-1] == f"    {failed}"
    assert message in block
    assert "When" not in block.split(failed)[1]


def test_a_given_that_fails_on_its_own_is_printed_as_before(plain: str) -> None:
    block = printed(plain, "A value that cannot be read")
    assert step_lines(block) == [
        '    Given the event LedgerOpened with ledger_id "L-1" ... passed',
        '    And the event EntryPosted with ledger_id "L-1" and amount "lots" ... failed',
    ]
    assert 'features/ledgers.feature:42: EntryPosted.amount: cannot read "lots"' in block


def test_given_steps_with_no_when_are_printed(plain: str) -> None:
    assert step_lines(printed(plain, "Given steps and no When")) == [
        '    Given the event LedgerOpened with ledger_id "L-1" ... passed',
        "    Then the command succeeds ... failed",
    ]
    assert step_lines(printed(plain, "Given steps alone")) == [
        '    Given the event LedgerOpened with ledger_id "L-1" ... passed',
        "    And a frozen ledger ... passed",
    ]


def test_the_summary_counts_the_givens_failed_and_the_rest_skipped(plain: str) -> None:
    assert "3 scenarios passed, 9 failed, 0 skipped" in plain
    assert "14 steps passed, 9 failed, 19 skipped" in plain


def test_pretty_prints_the_message_under_the_given(pretty: str) -> None:
    block = printed(pretty, "The second of three Given steps fails")
    lines = [line.split(" # ")[0].rstrip() for line in block.splitlines()]
    given = lines.index('    And the event LedgerFrozen with ledger_id "L-1"')
    assert lines[given + 1].startswith(
        "      ASSERT FAILED: features/ledgers.feature:5: a Given step failed"
    )
    when = lines.index('    When the command PostEntry is sent with ledger_id "L-1" and amount 5')
    assert when > given + 1
    assert block.count("ASSERT FAILED") == 1


def test_pretty_does_not_say_where_the_skipped_steps_are_defined(pretty: str) -> None:
    block = printed(pretty, "The second of three Given steps fails")
    (when,) = [line for line in block.splitlines() if line.lstrip().startswith("When ")]
    assert when.endswith("# None")


def test_the_default_formatter_shows_the_given_failed(project: Path, pretty: str) -> None:
    output = behave_failing(project)
    block = printed(output, "A Given of a saga fails, and time passes")
    lines = [line.split(" # ")[0].rstrip() for line in block.splitlines()]
    given = lines.index('    And the event LedgerFrozen was published with ledger_id "L-1"')
    assert "features/reminders.feature:5: The saga failed" in lines[given + 1]


def _statuses(report: list[Any], title: str) -> list[tuple[str, str | None]]:
    (scenario,) = [
        element
        for feature in report
        for element in feature["elements"]
        if element["name"].startswith(title)
    ]
    return [(step["keyword"], step.get("result", {}).get("status")) for step in scenario["steps"]]


def test_the_json_report_shows_the_given_failed(project: Path) -> None:
    report_file = project / "report.json"
    behave_failing(project, "-f", "json", "-o", str(report_file))
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert _statuses(report, "The second of three Given steps fails") == [
        ("Given", "passed"),
        ("And", "failed"),
        ("And", None),
        ("When", None),
        ("Then", None),
    ]
    assert _statuses(report, "Every step passes") == [
        ("Given", "passed"),
        ("When", "passed"),
        ("Then", "passed"),
    ]
