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


def _run(folder: Path, settings: str = "") -> subprocess.CompletedProcess[str]:
    (folder / "features" / "steps").mkdir(parents=True)
    (folder / "pyproject.toml").write_text(f'[tool.castle_bdd]\ndomain = ["tabs"]\n{settings}')
    (folder / "tabs.py").write_text(textwrap.dedent(DOMAIN))
    (folder / "features" / "crashes.feature").write_text(textwrap.dedent(FEATURE))
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
