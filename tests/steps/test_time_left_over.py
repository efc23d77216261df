"""A scenario whose code leaves a ``freeze_time`` running leaves the next one its own time.

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
from datetime import datetime

from freezegun import freeze_time

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class Stamp:
    box_id: str
    freeze: bool = False


@dataclass(frozen=True)
class Stamped:
    box_id: str
    at: datetime


class Box(Aggregate):
    @command_handler
    def stamp(self, command: Stamp) -> None:
        if command.freeze:
            freeze_time("2001-01-01").start()  # never stopped
        self.apply(Stamped(command.box_id, datetime.now()))

    @event_sourcing_handler
    def on_stamped(self, event: Stamped) -> None:
        self.id = event.box_id
"""

FEATURE = """
Feature: Time left over

  Scenario: The domain's code freezes time and never lets go
    When the command Stamp is sent with box_id "B-1" and freeze true
    Then the event Stamped is published with box_id "B-1" and at 2001-01-01T00:00:00

  Scenario: The next scenario has its own time
    Given the current time is 2026-01-01T09:00:00Z
    When the command Stamp is sent with box_id "B-2"
    Then the event Stamped is published with box_id "B-2" and at 2026-01-01T09:00:00
    And time is real between the steps
"""

STEPS = """
import datetime
import time

from behave import then


@then("time is real between the steps")
def step_real(context):
    real = time.clock_gettime(time.CLOCK_REALTIME)
    assert abs(datetime.datetime.now(datetime.timezone.utc).timestamp() - real) < 60
    assert abs(time.time() - real) < 60
"""


def test_a_freeze_time_the_domain_never_stops_ends_with_its_scenario(tmp_path: Path) -> None:
    steps = tmp_path / "features" / "steps"
    steps.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[tool.castle_bdd]\ndomain = ["boxes"]\n')
    (tmp_path / "boxes.py").write_text(textwrap.dedent(DOMAIN))
    (tmp_path / "features" / "boxes.feature").write_text(textwrap.dedent(FEATURE))
    (steps / "castle_steps.py").write_text("from castle_bdd.steps import *  # noqa: F403\n")
    (steps / "probe_steps.py").write_text(STEPS)
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(tmp_path)])}
    result = subprocess.run(
        [sys.executable, "-m", "behave", "-f", "plain", "features"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "2 scenarios passed, 0 failed" in result.stdout, result.stdout
