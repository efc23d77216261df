"""A step of the project's own that raises is shown in the frames of its code.

behave prints such a step's error as its whole traceback, its own frames first
(``behave/model.py``, ``behave/matchers.py``). The project's steps are the engineer's
code: the console, the JUnit report and the living document name their file and line,
the function and the source line, and nothing of behave's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.support import run_behave, write

STEPS = """
from behave import given, then


def _shelf_of(shelves, name):
    return shelves[name]


@given("the shelf is checked")
def check_shelf(context):
    _shelf_of({}, "top")


@then("my check fails")
def my_check_fails(context):
    assert False, "the shelf is empty"
"""

ENVIRONMENT = """
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context, domain=["examples.giftcard"])
"""

FEATURE = """
Feature: Shelves

  Scenario: A step of the project's own crashes
    Given the shelf is checked

  Scenario: A step of the project's own fails an assertion
    Then my check fails
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project whose own step has a bug in a helper."""
    return write(
        tmp_path_factory.mktemp("steps"),
        {
            "features/environment.py": ENVIRONMENT,
            "features/steps/castle_steps.py": "from castle_bdd.steps import *  # noqa: F403\n",
            "features/steps/shelf_steps.py": STEPS,
            "features/shelves.feature": FEATURE,
        },
    )


@pytest.mark.parametrize("printer", ["pretty", "plain"])
@pytest.mark.parametrize("capture", ["--capture", "--no-capture"])
def test_the_console_shows_the_step_s_frames_and_not_behave_s(
    project: Path, printer: str, capture: str
) -> None:
    result = run_behave(project, "--no-color", "-f", printer, capture, "features")
    assert result.returncode == 1
    out = result.stdout
    assert """the step "Given the shelf is checked" raised KeyError: 'top'""" in out
    assert "features/steps/shelf_steps.py:10 in check_shelf" in out
    assert "features/steps/shelf_steps.py:5 in _shelf_of" in out
    assert "return shelves[name]" in out
    assert "This is a bug in the code, not a mistake in the feature file." in out
    assert "Traceback" not in out and "behave/model.py" not in out, "behave's frames left out"
    assert "the shelf is empty" in out, "an assertion of the project's own shows its message"
    assert "1 error" in out and "1 failed" in out, "an error is still counted as an error"


def test_the_junit_report_shows_the_step_s_frames(project: Path) -> None:
    result = run_behave(project, "--no-color", "--junit", "--junit-directory", "reports")
    assert result.returncode == 1
    (report,) = (project / "reports").glob("*.xml")
    text = report.read_text(encoding="utf-8")
    assert '<error type="KeyError"' in text, "still an error of its kind"
    assert "features/steps/shelf_steps.py:5 in _shelf_of" in text
    assert "behave/model.py" not in text
