"""A Given that fails as the When replays it is shown failed, and the steps after it skipped.

Everything that reads the scenario once it has ended (the summary, the JUnit report, the
run records and the living document) shows the Given failed and the When skipped; what
behave prints as the steps end is tested in ``test_failed_given_live``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from castle_bdd.gherkin.catalogue import build_catalogue
from castle_bdd.gherkin.errors import GherkinError, set_step_locator
from castle_bdd.gherkin.plan import GivenStepFailed
from castle_bdd.gherkin.scenario import CastleScenario
from castle_bdd.hooks import Hook, run_first_once
from tests.mistakes.domains import replay_crash

ROOT = Path(__file__).resolve().parents[2]
CASE = "tests/mistakes/engineer/replay_crash_in_given.feature"
GIVEN_LINE = 9


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """behave's output and the folder of its run records and JUnit report."""
    folder = tmp_path_factory.mktemp("given")
    command = [sys.executable, "-m", "behave", "-f", "plain", "--no-color", "--no-capture"]
    command += ["--junit", "--junit-directory", str(folder / "junit")]
    command += ["-D", f"castle_records={folder / 'records'}"]
    command += ["-D", "domain=tests.mistakes.domains.replay_crash", CASE]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stdout[-3000:]
    return result.stdout, folder


def test_the_message_names_the_given_s_own_line(run: tuple[str, Path]) -> None:
    output, _ = run
    assert f"{CASE}:{GIVEN_LINE}: a Given step failed on the aggregate Ledger" in output


def test_the_summary_counts_the_given_failed_and_the_rest_skipped(run: tuple[str, Path]) -> None:
    output, _ = run
    assert "0 steps passed, 1 failed, 2 skipped" in output


def test_the_run_record_shows_the_given_failed(run: tuple[str, Path]) -> None:
    _, folder = run
    (record,) = [
        json.loads(path.read_text())
        for path in (folder / "records").glob("*.json")
        if "scenario" in json.loads(path.read_text())
    ]
    steps = record["scenario"]["steps"]
    assert [(s["keyword"], s["status"]) for s in steps] == [
        ("Given", "failed"),
        ("When", "skipped"),
        ("Then", "skipped"),
    ]
    assert "its code raised TypeError" in steps[0]["error"]
    assert steps[1]["error"] is None
    assert record["scenario"]["status"] == "failed"


def test_the_junit_report_shows_the_given_failed(run: tuple[str, Path]) -> None:
    _, folder = run
    (report,) = (folder / "junit").glob("*.xml")
    text = report.read_text()
    assert 'status="failed"' in text
    assert "Failing step: Given the event LedgerOpened" in text
    assert (
        'When the command PostEntry is sent with ledger_id "L-1" and amount 5 ... skipped' in text
    )


def test_without_a_step_locator_the_when_raises_as_before() -> None:
    set_step_locator(None)
    scenario = CastleScenario(build_catalogue(["tests.mistakes.domains.replay_crash"]))
    told: list[str | None] = []
    scenario.on_given_failed = told.append
    scenario.given(replay_crash.LedgerOpened("L-1", "eur"))
    with pytest.raises(GherkinError, match="a Given step failed on the aggregate Ledger") as raised:
        scenario.when(replay_crash.PostEntry("L-1", 5))
    assert not isinstance(raised.value, GivenStepFailed)
    assert told == []


def test_an_action_runs_once_before_the_hook_then_the_hook_is_as_it_was() -> None:
    calls: list[str] = []

    def own(context: object, scenario: object) -> None:
        calls.append("own")

    hooks: dict[str, Hook] = {"after_scenario": own}
    run_first_once(hooks, "after_scenario", lambda context, scenario: calls.append("once"))
    hooks["after_scenario"](None, None)
    assert calls == ["once", "own"]
    assert hooks["after_scenario"] is own


def test_an_action_runs_once_in_place_of_a_hook_the_run_does_not_have() -> None:
    calls: list[str] = []
    hooks: dict[str, Hook] = {}
    run_first_once(hooks, "after_scenario", lambda context, scenario: calls.append("once"))
    hooks["after_scenario"](None, None)
    assert calls == ["once"]
    assert hooks == {}
