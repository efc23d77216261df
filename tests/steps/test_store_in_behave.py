"""A behave run on a store that changes an event: the step fails with the field, no traceback."""

from __future__ import annotations

from pathlib import Path

from tests.cli.support import run_behave, write

FEATURE = """
Feature: Cards

  Scenario: A card issued at nine
    Given the event CardIssued with card_id "GC-1" and issued_at 2026-01-01T09:00:00Z
    When the command ChargeCard is sent with card_id "GC-1" and cents 100
    Then the command succeeds
"""


def project(root: Path, store: str) -> Path:
    return write(
        root,
        {
            "pyproject.toml": (
                f'[tool.castle_bdd]\ndomain = ["tests.eventstore.lossy"]\nstore = "{store}"\n'
            ),
            "environment.py": "\n",
            "steps/castle_steps.py": "from castle_bdd.steps import *  # noqa: F401,F403\n",
            "features/cards.feature": FEATURE,
        },
    )


def test_the_step_names_the_class_the_field_and_both_values(tmp_path: Path) -> None:
    result = run_behave(project(tmp_path, "tests.eventstore.lossy:table_store"), "-f", "plain")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "ASSERT FAILED: features/cards.feature:4: " in output  # the Given with the event
    assert (
        "CardIssued.issued_at: 2026-01-01T09:00:00+00:00 came back as 2026-01-01T09:00:00 "
        "(the zone was lost)" in output
    )
    assert "Traceback" not in output


def test_the_same_feature_passes_on_the_sqlite_store(tmp_path: Path) -> None:
    result = run_behave(project(tmp_path, "sqlite"), "-f", "plain")
    assert result.returncode == 0, result.stdout + result.stderr
