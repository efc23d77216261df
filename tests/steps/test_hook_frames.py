"""A project's own hook that raises is shown in the frames of its code.

behave prints a failed hook as one line (``HOOK-ERROR in before_scenario: KeyError:
'tag'``) and shows where it was raised only with ``--verbose``. The project's hooks are
the engineer's code: the console and the living document name their file and line.
"""

from __future__ import annotations

import html
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.cli.support import run_behave, write

DOMAIN = """
from dataclasses import dataclass

from castle_bdd import Aggregate, command_handler, event_sourcing_handler


@dataclass(frozen=True)
class RingBell:
    bell_id: str


@dataclass(frozen=True)
class BellRung:
    bell_id: str


class Bell(Aggregate):
    @command_handler
    def ring(self, command: RingBell) -> None:
        self.apply(BellRung(command.bell_id))

    @event_sourcing_handler
    def on_rung(self, event: BellRung) -> None:
        self.id = event.bell_id
"""

ENVIRONMENT = """
from castle_bdd.behave import setup_castle_bdd


def _fixtures_for(name):
    return {"name": name}["tag"]


def before_all(context):
    setup_castle_bdd(context, domain=["bells"])


def before_scenario(context, scenario):
    _fixtures_for(scenario.name)
"""

FEATURE = """
Feature: Bells

  Scenario: Ringing
    When the command RingBell is sent with bell_id "B-1"
    Then the command succeeds
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project whose before_scenario hook has a bug in a helper."""
    return write(
        tmp_path_factory.mktemp("hooks"),
        {
            "bells.py": DOMAIN,
            "features/environment.py": ENVIRONMENT,
            "features/steps/castle_steps.py": "from castle_bdd.steps import *  # noqa: F403\n",
            "features/bells.feature": FEATURE,
        },
    )


def test_the_console_shows_the_hook_s_frames(project: Path) -> None:
    result = run_behave(project, "--no-color", "-f", "plain", "features")
    assert result.returncode == 1
    assert "the before_scenario hook raised KeyError: 'tag'" in result.stdout
    assert "features/environment.py:5 in _fixtures_for" in result.stdout
    assert 'return {"name": name}["tag"]' in result.stdout
    assert "This is a bug in the code, not a mistake in the feature file." in result.stdout


def test_the_living_document_shows_the_hook_s_frames(project: Path) -> None:
    document = project / "doc.html"
    result = run_behave(
        project, "--no-color", "-f", "castle_bdd.docs:LivingDocFormatter", "-o", str(document)
    )
    assert result.returncode == 1
    text = html.unescape(document.read_text(encoding="utf-8"))
    assert "the before_scenario hook raised KeyError" in text
    assert "features/environment.py:5 in _fixtures_for" in text


def test_the_junit_report_shows_the_hook_s_frames_and_not_castle_bdd_s(project: Path) -> None:
    result = run_behave(project, "--no-color", "--junit", "--junit-directory", "reports")
    assert result.returncode == 1
    (report,) = (project / "reports").glob("*.xml")
    error = ElementTree.parse(report).find(".//error")
    assert error is not None and error.get("type") == "UserCodeError"
    text = error.text or ""
    assert "the before_scenario hook raised KeyError: 'tag'" in text
    assert "features/environment.py:5 in _fixtures_for" in text
    assert "Traceback" not in text and "castle_bdd" not in text, text
