from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from castle_bdd.docs import RunRecord, merge, records, render
from castle_bdd.docs.expected import account_for
from castle_bdd.docs.merging import RunsOverlapError
from castle_bdd.docs.model import ScenarioRecord, StepRecord, TableRecord, TimelineEntry
from castle_bdd.docs.reading import RunRecordError, read_records

ENVIRONMENT = """
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context, domain=["examples.giftcard"])
"""

SPENDING = """
    Feature: Spending
      Scenario: Spending part of the balance
        Given a card "GC-1" worth 100
        When "GC-1" redeems 30
        Then it works
"""

AGAIN = """
      Scenario: Spending again
        Given a card "GC-1" worth 100
        When "GC-1" redeems 20
        Then it works
"""

DIES = """
    Feature: A worker that dies
      Scenario: first
        Given a card "GC-1" worth 100

      Scenario: dies
        Given the process is killed

      Scenario: never reached
        Given a card "GC-1" worth 100
"""

KNOWN_ISSUES = """
    Feature: Known issues
      @known-issue
      Scenario: Refunds are not built yet
        Given a card "GC-1" worth 100
        Then it breaks with refunds are missing

      @known-issue
      Scenario: Something that works by now
        Given a card "GC-1" worth 100
        Then it works
"""


def _records(folder: Path) -> list[RunRecord]:
    return read_records([folder])


def _scenario_files(folder: Path) -> list[dict[str, Any]]:
    found = [json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))]
    return [data for data in found if data["kind"] == "castle-bdd scenario"]


def test_every_scenario_is_recorded_in_a_file_of_its_own_as_it_ends(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "environment.py").write_text(ENVIRONMENT)
    records_folder = f"castle_records={tmp_path / 'r'}"
    run_suite({"spending.feature": SPENDING + AGAIN}, "-D", records_folder, "--tags=not @slow")
    scenarios = _scenario_files(tmp_path / "r")
    assert [(s["feature"]["filename"], s["scenario"]["line"]) for s in scenarios] == [
        ("features/spending.feature", 3),
        ("features/spending.feature", 8),
    ]
    assert [s["finished"] for s in scenarios] == sorted(s["finished"] for s in scenarios)
    assert [s["selection"] for s in scenarios] == [["not @slow"], ["not @slow"]]
    merged = merge(_records(tmp_path / "r"))
    assert {m.name for m in merged.messages} >= {"CardIssued", "RedeemCard"}
    assert [s.name for s in merged.features[0].scenarios] == [
        "Spending part of the balance",
        "Spending again",
    ]


def test_two_runs_in_one_folder_are_refused_unless_the_newest_is_kept(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "environment.py").write_text(ENVIRONMENT)
    run_suite({"spending.feature": SPENDING}, "-D", f"castle_records={tmp_path / 'r'}")
    run_suite({"spending.feature": SPENDING}, "-D", f"castle_records={tmp_path / 'r'}")
    records = _records(tmp_path / "r")
    with pytest.raises(RunsOverlapError, match=r"2 different runs .* features/spending.feature:3"):
        merge(records)
    merged = merge(records, keep_newest=True)
    (scenario,) = merged.features[0].scenarios
    newest = max(records, key=lambda r: r.started).run
    (chosen_from,) = [r for r in records if r.features and r.features[0].scenarios[0] is scenario]
    assert chosen_from.run == newest and len({r.run for r in records}) == 2


def test_a_killed_process_leaves_each_finished_scenario_recorded(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "environment.py").write_text(ENVIRONMENT)
    result = run_suite({"dies.feature": DIES}, "-D", f"castle_records={tmp_path / 'r'}")
    assert result.returncode == -signal.SIGKILL
    assert [s["scenario"]["name"] for s in _scenario_files(tmp_path / "r")] == ["first"]
    record = account_for(merge(_records(tmp_path / "r")), [tmp_path / "features"], [["not @wip"]])
    statuses = {s.name: s.status for f in record.features for s in f.scenarios}
    assert statuses == {"first": "passed", "dies": "not run", "never reached": "not run"}


def test_no_record_is_written_unless_asked(tmp_path: Path, run_suite: Callable[..., Any]) -> None:
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "environment.py").write_text(ENVIRONMENT)
    result = run_suite({"spending.feature": SPENDING})
    assert result.returncode == 0, result.stdout
    assert not list(tmp_path.rglob("*.json"))


def test_a_record_is_never_seen_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(source: str, target: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(records.os, "replace", interrupted)  # type: ignore[attr-defined]
    with pytest.raises(KeyboardInterrupt):
        records.write_atomically(tmp_path / "s-1.json", '{"kind": "castle-bdd scenario"}')
    assert [p.name for p in tmp_path.iterdir()] == [f".s-1.json.{os.getpid()}.tmp"]
    with pytest.raises(RunRecordError, match="no run records"):
        read_records([tmp_path])


def test_known_issues_show_as_expected_failures_and_fixes(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "environment.py").write_text(ENVIRONMENT)
    result = run_suite({"known.feature": KNOWN_ISSUES}, "-D", f"castle_records={tmp_path}/r")
    assert result.returncode == 0, result.stdout + result.stderr
    record = merge(_records(tmp_path / "r"))
    statuses = {s.name: s.status for s in record.features[0].scenarios}
    assert statuses == {
        "Refunds are not built yet": "expected failure",
        "Something that works by now": "fixed",
    }
    html = render(record)
    assert 'data-status="expected failure"' in html and 'data-status="fixed"' in html
    assert "refunds are missing" in html


_TEXT = st.text(max_size=8)
_STEPS = st.builds(
    StepRecord,
    keyword=_TEXT,
    name=_TEXT,
    line=st.integers(1, 999),
    status=_TEXT,
    duration=st.floats(0, 9),
    table=st.none() | st.builds(TableRecord, st.lists(_TEXT), st.lists(st.lists(_TEXT))),
    text=st.none() | _TEXT,
    error=st.none() | _TEXT,
)
_NOTES = st.builds(
    TimelineEntry, phase=_TEXT, kind=_TEXT, label=_TEXT, fields=st.dictionaries(_TEXT, _TEXT)
)


@settings(deadline=None)  # a shared machine may pause any example
@given(
    st.builds(
        ScenarioRecord,
        name=_TEXT,
        keyword=_TEXT,
        line=st.integers(1, 999),
        status=_TEXT,
        tags=st.lists(_TEXT),
        duration=st.floats(0, 9),
        rule=st.none() | _TEXT,
        steps=st.lists(_STEPS, max_size=3),
        error=st.none() | _TEXT,
        timeline=st.lists(_NOTES, max_size=3),
        examples=st.none() | st.dictionaries(_TEXT, _TEXT),
    )
)
def test_a_scenario_is_written_as_dataclasses_asdict_gives_it(scenario: ScenarioRecord) -> None:
    assert json.dumps(scenario, default=records._plain) == json.dumps(asdict(scenario))


HOOKS_THAT_FAIL_LATE = """
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context, domain=["examples.giftcard"])


def before_scenario(context, scenario):
    if "cleanup-fails" in scenario.tags:
        context.add_cleanup(cleanup_that_fails)


def cleanup_that_fails():
    raise RuntimeError("the test database is still locked")


def after_scenario(context, scenario):
    if "after-fails" in scenario.tags:
        raise RuntimeError("the mail server is down")


def after_tag(context, tag):
    if tag == "tag-fails":
        raise RuntimeError("the tag's clean-up broke")
"""

LATE_FAILURES = """
    Feature: Failures after the last step
      @after-fails
      Scenario: after_scenario raises
        Given a card "GC-1" worth 100

      @cleanup-fails
      Scenario: a cleanup raises
        Given a card "GC-1" worth 100

      @tag-fails
      Scenario: after_tag raises
        Given a card "GC-1" worth 100

      Scenario: nothing raises
        Given a card "GC-1" worth 100

      @after-fails
      Scenario: the last one's after_scenario raises
        Given a card "GC-1" worth 100
"""


def test_a_scenario_that_fails_after_its_steps_is_recorded_as_failed(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "environment.py").write_text(HOOKS_THAT_FAIL_LATE)
    result = run_suite({"late.feature": LATE_FAILURES}, "-D", f"castle_records={tmp_path}/r")
    assert "1 scenario passed, 0 failed, 3 hook_error, 1 cleanup_error" in result.stdout
    record = merge(_records(tmp_path / "r"))
    statuses = {s.name: s.status for s in record.features[0].scenarios}
    assert statuses == {
        "after_scenario raises": "failed",
        "a cleanup raises": "failed",
        "after_tag raises": "failed",
        "nothing raises": "passed",
        "the last one's after_scenario raises": "failed",
    }
    (after,) = [s for s in record.features[0].scenarios if s.name == "after_scenario raises"]
    assert after.error is not None and "the mail server is down" in after.error


HOOKS_THAT_FAIL_EARLY = """
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context, domain=["examples.giftcard"])


def before_feature(context, feature):
    if "feature-fails" in feature.tags:
        raise RuntimeError("the test database is down")


def before_rule(context, rule):
    if "rule-fails" in rule.tags:
        raise RuntimeError("the mail server is down")
"""

EARLY_FAILURES = {
    "feature.feature": """
    @feature-fails
    Feature: A feature whose before_feature hook fails
      Scenario: never started
        Given a card "GC-1" worth 100

      @wip
      Scenario: left out by the tags
        Given a card "GC-1" worth 100
    """,
    "rule.feature": """
    Feature: A Rule whose before_rule hook fails
      @rule-fails
      Rule: refunds
        Scenario: never started in the rule
          Given a card "GC-1" worth 100

      Rule: spending
        Scenario: started
          Given a card "GC-1" worth 100
    """,
}


def test_scenarios_a_failed_feature_or_rule_hook_kept_from_starting_are_failed(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "environment.py").write_text(HOOKS_THAT_FAIL_EARLY)
    formatter = ("-f", "castle_bdd.docs:RunRecordFormatter", "-o", f"{tmp_path}/run.json")
    records = ("-D", f"castle_records={tmp_path}/r", "--tags=not @wip")
    result = run_suite(EARLY_FAILURES, *records, *formatter)
    assert "1 scenario passed, 0 failed, 0 skipped, 3 untested" in result.stdout
    for record in (read_records([tmp_path / "run.json"]), _records(tmp_path / "r")):
        merged = merge(record)
        found = {s.name: (s.status, s.error) for f in merged.features for s in f.scenarios}
        assert found["started"] == ("passed", None)
        assert found["never started"][0] == found["never started in the rule"][0] == "failed"
        assert "the test database is down" in (found["never started"][1] or "")
        assert "the mail server is down" in (found["never started in the rule"][1] or "")
        assert found.get("left out by the tags", ("untested", None)) == ("untested", None)


def test_a_fixed_known_issue_that_fails_the_run_is_recorded_as_failed(tmp_path: Path) -> None:
    from tests.cli.support import plain_project, run_behave, write

    known = "Feature: A\n  @known-issue\n  Scenario: fixed by now\n    Given a step that passes\n"
    root = plain_project(tmp_path, {"a.feature": known}, 'known_issue_pass = "fail"\n')
    write(root, {"environment.py": ENVIRONMENT.replace('domain=["examples.giftcard"]', "")})
    result = run_behave(root, "-f", "null", "-D", "castle_records=r")
    assert "1 hook_error" in result.stdout, result.stdout + result.stderr
    (scenario,) = merge(_records(root / "r")).features[0].scenarios
    assert scenario.status == "failed"
    assert "Remove its @known-issue tag" in (scenario.error or ""), scenario.error


HOOKS_THAT_FAIL_AFTER_THE_FEATURE = """
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context, domain=["examples.giftcard"])


def before_feature(context, feature):
    if "cleanup-fails" in feature.tags:
        def close_the_database():
            raise RuntimeError("the database would not close")

        context.add_cleanup(close_the_database)


def after_feature(context, feature):
    if "after-fails" in feature.tags:
        raise RuntimeError("the mail server is down")
"""

FEATURES_THAT_FAIL_AFTER_THEIR_SCENARIOS = {
    "after.feature": """
    @after-fails
    Feature: Its after_feature hook fails
      Scenario: passes first
        Given a card "GC-1" worth 100
    """,
    "cleanup.feature": """
    @cleanup-fails
    Feature: Its cleanup fails
      Scenario: passes too
        Given a card "GC-1" worth 100
    """,
    "fine.feature": """
    Feature: Nothing fails
      Scenario: passes as well
        Given a card "GC-1" worth 100
    """,
}


def test_a_feature_that_fails_after_its_scenarios_is_failed_in_the_document_and_records(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "environment.py").write_text(HOOKS_THAT_FAIL_AFTER_THE_FEATURE)
    result = run_suite(
        FEATURES_THAT_FAIL_AFTER_THEIR_SCENARIOS,
        "-D",
        f"castle_records={tmp_path}/r",
        *("-f", "castle_bdd.docs:RunRecordFormatter", "-o", f"{tmp_path}/run.json"),
        *("-f", "castle_bdd.docs:LivingDocFormatter", "-o", f"{tmp_path}/doc.html"),
    )
    assert result.returncode == 1
    assert "1 hook_error, 1 cleanup_error" in result.stdout
    assert "3 scenarios passed, 0 failed" in result.stdout
    for record in (read_records([tmp_path / "run.json"]), _records(tmp_path / "r")):
        merged = merge(record)
        errors = {f.name: f.error for f in merged.features}
        statuses = {s.status for f in merged.features for s in f.scenarios}
        assert statuses == {"passed"}
        assert errors["Nothing fails"] is None
        assert "the after_feature hook raised RuntimeError: the mail server is down" in (
            errors["Its after_feature hook fails"] or ""
        )
        assert "context.add_cleanup" in (errors["Its cleanup fails"] or "")
        markdown = render(merged, "markdown")
        assert "## Failed after their scenarios" in markdown
        assert markdown.count("#### The feature failed after its scenarios — failed") == 2
    html = (tmp_path / "doc.html").read_text()
    assert "Failed first: 2 features after their scenarios" in html
    assert "the mail server is down" in html


def test_a_passing_feature_renders_no_failure_after_its_scenarios(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "environment.py").write_text(ENVIRONMENT)
    run_suite({"spending.feature": SPENDING}, "-D", f"castle_records={tmp_path}/r")
    record = merge(_records(tmp_path / "r"))
    assert [f.error for f in record.features] == [None]
    assert [p.name for p in (tmp_path / "r").glob("*-feature.json")] == []
    assert "after its scenarios" not in render(record, "html")


HOOKS_THAT_FAIL_AFTER_THE_RUN = """
from castle_bdd.behave import setup_castle_bdd


def before_all(context):
    setup_castle_bdd(context, domain=["examples.giftcard"])


def after_all(context):
    raise RuntimeError("the test server would not stop")
"""


def test_a_run_whose_after_all_hook_fails_is_failed_in_the_document_and_records(
    tmp_path: Path, run_suite: Callable[..., Any]
) -> None:
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "environment.py").write_text(HOOKS_THAT_FAIL_AFTER_THE_RUN)
    result = run_suite(
        {"spending.feature": SPENDING},
        "-D",
        f"castle_records={tmp_path}/r",
        *("-f", "castle_bdd.docs:RunRecordFormatter", "-o", f"{tmp_path}/run.json"),
    )
    assert result.returncode == 1
    for record in (read_records([tmp_path / "run.json"]), _records(tmp_path / "r")):
        merged = merge(record)
        assert [s.status for f in merged.features for s in f.scenarios] == ["passed"]
        assert "the after_all hook raised RuntimeError: the test server would not stop" in (
            merged.ended
        )
        assert "## The run failed after its last feature" in render(merged, "markdown")
