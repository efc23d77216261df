"""A scenario castle-bdd refuses before its first step is told as docs/writing-features.md
says: behave's words in front of castle-bdd's message, which names the feature file's line;
the JUnit report gives the message, not a traceback of castle-bdd's frames.

behave prints an exception a hook raises as ``HOOK-ERROR in before_scenario: <class>:
<message>`` and offers no public way to fail a scenario from a hook without it; the page
explains the words to a reader who would take them for a crash. This keeps the page true.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

from tests.cli.support import run_behave, write
from tests.doc_examples import DOCS

ENVIRONMENT = """
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context, domain=["examples.giftcard"])
"""

FEATURE = """
Feature: Gift cards

  @agregate:GiftCard
  Scenario: Issuing a card
    Given no prior activity
    When the command IssueCard is sent with card_id "GC-1" and amount 10
    Then the event CardIssued is published with card_id "GC-1" and amount 10
"""


def documented_line() -> str:
    """The line docs/writing-features.md shows for a scenario refused from a hook."""
    page = (DOCS / "writing-features.md").read_text(encoding="utf-8")
    lines = re.findall(r"^HOOK-ERROR in before_scenario: .*$", page, flags=re.MULTILINE)
    assert len(lines) == 1, lines
    return str(lines[0])


def project_of(folder: Path) -> Path:
    """A project whose one scenario has a misspelt tag."""
    return write(
        folder,
        {
            "features/environment.py": ENVIRONMENT,
            "features/steps/castle_steps.py": "from castle_bdd.steps import *  # noqa: F403\n",
            "features/giftcard.feature": FEATURE,
        },
    )


def test_a_misspelt_tag_is_told_as_the_page_shows_it(tmp_path: Path) -> None:
    project = project_of(tmp_path)
    for capture in ("--capture", "--no-capture"):
        result = run_behave(project, "--no-color", capture, "features")
        assert result.returncode == 1
        assert documented_line() in result.stdout.splitlines(), result.stdout
        assert "Traceback" not in result.stdout, "a mistake in the feature file, not a crash"
        assert "1 hook_error" in result.stdout, "the scenario is not run, and not passed"


def test_the_junit_report_gives_the_refusal_s_message_and_no_traceback(tmp_path: Path) -> None:
    project = project_of(tmp_path)
    result = run_behave(project, "--no-color", "--junit", "--junit-directory", "reports")
    assert result.returncode == 1
    (report,) = (project / "reports").glob("*.xml")
    error = ElementTree.parse(report).find(".//error")
    assert error is not None and error.get("type") == "GherkinError", "still an error"
    assert (error.text or "").strip() == (
        "features/giftcard.feature:3: @agregate:GiftCard is not a tag castle-bdd reads — "
        "write @aggregate:GiftCard"
    )
