"""Domain code that calls ``sys.exit()`` from a step of the project's own fails that step.

Through a library step it always did; through ``castle(context).when(…)`` in a step of
the project's own it ended the run, and the scenarios after it never ran. A small
project is written to a temporary folder and behave runs it in a subprocess.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

DOMAIN = """
import sys
from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


class Meltdown(BaseException):
    pass


@dataclass(frozen=True)
class Heat:
    oven_id: str
    how: str


@dataclass(frozen=True)
class Heated:
    oven_id: str


class Oven(Aggregate):
    @command_handler
    def heat(self, command: Heat) -> None:
        if command.how == "exit":
            sys.exit("oven too hot")  # bug
        if command.how == "meltdown":
            raise Meltdown("oven melted")  # bug
        self.apply(Heated(command.oven_id))

    @event_sourcing_handler
    def on_heated(self, event: Heated) -> None:
        self.id = event.oven_id
"""

FEATURE = """
Feature: Ovens

  @aggregate:Oven
  Scenario: Heating too much
    When the oven "O-1" is heated with {how}
    Then the command succeeds

  Scenario: The next scenario runs
    When the command Heat is sent with oven_id "O-2" and how "gently"
    Then the event Heated is published with oven_id "O-2"
"""

STEPS = """
from behave import when

from castle_bdd.behave import castle
from ovens import Heat


@when('the oven "{oven}" is heated with {how}')
def step_heat(context, oven, how):
    castle(context).when(Heat(oven, how))
"""


@pytest.mark.parametrize(
    ("how", "raised"), [("exit", "SystemExit: oven too hot"), ("meltdown", "Meltdown: oven melted")]
)
def test_domain_code_that_exits_fails_the_project_s_step(
    tmp_path: Path, how: str, raised: str
) -> None:
    steps = tmp_path / "features" / "steps"
    steps.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[tool.castle_bdd]\ndomain = ["ovens"]\n')
    (tmp_path / "ovens.py").write_text(textwrap.dedent(DOMAIN))
    feature = textwrap.dedent(FEATURE).replace("{how}", how)
    (tmp_path / "features" / "ovens.feature").write_text(feature)
    (steps / "castle_steps.py").write_text("from castle_bdd.steps import *  # noqa: F403\n")
    (steps / "oven_steps.py").write_text(STEPS)
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(tmp_path)])}
    result = subprocess.run(
        [sys.executable, "-m", "behave", "-f", "plain", "features"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "1 scenario passed, 1 failed" in result.stdout, result.stdout + result.stderr
    assert f"ovens.feature:6: the domain's code this step called raised {raised}" in (result.stdout)
    assert "ovens.py:" in result.stdout
    assert "Traceback" not in result.stdout
