"""A run that stops before its first scenario says why in its living document.

A domain module that cannot be imported, or a handler defined wrongly, stops behave in
``before_all``: the console says why, and the document written for the run says it too,
rather than showing an empty run with nothing failed.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.cli.support import run_behave, write

BROKEN_DOMAIN = """
from dataclasses import dataclass


@dataclass(frozen=True)
class RingBell:
    bell_id: str


def ring(self, command: RingBell) -> None
    pass
"""

FEATURE = """
Feature: Bells

  Scenario: Ringing
    When the command RingBell is sent with bell_id "B-1"
    Then the command succeeds
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project whose only domain module has a syntax error."""
    return write(
        tmp_path_factory.mktemp("stopped"),
        {
            "pyproject.toml": '[tool.castle_bdd]\ndomain = ["bells"]\n',
            "bells.py": BROKEN_DOMAIN,
            "features/environment.py": (
                "from castle_bdd.behave import setup_castle_bdd\n\n\n"
                "def before_all(context):\n    setup_castle_bdd(context)\n"
            ),
            "features/steps/castle_steps.py": "from castle_bdd.steps import *  # noqa: F403\n",
            "features/bells.feature": FEATURE,
        },
    )


@pytest.mark.parametrize("name", ["doc.html", "doc.md"])
def test_the_document_says_why_the_run_stopped(project: Path, name: str) -> None:
    document = project / name
    result = run_behave(
        project, "--no-color", "-f", "castle_bdd.docs:LivingDocFormatter", "-o", str(document)
    )
    assert result.returncode == 1
    text = html.unescape(document.read_text(encoding="utf-8"))
    assert "The run stopped before its first scenario" in text
    assert "cannot import the domain module 'bells'" in text
    assert "bells.py:9" in text
    assert "def ring(self, command: RingBell) -> None" in text


def test_a_run_that_started_says_nothing_of_it(project: Path, tmp_path: Path) -> None:
    (project / "bells.py").write_text(BROKEN_DOMAIN.replace("-> None\n", "-> None:\n"))
    document = tmp_path / "doc.html"
    try:
        run_behave(
            project, "--no-color", "-f", "castle_bdd.docs:LivingDocFormatter", "-o", str(document)
        )
    finally:
        (project / "bells.py").write_text(BROKEN_DOMAIN.lstrip("\n"))
    assert "The run stopped before its first scenario" not in document.read_text(encoding="utf-8")


def test_a_before_all_that_raises_after_the_setup_says_why(tmp_path: Path) -> None:
    project = write(
        tmp_path,
        {
            "pyproject.toml": '[tool.castle_bdd]\ndomain = ["bells"]\n',
            "bells.py": BROKEN_DOMAIN.replace("-> None\n", "-> None:\n"),
            "features/environment.py": (
                "from castle_bdd.behave import setup_castle_bdd\n\n\n"
                "def before_all(context):\n    setup_castle_bdd(context)\n"
                "    raise RuntimeError('the database is not there')\n"
            ),
            "features/steps/castle_steps.py": "from castle_bdd.steps import *  # noqa: F403\n",
            "features/bells.feature": FEATURE,
        },
    )
    document = tmp_path / "doc.html"
    result = run_behave(
        project, "--no-color", "-f", "castle_bdd.docs:LivingDocFormatter", "-o", str(document)
    )
    assert result.returncode == 1
    text = html.unescape(document.read_text(encoding="utf-8"))
    assert "The run stopped before its first scenario" in text
    assert "the before_all hook of environment.py raised after setup_castle_bdd" in text
