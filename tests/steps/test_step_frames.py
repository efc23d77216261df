"""A step of the project's own that raises is shown in the frames of its code.

behave prints such a step's error as its whole traceback, its own frames first
(``behave/model.py``, ``behave/matchers.py``). The project's steps are the engineer's
code: the console, the JUnit report and the living document name their file and line,
the function and the source line, and nothing of behave's. behavex and behave-pool
format the exception's traceback into their reports themselves: it holds the project's
frames alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.support import child_environment, run_behave, write

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


def run_runner(project: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """Run a parallel runner's ``command`` (``python -m …``) in ``project``."""
    return subprocess.run(
        [sys.executable, "-m", *command],
        cwd=project,
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )


def assert_step_s_frames_alone(traceback: str) -> None:
    """``traceback``, as a parallel runner's report keeps it, shows the step's frames only."""
    assert 'shelf_steps.py", line 10, in check_shelf' in traceback, traceback
    assert 'shelf_steps.py", line 5, in _shelf_of' in traceback, traceback
    assert "KeyError: 'top'" in traceback, traceback
    assert "behave/model.py" not in traceback and "matchers.py" not in traceback, traceback


def test_behave_pool_s_report_shows_the_step_s_frames_and_not_behave_s(project: Path) -> None:
    # behave-pool's workers run no formatter
    report = project / "pool-report.json"
    result = run_runner(project, "behave_pool", "--parallel", "2", "--parallel-report", str(report))
    assert result.returncode == 1, result.stdout + result.stderr
    features = json.loads(report.read_text(encoding="utf-8"))["features"]
    (error,) = [
        step["error"]
        for feature in features
        for scenario in feature["scenarios"]
        for step in scenario["steps"]
        if step["status"] == "error"
    ]
    assert error["type"] == "KeyError", "still an error of its kind"
    assert_step_s_frames_alone(error["traceback"])


def test_behavex_s_report_shows_the_step_s_frames_and_not_behave_s(project: Path) -> None:
    output = project / "behavex"
    arguments = ["--parallel-processes", "2", "-o", str(output)]
    result = run_runner(project, "behavex", *arguments)
    assert result.returncode == 1, result.stdout + result.stderr
    features = json.loads((output / "report.json").read_text(encoding="utf-8"))["features"]
    (lines,) = [
        scenario["error_lines"]
        for feature in features
        for scenario in feature["scenarios"]
        if scenario["status"] == "error"
    ]
    assert_step_s_frames_alone("".join(lines))


PARSE_TYPE_STEPS = """
from behave import given, register_type


def _shelf_number(text):
    return int(text.strip("#")) // 0


register_type(ShelfNumber=_shelf_number)


@given("shelf {number:ShelfNumber} is checked")
def check_numbered_shelf(context, number):
    pass
"""


def test_a_parse_type_of_the_project_s_own_that_raises_is_shown_in_its_frames(
    tmp_path: Path,
) -> None:
    project = write(
        tmp_path,
        {
            "features/environment.py": ENVIRONMENT,
            "features/steps/castle_steps.py": "from castle_bdd.steps import *  # noqa: F403\n",
            "features/steps/shelf_steps.py": PARSE_TYPE_STEPS,
            "features/shelves.feature": (
                "Feature: Shelves\n\n  Scenario: A numbered shelf\n    Given shelf #3 is checked\n"
            ),
        },
    )
    result = run_behave(
        project, "--no-color", "-f", "castle_bdd.docs:LivingDocFormatter", "-o", "doc.html",
        "-f", "plain", "features",
    )  # fmt: skip
    assert result.returncode == 1
    out = result.stdout
    assert """the step "Given shelf #3 is checked" raised ZeroDivisionError""" in out, out
    assert "features/steps/shelf_steps.py:5 in _shelf_number" in out
    assert 'return int(text.strip("#")) // 0' in out
    assert "Traceback" not in out and "behave/matchers.py" not in out, "behave's frames left out"
    document = (project / "doc.html").read_text(encoding="utf-8")
    assert "shelf_steps.py:5 in _shelf_number" in document
