"""``Given the aggregate starts with the state:`` starts a state-stored aggregate from a table.

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

from castle_bdd import Aggregate, command_handler


@dataclass(frozen=True)
class Rename:
    id: str
    name: str


@dataclass(frozen=True)
class Renamed:
    id: str
    name: str


class Profile(Aggregate):
    id: str
    name: str
    visits: int

    @command_handler
    def rename(self, command: Rename) -> None:
        self.name = command.name
        self.visits += 1
        self.apply(Renamed(command.id, command.name))
"""

FEATURE = """
Feature: A state-stored profile

  Scenario: Renaming from a state given as a table
    Given the aggregate starts with the state:
      | field  | value |
      | id     | P-1   |
      | name   | Ann   |
      | visits | 2     |
    When the command Rename is sent with id "P-1" and name "Anna"
    Then the event Renamed is published with id "P-1" and name "Anna"
    And the aggregate state has name "Anna" and visits 3

  Scenario: Renaming from a state given inline
    Given the aggregate starts with the state id "P-1", name "Ann" and visits 0
    When the command Rename is sent with id "P-1" and name "Bo"
    Then the aggregate state has visits 1

  Scenario: A value that is not of the attribute's type
    Given the aggregate starts with the state id "P-1", name "Ann" and visits many
    When the command Rename is sent with id "P-1" and name "Bo"
    Then the aggregate state has visits 1
"""


def test_a_state_stored_aggregate_starts_from_the_written_state(tmp_path: Path) -> None:
    (tmp_path / "features" / "steps").mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[tool.castle_bdd]\ndomain = ["profiles"]\n')
    (tmp_path / "profiles.py").write_text(textwrap.dedent(DOMAIN))
    (tmp_path / "features" / "state.feature").write_text(textwrap.dedent(FEATURE))
    steps = tmp_path / "features" / "steps" / "castle_steps.py"
    steps.write_text("from castle_bdd.steps import *  # noqa: F403\n")
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(tmp_path)])}
    result = subprocess.run(
        [sys.executable, "-m", "behave", "-f", "plain", "features"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "2 scenarios passed, 1 failed" in result.stdout, result.stdout
    assert 'state.feature:20: Profile.visits: cannot read "many" as a whole number' in (
        result.stdout
    )
