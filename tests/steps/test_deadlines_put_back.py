"""A unit of work that fails leaves the deadlines as they stood, in order and in words.

A small project is written to a temporary folder and behave runs it in a subprocess.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DOMAIN = '''
from dataclasses import dataclass
from datetime import timedelta

from castle_bdd import Aggregate, command_handler, deadline_handler, event_sourcing_handler


class HoldRefused(Exception):
    """The hold cannot do that now."""


@dataclass(frozen=True)
class OpenHold:
    hold_id: str
    refuse: bool = False


@dataclass(frozen=True)
class HoldOpened:
    hold_id: str


@dataclass(frozen=True)
class HoldExpired:
    hold_id: str
    which: str


class Hold(Aggregate):
    @command_handler
    def open(self, command: OpenHold) -> None:
        self.apply(HoldOpened(command.hold_id))
        self.deadlines.schedule(timedelta(hours=1), "Check")
        self.deadlines.schedule(timedelta(days=1), "First")
        self.deadlines.schedule(timedelta(days=1), "Second")
        if command.refuse:
            raise HoldRefused("no room")

    @deadline_handler("Check")
    def check(self) -> None:
        self.deadlines.cancel_all("First")
        raise HoldRefused("the check failed")

    @deadline_handler("First")
    def first(self) -> None:
        self.apply(HoldExpired(str(self.id), "First"))

    @deadline_handler("Second")
    def second(self) -> None:
        self.apply(HoldExpired(str(self.id), "Second"))

    @event_sourcing_handler
    def on_opened(self, event: HoldOpened) -> None:
        self.id = event.hold_id

    @event_sourcing_handler
    def on_expired(self, event: HoldExpired) -> None:
        """Nothing to keep."""
'''

FEATURE = """
Feature: Deadlines a failed unit of work put back

  Scenario: A failed check keeps the deadlines due together in their order
    Given the command OpenHold was sent with hold_id "H-1"
    When 2 days elapse
    Then the command fails with HoldRefused
    And the events are:
      | event       | hold_id | which  |
      | HoldExpired | H-1     | First  |
      | HoldExpired | H-1     | Second |

  Scenario: A refused command scheduled nothing
    Given the event HoldOpened was published with hold_id "H-1"
    When the command OpenHold is sent with hold_id "H-1" and refuse true
    Then the command fails with HoldRefused
    And no deadlines are scheduled
"""


def _run(folder: Path, *arguments: str) -> str:
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(folder)])}
    result = subprocess.run(
        [sys.executable, "-m", "behave", *arguments, "features"],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result.stdout


def test_a_failed_unit_leaves_the_deadlines_as_they_stood(tmp_path: Path) -> None:
    (tmp_path / "features" / "steps").mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[tool.castle_bdd]\ndomain = ["holds"]\n')
    (tmp_path / "holds.py").write_text(textwrap.dedent(DOMAIN))
    (tmp_path / "features" / "holds.feature").write_text(textwrap.dedent(FEATURE))
    steps = tmp_path / "features" / "steps" / "castle_steps.py"
    steps.write_text("from castle_bdd.steps import *  # noqa: F403\n")
    output = _run(tmp_path, "-f", "plain")
    assert "2 scenarios passed, 0 failed" in output, output
    # the living document draws no deadline of the refused command (Check is in no step)
    _run(tmp_path, "-f", "castle_bdd.docs:LivingDocFormatter", "-o", "doc.html", "-n", "refused")
    drawn = (tmp_path / "doc.html").read_text(encoding="utf-8")
    assert "HoldRefused" in drawn
    assert '"Check"' not in drawn
