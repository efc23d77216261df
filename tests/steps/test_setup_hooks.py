"""setup_castle_bdd adds the known-issue hooks to a run only when a scenario needs them.

Every run gets an ``after_all`` hook that notes whether the project's failed; no run gets
a step or scenario hook it does not need.
"""

from __future__ import annotations

from typing import Any

from behave.parser import parse_feature

from castle_bdd.behave import setup_castle_bdd
from castle_bdd.gherkin.errors import set_step_locator

PLAIN = """
Feature: Cards
  Scenario: Issued
    Given no prior activity
"""

KNOWN_ISSUE_OUTLINE = """
Feature: Cards
  Scenario Outline: Redeemed <amount>
    Given no prior activity

    @known-issue
    Examples:
      | amount |
      | 5      |
"""

KNOWN_ISSUE_RULE = """
Feature: Cards
  @known-issue
  Rule: Redeeming
    Scenario: Redeemed
      Given no prior activity
"""


class Runner:
    def __init__(self, *features: Any, parsed: bool = True) -> None:
        self.hooks: dict[str, Any] = {}
        if parsed:
            self.features = list(features)


class Context:
    def __init__(self, runner: Runner) -> None:
        self._runner = runner


def _hooks_after_setup(runner: Runner) -> set[str]:
    try:
        setup_castle_bdd(Context(runner), domain=["examples.giftcard"])
    finally:
        set_step_locator(None)
    return set(runner.hooks)


#: The hooks of every run.
EVERY_RUN = {"after_all"}


def test_a_run_without_known_issues_gets_no_step_hooks() -> None:
    assert _hooks_after_setup(Runner(parse_feature(PLAIN))) == EVERY_RUN


def test_a_known_issue_anywhere_in_the_run_gets_the_hooks() -> None:
    for text in (KNOWN_ISSUE_OUTLINE, KNOWN_ISSUE_RULE):
        runner = Runner(parse_feature(PLAIN), parse_feature(text))
        assert _hooks_after_setup(runner) == {"after_step", "after_scenario", *EVERY_RUN}


def test_features_not_parsed_yet_get_the_hooks() -> None:
    # and the structure checks, made as each feature starts
    assert _hooks_after_setup(Runner(parsed=False)) == {
        "after_step",
        "after_scenario",
        "before_feature",
        "before_scenario",
        *EVERY_RUN,
    }
