"""The words for a line behave's parser stops at."""

from __future__ import annotations

from pathlib import Path

import pytest

from castle_bdd.stray_lines import unclosed_row
from castle_bdd.unparsable import unparsable

AND_FIRST = "AND-STEP REQUIRES: An previous Given/When/Then step."


@pytest.mark.parametrize(
    ("heading", "step", "fix"),
    [
        (
            "Feature: F",
            "And 3 days have elapsed",
            "start with Given (or When, Then) — write: Given",
        ),
        (
            "# language: fr\nFonctionnalité: F",
            "Et 3 days have elapsed",
            "start with Soit (or Quand, Alors) — write: Soit",
        ),
    ],
)
def test_a_first_step_that_starts_with_and_gets_the_keywords_of_its_language(
    tmp_path: Path, heading: str, step: str, fix: str
) -> None:
    path = tmp_path / "x.feature"
    path.write_text(f"{heading}\n  Scenario: s\n    {step}\n", encoding="utf-8")
    line = heading.count("\n") + 3
    words = unparsable(str(path), line, step, AND_FIRST)
    assert f"x.feature:{line}: the first step of the scenario starts with" in words
    assert f"{fix} 3 days have elapsed" in words


def test_a_row_behave_stops_at_for_its_missing_bar_gets_the_words_of_one_it_reads(
    tmp_path: Path,
) -> None:
    # the same mistake, whether behave stops at the row or reads it a character short
    path = tmp_path / "x.feature"
    path.write_text(
        "Feature: F\n  Scenario: s\n    Given the events:\n      | event | card_id |\n"
        "      | CardIssued | GC-1 | 100\n",
        encoding="utf-8",
    )
    words = unparsable(str(path), 5, None, "Malformed table at line 5")
    assert words.endswith(f"x.feature:5: {unclosed_row('| CardIssued | GC-1 | 100')}")
    assert "so behave drops its last character" in words
