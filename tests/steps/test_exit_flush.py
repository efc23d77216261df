"""A run with castle-bdd leaves the interpreter's exit alone: what a project wrote gets out.

A file that a project's ``environment.py`` opens and never closes sits in a reference
cycle (the hooks' globals); the interpreter's last garbage collection at exit flushes it.
Keeping the run out of that collection, to save its cost, would lose the file's contents.
"""

from __future__ import annotations

from pathlib import Path

from tests.cli.support import run_behave, write

ENVIRONMENT = """
from castle_bdd.behave import setup_castle_bdd

LOG = open("log.txt", "w")


def before_all(context):
    setup_castle_bdd(context, domain=["examples.giftcard"])


def after_scenario(context, scenario):
    LOG.write(scenario.name + "\\n")
"""

FEATURE = """
Feature: Cards
  Scenario: Issued
    When the command IssueCard is sent with card_id "GC-1" and amount 100
    Then the event CardIssued is published with card_id "GC-1" and amount 100
"""


def test_a_file_the_project_never_closes_is_written_at_exit(tmp_path: Path) -> None:
    project = write(
        tmp_path,
        {
            "environment.py": ENVIRONMENT,
            "steps/castle_steps.py": "from castle_bdd.steps import *  # noqa: F403\n",
            "features/cards.feature": FEATURE,
        },
    )
    result = run_behave(project, "-f", "plain")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (project / "log.txt").read_text() == "Issued\n"
