"""A behave run with castle-bdd leaves what it built out of the interpreter's last collection."""

from __future__ import annotations

from pathlib import Path

from tests.cli.support import plain_project, run_behave, write

#: Registered before castle-bdd is set up, so it runs after castle-bdd's own exit handler
#: (the last registered runs first): it writes how many objects are frozen then.
ENVIRONMENT = """
import atexit
import gc
from pathlib import Path

from castle_bdd.behave import setup_castle_bdd


def _count_frozen():
    Path("frozen.txt").write_text(str(gc.get_freeze_count()))


def before_all(context):
    atexit.register(_count_frozen)
    {setup}
"""

FEATURE = """
Feature: Cards
  Scenario: Issued
    When the command IssueCard is sent with card_id "GC-1" and amount 100
    Then the event CardIssued is published with card_id "GC-1" and amount 100
"""


def _frozen_at_exit(project: Path) -> int:
    result = run_behave(project, "-f", "plain")
    assert result.returncode == 0, result.stdout + result.stderr
    return int((project / "frozen.txt").read_text())


def _castle_project(root: Path, setup: str, pyproject: str = "") -> Path:
    return write(
        root,
        {
            "environment.py": ENVIRONMENT.format(setup=setup),
            "steps/castle_steps.py": "from castle_bdd.steps import *  # noqa: F403\n",
            "features/cards.feature": FEATURE,
            "pyproject.toml": pyproject,
        },
    )


def test_a_run_set_up_in_before_all_is_frozen_at_exit(tmp_path: Path) -> None:
    project = _castle_project(tmp_path, 'setup_castle_bdd(context, domain=["examples.giftcard"])')
    assert _frozen_at_exit(project) > 1000


def test_a_run_configured_in_pyproject_only_is_frozen_at_exit(tmp_path: Path) -> None:
    settings = '[tool.castle_bdd]\ndomain = ["examples.giftcard"]\n'
    project = _castle_project(tmp_path, "pass", settings)
    assert _frozen_at_exit(project) > 1000


def test_a_run_that_never_uses_castle_bdd_is_left_to_the_collector(tmp_path: Path) -> None:
    feature = "Feature: Plain\n  Scenario: Passes\n    Given a step that passes\n"
    project = plain_project(tmp_path, {"plain.feature": feature})
    write(project, {"environment.py": ENVIRONMENT.format(setup="pass")})
    assert _frozen_at_exit(project) == 0
