"""A handler that crashes fails its scenario, unless a Then step names the exception.

A small project is written to a temporary folder and behave runs it in a subprocess.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DOMAIN = """
from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class OpenTab:
    tab_id: str


@dataclass(frozen=True)
class TabOpened:
    tab_id: str


class TabFull(Exception):
    pass


class Tab(Aggregate):
    @command_handler
    def open(self, command: OpenTab) -> None:
        if command.tab_id == "full":
            raise TabFull("no room")
        self.apply(TabOpened(command.tab_id.upper_case()))  # a bug: str has no upper_case

    @event_sourcing_handler
    def on_opened(self, event: TabOpened) -> None:
        self.id = event.tab_id
"""

FEATURE = """
Feature: Crashes

  Scenario: A crash is not a refusal
    When the command OpenTab is sent with tab_id "T-1"
    Then no events are published

  Scenario: A crash the scenario names
    When the command OpenTab is sent with tab_id "T-1"
    Then no events are published
    And the command fails with AttributeError

  Scenario: A refusal the domain means
    When the command OpenTab is sent with tab_id "full"
    Then no events are published
"""


def _run(
    folder: Path, settings: str = "", domain: str = DOMAIN, feature: str = FEATURE
) -> subprocess.CompletedProcess[str]:
    (folder / "features" / "steps").mkdir(parents=True)
    (folder / "pyproject.toml").write_text(f'[tool.castle_bdd]\ndomain = ["tabs"]\n{settings}')
    (folder / "tabs.py").write_text(textwrap.dedent(domain))
    (folder / "features" / "crashes.feature").write_text(textwrap.dedent(feature))
    steps = folder / "features" / "steps" / "castle_steps.py"
    steps.write_text("from castle_bdd.steps import *  # noqa: F403\n")
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(folder)])}
    return subprocess.run(
        [sys.executable, "-m", "behave", "-f", "plain", "--no-capture", "features"],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_crash_fails_the_scenario_with_the_handlers_traceback(tmp_path: Path) -> None:
    """Before, "no events are published" passed on a handler that crashed."""
    result = _run(tmp_path)
    assert "1 scenario passed" not in result.stdout
    assert "2 scenarios passed, 1 failed" in result.stdout, result.stdout
    assert "crashes.feature:5: The command OpenTab crashed with AttributeError" in result.stdout
    assert "tabs.py" in result.stdout and "in open" in result.stdout
    assert "upper_case()" in result.stdout
    assert 'Then the command fails with AttributeError"' in result.stdout


def test_the_accidental_exceptions_come_from_pyproject(tmp_path: Path) -> None:
    """With a list that leaves AttributeError out, the crash is a plain outcome again."""
    result = _run(tmp_path, 'accidental_exceptions = ["KeyError", "tabs.TabFull"]\n')
    assert "2 scenarios passed, 1 failed" in result.stdout, result.stdout
    assert "crashes.feature:14: A handler" not in result.stdout
    assert "The command OpenTab crashed with TabFull" in result.stdout


ASSERTING_DOMAIN = """
from dataclasses import dataclass

from castle_bdd import Aggregate, Saga, command_handler, event_sourcing_handler
from castle_bdd import saga_event_handler, start_saga


@dataclass(frozen=True)
class OpenTab:
    tab_id: str
    limit: int


@dataclass(frozen=True)
class TabOpened:
    tab_id: str


class Tab(Aggregate):
    @command_handler
    def open(self, command: OpenTab) -> None:
        assert command.limit >= 0, "a limit is never negative"
        self.apply(TabOpened(command.tab_id))

    @event_sourcing_handler
    def on_opened(self, event: TabOpened) -> None:
        self.id = event.tab_id


@dataclass(frozen=True)
class BillCreated:
    bill_id: str
    amount: int


class Billing(Saga):
    @start_saga
    @saga_event_handler(association="bill_id")
    def on_created(self, event: BillCreated) -> None:
        assert event.amount >= 0, "an amount is never negative"
"""

ASSERTING_FEATURE = """
Feature: Asserts

  Scenario: An assert the scenario names
    When the command OpenTab is sent with tab_id "T-1" and limit -5
    Then the command fails with AssertionError

  Scenario: An assert of a saga the scenario names
    When the event BillCreated is published with bill_id "B-1" and amount -5
    Then the command fails with AssertionError

  Scenario: An assert the scenario does not name
    When the command OpenTab is sent with tab_id "T-1" and limit -5
    Then no events are published
"""


def test_an_assertion_error_named_by_a_then_step_is_the_outcome(tmp_path: Path) -> None:
    """A fixture on its own raises an AssertionError from a handler, as Axon's does; in a
    feature file, the accidental exceptions decide, and a Then step may name it."""
    result = _run(tmp_path, domain=ASSERTING_DOMAIN, feature=ASSERTING_FEATURE)
    assert "2 scenarios passed, 1 failed" in result.stdout, result.stdout
    assert "crashes.feature:13: The command OpenTab crashed with AssertionError" in result.stdout
    assert 'add the step "Then the command fails with AssertionError"' in result.stdout
    assert "set_fail_on_accidental_exceptions" not in result.stdout
