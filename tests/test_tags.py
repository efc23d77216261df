"""@known-issue: a failure is expected and passes the run; a pass is announced as fixed."""

from __future__ import annotations

import io
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from behave.model_type import Status
from behave.parser import parse_feature

from castle_bdd.gherkin.errors import UnknownNameError
from castle_bdd.tags import (  # type: ignore[attr-defined]
    KNOWN_ISSUE_ATTRIBUTE,
    KnownIssueFixedError,
    KnownIssueSettingError,
    has_tag,
    install_known_issue_hooks,
    is_known_issue,
    known_issue_policy,
    known_issue_scenario_finished,
    known_issue_step_finished,
    tagged_anywhere_in,
)
from tests.cli.support import feature, plain_project, run_behave, write

ENVIRONMENT = """
import json
from castle_bdd.tags import install_known_issue_hooks, install_known_issue_junit


def before_all(context):
    install_known_issue_hooks(context)
    install_known_issue_junit(context.config)


def after_feature(context, feature):
    outcomes = {
        scenario.name: {
            "outcome": getattr(scenario, "castle_known_issue", None),
            "status": scenario.status.name,
            "steps": [step.status.name for step in scenario.all_steps],
            "errors": [step.error_message for step in scenario.all_steps if step.error_message],
        }
        for scenario in feature.walk_scenarios()
    }
    with open("outcomes.json", "a") as file:
        file.write(json.dumps(outcomes) + "\\n")
"""

KNOWN_ISSUES = feature(
    "Known issues",
    """
    Scenario: ordinary
      Given a step that passes
    """,
    """
    @known-issue
    Scenario: still broken
      Given a step that passes
      When a step that fails
      Then a step that passes
    """,
    """
    @known-issue
    Scenario: broken by an error
      Given a step that raises
    """,
    """
    @known-issue
    Scenario: fixed meanwhile
      Given a step that passes
    """,
)

OUTLINE = feature(
    "Known issues of a whole feature",
    """
    Scenario Outline: row <row>
      Given a step that <result>

      Examples:
        | row | result |
        | 1   | fails  |
        | 2   | passes |
    """,
    tags="@known-issue",
)


def known_issue_run(tmp_path: Path, *features: str, pyproject: str = "") -> Any:
    """Run behave on ``features`` with the known-issue hooks installed."""
    files = {f"f{index}.feature": text for index, text in enumerate(features)}
    project = plain_project(tmp_path, files, pyproject)
    write(project, {"environment.py": ENVIRONMENT})
    result = run_behave(project, "-f", "plain", "--junit", "--junit-directory", "reports")
    outcomes: dict[str, Any] = {}
    outcomes_file = project / "outcomes.json"
    for line in outcomes_file.read_text().splitlines() if outcomes_file.exists() else []:
        outcomes |= json.loads(line)
    return result, outcomes


def test_failures_of_known_issues_pass_the_run(tmp_path: Path) -> None:
    result, outcomes = known_issue_run(tmp_path, KNOWN_ISSUES)
    assert result.returncode == 0, result.stdout + result.stderr
    assert outcomes["still broken"]["outcome"] == "expected failure"
    assert outcomes["still broken"]["status"] == "skipped"
    assert outcomes["broken by an error"]["outcome"] == "expected failure"
    assert outcomes["ordinary"] == {
        "outcome": None,
        "status": "passed",
        "steps": ["passed"],
        "errors": [],
    }


def test_the_rest_of_a_failed_known_issue_is_skipped_and_the_failure_kept(tmp_path: Path) -> None:
    _, outcomes = known_issue_run(tmp_path, KNOWN_ISSUES)
    assert outcomes["still broken"]["steps"] == ["passed", "skipped", "skipped"]
    assert outcomes["still broken"]["errors"] == [
        "Expected failure (@known-issue): AssertionError: balance is 100"
    ]
    assert outcomes["broken by an error"]["errors"] == [
        "Expected failure (@known-issue): ValueError: boom"
    ]


def test_a_known_issue_that_passes_is_announced_as_fixed(tmp_path: Path) -> None:
    result, outcomes = known_issue_run(tmp_path, KNOWN_ISSUES)
    assert outcomes["fixed meanwhile"]["outcome"] == "fixed"
    assert outcomes["fixed meanwhile"]["status"] == "passed"
    assert 'FIXED: known issue "fixed meanwhile" (features/f0.feature:' in result.stderr
    assert result.stderr.count("FIXED") == 1


def test_expected_failures_are_skipped_in_junit_xml(tmp_path: Path) -> None:
    known_issue_run(tmp_path, KNOWN_ISSUES)
    report = (tmp_path / "reports" / "TESTS-features.f0.xml").read_text()
    assert 'tests="4" errors="0" failures="0" skipped="2"' in report


def test_a_feature_tag_makes_every_outline_row_a_known_issue(tmp_path: Path) -> None:
    result, outcomes = known_issue_run(tmp_path, OUTLINE)
    assert result.returncode == 0, result.stdout + result.stderr
    outline_rows = sorted((name.split(" --")[0], o["outcome"]) for name, o in outcomes.items())
    assert outline_rows == [("row 1", "expected failure"), ("row 2", "fixed")]


def test_the_fail_policy_fails_the_run_when_a_known_issue_passes(tmp_path: Path) -> None:
    result, outcomes = known_issue_run(
        tmp_path, KNOWN_ISSUES, pyproject='known_issue_pass = "fail"\n'
    )
    assert result.returncode == 1
    assert "KnownIssueFixedError: FIXED" in result.stdout
    assert outcomes["fixed meanwhile"]["outcome"] == "fixed"
    assert outcomes["still broken"]["outcome"] == "expected failure"


def test_an_undefined_step_is_never_an_expected_failure(tmp_path: Path) -> None:
    undefined = feature("Typo", "@known-issue\nScenario: typo\n  Given a step nobody wrote")
    result, outcomes = known_issue_run(tmp_path, undefined)
    assert result.returncode == 1
    assert outcomes["typo"]["outcome"] is None


def test_an_unknown_name_is_never_an_expected_failure() -> None:
    scenario = _scenario("known-issue")
    scenario.skip = lambda: None
    typo = UnknownNameError("event", "CardIsued", ["CardIssued"], "features/a.feature:4")
    step = SimpleNamespace(status=Status.failed, exception=typo, error_message=str(typo))
    known_issue_step_finished(scenario, step)
    assert step.status == Status.failed and step.error_message == str(typo)
    assert getattr(scenario, KNOWN_ISSUE_ATTRIBUTE, None) is None


def test_an_ordinary_failure_still_fails_the_run(tmp_path: Path) -> None:
    failing = feature("Failing", "Scenario: plain failure\n  Given a step that fails")
    result, outcomes = known_issue_run(tmp_path, failing)
    assert result.returncode == 1
    assert outcomes["plain failure"]["status"] == "failed"


def _scenario(*tags: str, status: Any = Status.passed) -> SimpleNamespace:
    return SimpleNamespace(
        name="a scenario",
        filename="features/a.feature",
        line=3,
        status=status,
        effective_tags=set(tags),
        all_steps=[],
    )


def test_tags_are_found_with_or_without_at_sign() -> None:
    scenario = _scenario("known-issue", "slow")
    assert has_tag(scenario, "@slow") and has_tag(scenario, "slow")
    assert is_known_issue(scenario)
    assert not is_known_issue(_scenario("known-issues"))


TAGGED_PLACES = {
    "feature": "@known-issue\nFeature: F\n  Scenario: S\n    Given x\n",
    "scenario": "Feature: F\n  Scenario: A\n    Given x\n  @known-issue\n  Scenario: S\n"
    "    Given x\n",
    "rule": "Feature: F\n  @known-issue\n  Rule: R\n    Scenario: S\n      Given x\n",
    "rule's scenario": "Feature: F\n  Rule: R\n    @known-issue\n    Scenario: S\n      Given x\n",
    "outline": "Feature: F\n  @known-issue\n  Scenario Outline: S\n    Given <x>\n"
    "    Examples:\n      | x |\n      | 1 |\n",
    "examples": "Feature: F\n  Scenario Outline: S\n    Given <x>\n    @known-issue\n"
    "    Examples:\n      | x |\n      | 1 |\n",
    "nowhere": "@known-issues @wip\nFeature: F\n  Rule: R\n    @slow\n    Scenario: S\n"
    "      Given x\n",
}


@pytest.mark.parametrize("place", sorted(TAGGED_PLACES))
def test_a_tag_anywhere_in_a_feature_is_found_as_its_scenarios_would_find_it(place: str) -> None:
    feature = parse_feature(TAGGED_PLACES[place])
    on_a_scenario = any(is_known_issue(s) for s in feature.walk_scenarios())
    assert tagged_anywhere_in(feature, "@known-issue") is on_a_scenario is (place != "nowhere")


def test_the_policy_is_warn_unless_configured() -> None:
    assert known_issue_policy({}) == "warn"
    assert known_issue_policy({"known_issue_pass": "fail"}) == "fail"


def test_an_unknown_policy_is_explained() -> None:
    with pytest.raises(KnownIssueSettingError, match='"loud" is not known: use "warn" or "fail"'):
        known_issue_policy({"known_issue_pass": "loud"})


def test_a_fix_is_written_to_the_given_stream() -> None:
    stream = io.StringIO()
    outcome = known_issue_scenario_finished(_scenario("known-issue"), stream=stream)
    assert outcome == "fixed"
    assert '"a scenario" (features/a.feature:3) passed' in stream.getvalue()


def test_the_fail_policy_raises_after_announcing() -> None:
    stream = io.StringIO()
    with pytest.raises(KnownIssueFixedError, match="Remove its @known-issue tag"):
        known_issue_scenario_finished(_scenario("known-issue"), "fail", stream)
    assert "FIXED" in stream.getvalue()


def test_other_scenarios_are_left_alone() -> None:
    scenario = _scenario(status=Status.failed)
    step = SimpleNamespace(status=Status.failed, error_message="x")
    known_issue_step_finished(scenario, step)
    assert step.status == Status.failed
    assert known_issue_scenario_finished(scenario, stream=io.StringIO()) is None
    assert not hasattr(scenario, KNOWN_ISSUE_ATTRIBUTE)


def test_installing_keeps_the_projects_hooks_and_is_idempotent() -> None:
    called: list[str] = []
    hooks: dict[str, Any] = {"after_step": lambda context, step: called.append(step.name)}
    install_known_issue_hooks(hooks, "warn")
    installed = dict(hooks)
    install_known_issue_hooks(hooks, "warn")
    assert hooks == installed
    context = SimpleNamespace(scenario=_scenario())
    hooks["after_step"](context, SimpleNamespace(name="a step", status=Status.passed))
    hooks["after_scenario"](context, context.scenario)
    assert called == ["a step"]


def test_a_hook_that_opts_out_of_capture_keeps_opting_out() -> None:
    def after_scenario(context: Any, scenario: Any) -> None:
        """Prints what it must."""

    after_scenario.capture = False  # type: ignore[attr-defined]
    hooks: dict[str, Any] = {"after_scenario": after_scenario}
    install_known_issue_hooks(hooks, "warn")
    assert hooks["after_scenario"].capture is False
    assert hooks["after_step"].capture is True


LOADED_JUNIT = """
import sys
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context)


def after_all(context):
    with open("loaded.txt", "w") as found:
        found.write(str("behave.reporter.junit" in sys.modules))
"""


@pytest.mark.parametrize(("arguments", "loaded"), [((), False), (("--junit",), True)])
def test_junit_reporting_is_loaded_only_for_a_run_with_junit(
    tmp_path: Path, arguments: tuple[str, ...], loaded: bool
) -> None:
    project = plain_project(
        tmp_path, {"f.feature": feature("F", "Scenario: s\n  Given a step that passes")}
    )
    write(project, {"environment.py": LOADED_JUNIT})
    result = run_behave(project, *arguments)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (project / "loaded.txt").read_text() == str(loaded)
