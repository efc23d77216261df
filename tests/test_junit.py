"""JUnit XML: an expected failure carries its reason and is not a skipped @wip."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from tests.cli.support import feature, plain_project, run_behave, write

ENVIRONMENT = """
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context)
"""

MIXED = feature(
    "Refunds",
    "@known-issue\nScenario: refunds are missing\n  Given a step that passes\n"
    "  When a step that fails",
    "@wip\nScenario: refunds by voucher\n  Given a step that passes",
    "Scenario: plain\n  Given a step that passes",
)


def junit_cases(tmp_path: Path, *arguments: str) -> dict[str, ElementTree.Element]:
    """Run behave with --junit on MIXED; its test cases by name."""
    project = write(plain_project(tmp_path, {"refunds.feature": MIXED}), {})
    write(project, {"environment.py": ENVIRONMENT})
    result = run_behave(
        project, "--tags=not @wip", "--junit", "--junit-directory", "reports", *arguments
    )
    assert result.returncode == 0, result.stdout + result.stderr
    suite = ElementTree.parse(project / "reports" / "TESTS-features.refunds.xml").getroot()
    return {case.get("name", ""): case for case in suite.iter("testcase")}


def test_an_expected_failure_carries_its_reason(tmp_path: Path) -> None:
    cases = junit_cases(tmp_path)
    skipped = cases["refunds are missing"].find("skipped")
    assert skipped is not None
    assert skipped.get("type") == "expected failure"
    assert skipped.get("message") == (
        "Expected failure (@known-issue): AssertionError: balance is 100"
    )


def test_a_scenario_left_out_by_tags_stays_a_bare_skip(tmp_path: Path) -> None:
    cases = junit_cases(tmp_path)
    skipped = cases["refunds by voucher"].find("skipped")
    assert skipped is not None and skipped.attrib == {}
    assert cases["plain"].find("skipped") is None


def test_expected_failures_are_reported_even_when_skipped_ones_are_not(tmp_path: Path) -> None:
    cases = junit_cases(tmp_path, "--no-skipped")
    assert sorted(cases) == ["plain", "refunds are missing"]
    assert cases["refunds are missing"].find("skipped") is not None
